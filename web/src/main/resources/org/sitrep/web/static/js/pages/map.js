import { el, api, show, evidence, loadScript, loadCss, query, typeColour, partyBox, nameForId, partyValue, bdi } from '../dom.js';

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

/** Shows every event of a marker or a country in the side panel. */
function describe(list) {
  document.getElementById('map-info').replaceChildren(...list.map(e => el('div', { class: 'event-info' },
    el('h3', {}, e.label), el('p', {}, e.date || 'undated', ' · ', e.place ? bdi(e.place) : '', ` (${e.place_precision})`),
    el('p', {}, 'Deaths: ', e.fatalities.text),
    el('p', {}, [...e.actors, ...e.targets].map(p => p.name).join(', ')),
    evidence(e.evidence))));
}

/**
 * Shapes that cross the date line (Russia, Fiji) come with rings that jump from +180 to -180 degrees, which Leaflet
 * draws as bands across the whole map. Each ring is unwrapped so that consecutive points never jump more than half
 * the globe: the shape then runs on past 180 degrees, as the map itself does.
 */
function unwrapped(geo) {
  const ring = points => {
    let shift = 0;
    return points.map((p, i) => {
      if (i > 0) {
        const d = p[0] - points[i - 1][0];
        if (d > 180) shift -= 360; else if (d < -180) shift += 360;
      }
      return [p[0] + shift, p[1]];
    });
  };
  const polygon = rings => rings.map(ring);
  for (const f of geo.features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === 'Polygon') g.coordinates = polygon(g.coordinates);
    else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map(polygon);
  }
  return geo;
}

export async function map(params) {
  const wanted = {};
  for (const k of ['from', 'to', 'type', 'actor', 'precision']) wanted[k] = params.get(k);
  const [r, all] = await Promise.all([api(`/api/events${query(wanted)}`), api('/api/events')]);
  const located = r.events.filter(e => e.latitude !== null && e.longitude !== null);
  // A fact known only to the country is not drawn as a dot at the country's centre (that would claim a place no
  // source gives): it is listed by country beside the map.
  const placed = located.filter(e => e.place_precision !== 'country');
  const byCountry = new Map();
  for (const e of r.events.filter(e => e.place_precision === 'country' || (e.latitude === null && e.country))) {
    const key = e.country || e.place || '?';
    byCountry.set(key, [...(byCountry.get(key) || []), e]);
  }
  show(
    el('h1', {}, 'Map'),
    filters(params, all.facets),
    el('div', { class: 'graph-wrap' },
      el('div', { id: 'map', class: 'graph', role: 'region',
        'aria-label': `Map of ${placed.length} events with a place; the list beside it names them by type and country` }),
      el('aside', { class: 'card graph-side' },
        el('p', { id: 'map-status', class: 'muted' }, `${placed.length} of ${r.events.length} events have a place on the map`),
        byCountry.size ? el('div', { id: 'country-level' }, el('h3', {}, 'Known only to the country'),
          el('p', { class: 'muted' }, 'Not drawn: the sources name no place within the country.'),
          el('ul', {}, [...byCountry].map(([c, list]) => el('li', {}, el('a', { href: '#', onclick: ev => {
            ev.preventDefault();
            describe(list);
          } }, `${c}: ${list.length} event(s)`))))) : null,
        el('ul', { class: 'legend' }, Object.keys(r.facets.type).map(t => el('li', {},
          el('span', { class: 'swatch', 'data-colour': typeColour(t) }), ` ${t} (${r.facets.type[t]})`))),
        el('p', { class: 'muted' }, 'Circle size: how precise the place is (town small, district and province larger). A number: several events at one place.'),
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
  L.geoJSON(unwrapped(window.topojson.feature(world, world.objects.countries)), {
    style: { color: '#9aa7b4', weight: 0.7, fillColor: '#eef1f4', fillOpacity: 1 },
  }).addTo(m);
  // Events at the very same place share one marker (circles drawn over each other could not be told apart or clicked).
  const groups = new Map();
  for (const e of placed) {
    const key = `${e.latitude.toFixed(4)},${e.longitude.toFixed(4)}`;
    groups.set(key, [...(groups.get(key) || []), e]);
  }
  const markers = [];
  for (const list of groups.values()) {
    const e = list[0];
    const marker = L.circleMarker([e.latitude, e.longitude], {
      radius: (RADIUS[e.place_precision] || 8) + Math.min(8, list.length - 1), color: typeColour(e.type), fillColor: typeColour(e.type),
      fillOpacity: 0.45, weight: list.length > 1 ? 3 : 2,
    }).addTo(m);
    if (list.length > 1) marker.bindTooltip(String(list.length), { permanent: true, direction: 'center', className: 'count-label' });
    marker.on('click', () => describe(list));
    markers.push(marker);
  }
  m.invalidateSize();
  if (markers.length > 0) m.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 7, animate: false });
  // The side panel may change the container's size after the first render: draw the shapes for the final size.
  requestAnimationFrame(() => m.invalidateSize());
  document.getElementById('map').dataset.markers = String(markers.length);
}
