// Builds src/main/resources/geo/country-outlines.geojson (see geo/README.md): the Natural Earth 1:50m outlines of
// the countries below, from the npm packages world-atlas 2.0.2 (countries-50m.json) and topojson-client 3.1.0,
// coordinates rounded to 0.001 degree, one GeoJSON feature per country with its ISO 3166-1 alpha-2 code.
//
//   npm pack world-atlas@2.0.2 topojson-client@3.1.0   (then unpack each into its own directory)
//   node scripts/country-outlines.js <world-atlas dir> <topojson-client dir> > src/main/resources/geo/country-outlines.geojson
//
// To add a country: add its ISO 3166-1 numeric code (the feature id in world-atlas) and alpha-2 code below.
const path = require('path');
const [atlasDir, clientDir] = process.argv.slice(2);
const topojson = require(path.resolve(clientDir, 'dist/topojson-client.js'));
const topology = require(path.resolve(atlasDir, 'countries-50m.json'));
const countries = {
  // the demo offices' countries outside ECOWAS and ECCAS
  '262': 'DJ', '231': 'ET',
  // ECOWAS
  '204': 'BJ', '854': 'BF', '132': 'CV', '384': 'CI', '270': 'GM', '288': 'GH', '324': 'GN', '624': 'GW',
  '430': 'LR', '466': 'ML', '562': 'NE', '566': 'NG', '686': 'SN', '694': 'SL', '768': 'TG',
  // ECCAS
  '024': 'AO', '108': 'BI', '120': 'CM', '140': 'CF', '148': 'TD', '178': 'CG', '180': 'CD', '226': 'GQ',
  '266': 'GA', '646': 'RW', '678': 'ST',
};
const r = (x) => Math.round(x * 1000) / 1000;
const round = (c) => (typeof c[0] === 'number' ? [r(c[0]), r(c[1])] : c.map(round));
const features = topojson.feature(topology, topology.objects.countries).features
  .filter((f) => countries[f.id])
  .map((f) => ({
    type: 'Feature',
    properties: { country: countries[f.id], name: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  }))
  .sort((a, b) => a.properties.country.localeCompare(b.properties.country));
const missing = Object.values(countries).filter((c) => !features.some((f) => f.properties.country === c));
if (missing.length) throw new Error('no outline in world-atlas for ' + missing.join(', '));
process.stdout.write(JSON.stringify({
  type: 'FeatureCollection',
  source: 'Natural Earth 1:50m Admin 0 countries v4.1.0 (public domain), via world-atlas 2.0.2 (ISC); coordinates rounded to 0.001 degree',
  features,
}));
