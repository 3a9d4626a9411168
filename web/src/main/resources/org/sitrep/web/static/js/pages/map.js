import { el, api, show, evidence, loadScript, loadCss, query, typeColour, partyBox, nameForId, partyValue } from '../dom.js';

const RADIUS = { town: 6, village: 6, city: 7, district: 10, province: 14, region: 14, country: 20 };
let world = null;

function filters(params, facets) {
  const select = (name, label, values) => el('label', {}, label, ' ', el('select', { name },
    el('option', { value: '' }, 'any'),
    Object.keys(values || {}).map(v => el('option', { value: v, selected: v === params.get(name) ? 'selected' : null }, v))));
  return el('form', { id: 'map-filters', class: 'card inline', onsubmit: e => {
    e.preventDefault();
    const f = new FormData(e.target);
    const next = {};
    for (const k of ['from', 'to', 'type', 'precision']) next[k] = f.get(k);
    next.actor = partyValue(document.getElementById('map-actor'));
    location.hash = `#/map${query(next)}`;
  } },
  el('label', {}, 'From ', el('input', { name: 'from', class: 'short', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}', title: 'a date YYYY-MM-DD', value: params.get('from') || '' })),
  el('label', {}, ' to ', el('input', { name: 'to', class: 'short', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}', title: 'a date YYYY-MM-DD', value: params.get('to') || '' })),
  select('type', ' Type', facets.type), select('precision', ' Precision', facets.precision),
  el('label', {}, ' Actor ', partyBox({ name: 'actor', id: 'map-actor', value: params.get('actor') || '', placeholder: 'name' })),
  el('button', { type: 'submit' }, 'Show'));
}

export async function map(params) {
  const wanted = {};
  for (const k of ['from', 'to', 'type', 'actor', 'precision']) wanted[k] = params.get(k);
  const [r, all] = await Promise.all([api(`/api/events${query(wanted)}`), api('/api/events')]);
  const placed = r.events.filter(e => e.latitude !== null && e.longitude !== null);
  show(
    el('h1', {}, 'Map'),
    filters(params, all.facets),
    el('div', { class: 'graph-wrap' },
      el('div', { id: 'map', class: 'graph' }),
      el('aside', { class: 'card graph-side' },
        el('p', { id: 'map-status', class: 'muted' }, `${placed.length} of ${r.events.length} events have a place on the map`),
        el('ul', { class: 'legend' }, Object.keys(r.facets.type).map(t => el('li', {},
          el('span', { class: 'swatch', 'data-colour': typeColour(t) }), ` ${t} (${r.facets.type[t]})`))),
        el('p', { class: 'muted' }, 'Circle size: how precise the place is (town small, province large, country largest, dashed).'),
        el('div', { id: 'map-info' }))),
  );
  document.querySelectorAll('.swatch').forEach(s => { s.style.background = s.dataset.colour; });
  nameForId(document.getElementById('map-actor'), params.get('actor'));
  await Promise.all([loadCss('/vendor/leaflet.css'), loadScript('/vendor/leaflet.js'), loadScript('/vendor/topojson-client.min.js')]);
  if (!world) world = await api('/vendor/countries-110m.json');
  const L = window.L;
  const m = L.map('map', { worldCopyJump: true, attributionControl: true, zoomAnimation: false, fadeAnimation: false, minZoom: 2 }).setView([34, 38], 5);
  m.attributionControl.setPrefix(false);
  m.attributionControl.addAttribution('Natural Earth country shapes (public domain), via world-atlas');
  L.geoJSON(window.topojson.feature(world, world.objects.countries), {
    style: { color: '#9aa7b4', weight: 0.7, fillColor: '#eef1f4', fillOpacity: 1 },
  }).addTo(m);
  const markers = [];
  for (const e of placed) {
    const marker = L.circleMarker([e.latitude, e.longitude], {
      radius: RADIUS[e.place_precision] || 8, color: typeColour(e.type), fillColor: typeColour(e.type), fillOpacity: 0.45,
      weight: 2, dashArray: e.place_precision === 'country' ? '4 3' : null,
    }).addTo(m);
    marker.on('click', () => {
      document.getElementById('map-info').replaceChildren(el('div', { class: 'event-info' },
        el('h3', {}, e.label), el('p', {}, e.date || 'undated', ' · ', e.place || '', ` (${e.place_precision})`),
        el('p', {}, 'Deaths: ', e.fatalities.text),
        el('p', {}, [...e.actors, ...e.targets].map(p => p.name).join(', ')),
        evidence(e.evidence)));
    });
    markers.push(marker);
  }
  m.invalidateSize();
  if (markers.length > 0) m.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 7, animate: false });
  // The side panel may change the container's size after the first render: draw the shapes for the final size.
  requestAnimationFrame(() => m.invalidateSize());
  document.getElementById('map').dataset.markers = String(markers.length);
}
