// The partner network's map (decision 0018): Leaflet from the application's webjar, the country's outline from the
// page (a bundled Natural Earth outline), markers from the list beside the map — no tile server, no other host.
// Without this script (or without Leaflet) the map stays hidden and the list is the page.
document.addEventListener('DOMContentLoaded', () => {
  const element = document.getElementById('partner-map');
  if (!element || typeof L === 'undefined') return;
  const outlineData = document.getElementById('partner-map-outline');
  element.hidden = false;
  const map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
  const outline = outlineData ? L.geoJSON(JSON.parse(outlineData.textContent), {
    style: { color: '#5a4a2f', weight: 1.5, fillColor: '#f3ead8', fillOpacity: 1 },
    interactive: false,
  }) : null;
  const places = [];
  document.querySelectorAll('[data-kind][data-lat][data-lon]').forEach((item) => {
    const lat = Number(item.dataset.lat);
    const lon = Number(item.dataset.lon);
    if (Number.isFinite(lat) && Number.isFinite(lon)) places.push({ item, lat, lon });
  });
  // Vector layers need the view first: fit the outline (or the points), then draw. The view follows the map's size
  // (a phone turned, a window resized, the layout settling after load) until the reader pans or zooms it.
  const bounds = outline ? outline.getBounds() : null;
  let fitting = false;
  let readerMoved = false;
  const fit = () => {
    fitting = true;
    try {
      if (bounds && bounds.isValid()) {
        map.fitBounds(bounds, { padding: [8, 8], animate: false });
      } else if (places.length) {
        map.fitBounds(L.latLngBounds(places.map((p) => [p.lat, p.lon])).pad(0.3), { animate: false });
      } else {
        map.setView([12, 0], 4, { animate: false });
      }
    } finally {
      fitting = false;
    }
  };
  fit();
  map.on('movestart zoomstart', () => {
    if (!fitting) readerMoved = true;
  });
  let width = element.clientWidth;
  let height = element.clientHeight;
  const follow = () => {
    if (element.clientWidth === width && element.clientHeight === height) return;
    width = element.clientWidth;
    height = element.clientHeight;
    fitting = true;
    try {
      map.invalidateSize({ animate: false, pan: false });
    } finally {
      fitting = false;
    }
    if (!readerMoved) fit();
  };
  if (typeof ResizeObserver !== 'undefined') {
    new ResizeObserver(follow).observe(element);
  } else {
    window.addEventListener('resize', follow);
  }
  window.addEventListener('load', follow);
  if (outline) outline.addTo(map);
  places.forEach(({ item, lat, lon }) => {
    const office = item.dataset.kind === 'office';
    const title = item.querySelector('strong').textContent.trim();
    const marker = L.circleMarker([lat, lon], {
      radius: office ? 7 : 6,
      color: office ? '#1d3557' : '#9b2226',
      fillColor: office ? '#457b9d' : '#e76f51',
      fillOpacity: 0.9,
      weight: 2,
    }).addTo(map);
    const kind = office ? element.dataset.officeLabel : element.dataset.serviceLabel;
    marker.bindTooltip(kind + ': ' + title);
    marker.on('click', () => {
      item.scrollIntoView({ behavior: 'smooth', block: 'center' });
      item.classList.add('highlight');
      setTimeout(() => item.classList.remove('highlight'), 2000);
    });
  });
});
