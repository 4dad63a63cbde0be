// Builds the bundled country outlines (see src/main/resources/geo/README.md) from the npm packages world-atlas 2.0.2
// and topojson-client 3.1.0, one GeoJSON feature per country below with its ISO 3166-1 alpha-2 code:
//
//   country-outlines.geojson  Natural Earth 1:50m, coordinates rounded to 0.001 degree: one country's map
//   region-outlines.geojson   Natural Earth 1:110m (the small-scale generalisation, made for a whole region on one
//                             screen), coordinates rounded to 0.01 degree; a country that 1:110m leaves out (the
//                             islands of Cabo Verde and São Tomé and Príncipe) is taken from 1:50m
//
//   npm pack world-atlas@2.0.2 topojson-client@3.1.0   (then unpack each into its own directory)
//   node scripts/country-outlines.js <world-atlas dir> <topojson-client dir> 50m > src/main/resources/geo/country-outlines.geojson
//   node scripts/country-outlines.js <world-atlas dir> <topojson-client dir> 110m > src/main/resources/geo/region-outlines.geojson
//
// To add a country: add its ISO 3166-1 numeric code (the feature id in world-atlas) and alpha-2 code below.
const path = require('path');
const [atlasDir, clientDir, scale = '50m'] = process.argv.slice(2);
const topojson = require(path.resolve(clientDir, 'dist/topojson-client.js'));
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
const features = (file) => {
  const topology = require(path.resolve(atlasDir, file));
  return topojson.feature(topology, topology.objects.countries).features.filter((f) => countries[f.id]);
};
const digits = scale === '110m' ? 100 : 1000;
const r = (x) => Math.round(x * digits) / digits;
const round = (c) => (typeof c[0] === 'number' ? [r(c[0]), r(c[1])] : c.map(round));
let found = features(`countries-${scale}.json`);
if (scale !== '50m') {
  const have = new Set(found.map((f) => f.id));
  found = found.concat(features('countries-50m.json').filter((f) => !have.has(f.id)));
}
const outlines = found
  .map((f) => ({
    type: 'Feature',
    properties: { country: countries[f.id], name: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  }))
  .sort((a, b) => a.properties.country.localeCompare(b.properties.country));
const missing = Object.values(countries).filter((c) => !outlines.some((f) => f.properties.country === c));
if (missing.length) throw new Error('no outline in world-atlas for ' + missing.join(', '));
const source = scale === '50m'
  ? 'Natural Earth 1:50m Admin 0 countries v4.1.0 (public domain), via world-atlas 2.0.2 (ISC); coordinates rounded to 0.001 degree'
  : `Natural Earth 1:${scale} Admin 0 countries v4.1.0 (public domain; Cabo Verde and São Tomé and Príncipe at 1:50m), via world-atlas 2.0.2 (ISC); coordinates rounded to 0.01 degree`;
process.stdout.write(JSON.stringify({ type: 'FeatureCollection', source, features: outlines }));
