import { el, api, show, entityLink, evidence, loadScript, query, partyBox } from '../dom.js';

const LARGE = 300;
let cy = null;
// Whether parties that are descriptions ("forces", "the man") are drawn: off unless the URL says descriptions=1,
// since a description in one report is no party of another and would only crowd out the named ones.
let descriptions = false;

function style() {
  return [
    { selector: 'node', style: { 'background-color': '#5b7fa6', label: 'data(label)', 'font-size': 9, color: '#1d232b',
      'text-valign': 'bottom', 'text-margin-y': 2, width: 14, height: 14, 'min-zoomed-font-size': 7 } },
    { selector: 'node[?designated]', style: { 'background-color': '#c0392b', 'border-width': 2, 'border-color': '#6d0f0f',
      width: 18, height: 18 } },
    { selector: 'node[?description]', style: { 'background-color': '#b8c2cc', 'border-width': 1, 'border-style': 'dashed',
      'border-color': '#5b6673', color: '#5b6673' } },
    { selector: 'node.seed', style: { 'border-width': 3, 'border-color': '#f1c40f' } },
    { selector: 'edge', style: { width: 1.2, 'line-color': '#9aa7b4', 'curve-style': 'haystack', 'haystack-radius': 0 } },
    { selector: 'edge.labelled', style: { label: 'data(type)', 'font-size': 7, color: '#5b6673', 'curve-style': 'bezier',
      'target-arrow-shape': 'triangle', 'target-arrow-color': '#9aa7b4', 'text-rotation': 'autorotate' } },
    { selector: 'edge.path', style: { 'line-color': '#e67e22', 'target-arrow-color': '#e67e22', width: 3, 'z-index': 9 } },
    { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#e67e22' } },
    { selector: ':selected', style: { 'overlay-opacity': 0.25, 'overlay-color': '#0b5cad' } },
  ];
}

function info(...nodes) {
  document.getElementById('graph-info').replaceChildren(...nodes);
}

/** Shows what was clicked (a party or a link) under the paths. */
function selection(...nodes) {
  document.getElementById('selection').replaceChildren(...nodes);
}

/** Says how many descriptions the last answer left out, and how to see them. */
function leftOut(answer) {
  const n = answer.descriptions_left_out || 0;
  document.getElementById('descriptions-note').textContent = descriptions || n === 0 ? ''
    : `${n} description${n === 1 ? '' : 's'} (such as “forces”) left out.`;
}

function status(text) {
  const box = document.getElementById('cy');
  box.dataset.nodes = String(cy.nodes().length);
  box.dataset.edges = String(cy.edges().length);
  document.getElementById('graph-status').textContent = text || `${cy.nodes().length} parties, ${cy.edges().length} links`;
}

/** Adds nodes and edges not yet drawn, then lays out (cheaply when the graph is large). */
function add(graph, classes) {
  const elements = [];
  for (const n of graph.nodes) {
    if (cy.getElementById(n.id).empty()) elements.push({ group: 'nodes', data: { ...n } });
  }
  for (const e of graph.edges) {
    if (cy.getElementById(e.id).empty()) {
      elements.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type,
        modality: e.modality, evidence: e.evidence } });
    }
  }
  cy.batch(() => {
    cy.add(elements);
    const large = cy.nodes().length > LARGE;
    cy.edges().toggleClass('labelled', !large);
    if (classes) {
      for (const [id, cls] of Object.entries(classes)) cy.getElementById(id).addClass(cls);
    }
  });
  layout();
}

function layout() {
  const large = cy.nodes().length > LARGE;
  // Force-directed layout is quadratic: above a few hundred parties, a grid with the best-connected parties first.
  const options = large ? { name: 'grid', sort: (a, b) => b.degree() - a.degree(), avoidOverlap: false, animate: false }
    : { name: 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 80, numIter: 800, randomize: false };
  cy.layout(options).run();
  cy.fit(undefined, 30);
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center();
  }
  status();
}

function showEdge(edge) {
  const d = edge.data();
  const src = cy.getElementById(d.source).data();
  const tgt = cy.getElementById(d.target).data();
  selection(el('h3', {}, d.type, ' ', el('span', { class: 'muted' }, d.modality)),
    el('p', {}, entityLink(src.id, src.label, src.designated), ' → ', entityLink(tgt.id, tgt.label, tgt.designated)),
    el('p', { id: 'edge-evidence' }, evidence(d.evidence)));
}

function showNode(node) {
  const d = node.data();
  selection(el('h3', {}, d.label), el('p', { class: 'muted' }, d.schema, d.designated ? ' · sanctioned' : '',
    d.description ? ' · a description, not a name' : ''),
    el('p', {}, entityLink(d.id, 'Open the dossier', d.designated)),
    el('button', { type: 'button', onclick: () => expand(d.id) }, 'Expand neighbours'), ' ',
    el('button', { type: 'button', onclick: () => exposure(d.id) }, 'Sanctioned within 2 hops'));
}

/** Draws the designated parties within two hops of a party, and the chains that reach them. */
async function exposure(id) {
  const r = await api(`/api/network/exposure${query({ id, hops: 2, descriptions: flag() })}`);
  leftOut(r);
  cy.elements().removeClass('path');
  add(r, { [id]: 'seed' });
  r.exposures.forEach(x => x.parties.forEach(p => cy.getElementById(p).addClass('path')));
  cy.edges().filter(e => e.source().hasClass('path') && e.target().hasClass('path')).addClass('path');
  const seed = cy.getElementById(id).data();
  info(el('h3', {}, `${r.exposures.length} sanctioned part${r.exposures.length === 1 ? 'y' : 'ies'} within 2 hops`),
    r.itself ? el('p', { id: 'exposure-itself' }, entityLink(id, seed ? seed.label : id, true), ' is itself named by a sanctions list.') : null,
    el('ul', { id: 'exposures' }, r.exposures.map(x => {
      const n = cy.getElementById(x.party).data();
      return el('li', {}, entityLink(x.party, n.label, true), el('span', { class: 'muted' }, ` ${x.hops} hop(s)`));
    })));
}

async function expand(id) {
  const graph = await api(`/api/network/neighbours${query({ id, descriptions: flag() })}`);
  leftOut(graph);
  add(graph, { [id]: 'seed' });
}

async function paths(from, to, hops) {
  const r = await api(`/api/network/paths${query({ from, to, hops, descriptions: flag() })}`);
  leftOut(r);
  cy.elements().removeClass('path');
  add(r);
  const classes = {};
  for (const p of r.paths) {
    p.parties.forEach(id => { classes[id] = 'path'; });
    p.links.forEach(id => { classes[id] = 'path'; });
  }
  Object.keys(classes).forEach(id => cy.getElementById(id).addClass('path'));
  const list = el('ol', { id: 'paths' }, r.paths.map(p => el('li', {}, p.parties.map((id, i) => {
    const n = cy.getElementById(id).data();
    const link = i < p.links.length ? cy.getElementById(p.links[i]).data() : null;
    return [entityLink(id, n.label, n.designated), link ? el('a', { href: '#', class: 'edge-link', onclick: e => {
      e.preventDefault();
      showEdge(cy.getElementById(link.id));
    } }, ` —${link.type}— `) : null];
  }))));
  info(el('h3', {}, r.paths.length === 0 ? 'No path within reach' : `${r.paths.length} shortest path(s)`), list,
    r.paths.length ? el('p', { class: 'muted' }, 'Click a link (here or in the drawing) to see its evidence.') : null);
  status();
}

export async function network(params) {
  descriptions = params.get('descriptions') === '1';
  const form = (id, fields, button, onsubmit) => el('form', { id, class: 'inline', onsubmit: e => {
    e.preventDefault();
    onsubmit(new FormData(e.target));
  } }, fields, el('button', { type: 'submit' }, button));
  show(
    el('h1', {}, 'Network'),
    el('div', { class: 'card controls' },
      // Each form's state goes into the URL: Back returns to the previous view and a link reproduces this one.
      form('expand-form', [el('label', {}, 'Party ', partyBox({ name: 'id', id: 'expand-party', required: true, placeholder: 'name', value: params.get('id') || '' }))],
        'Expand', f => go({ id: f.get('id').trim() })),
      form('path-form', [el('label', {}, 'From ', partyBox({ name: 'from', required: true, value: params.get('from') || '' })),
        el('label', {}, ' to ', partyBox({ name: 'to', required: true, value: params.get('to') || '' })),
        el('label', {}, ' hops ', el('input', { name: 'hops', type: 'number', min: 1, max: 6, value: params.get('hops') || 4, class: 'short' }))],
      'Find paths', f => go({ from: f.get('from').trim(), to: f.get('to').trim(), hops: f.get('hops') })),
      el('button', { type: 'button', id: 'whole', onclick: () => go({ all: 1 }) }, 'Whole network'),
      el('button', { type: 'button', onclick: () => go({}) }, 'Clear'),
      // Toggling keeps the view and redraws it with or without descriptions, as a new history entry.
      el('label', {}, el('input', { type: 'checkbox', id: 'include-descriptions', checked: descriptions, onchange: e => {
        descriptions = e.target.checked;
        go(Object.fromEntries([...params].filter(([k]) => k !== 'descriptions')));
      } }), ' include descriptions'),
      el('span', { id: 'descriptions-note', class: 'muted', role: 'status' })),
    el('div', { class: 'graph-wrap' },
      el('div', { id: 'cy', class: 'graph' }),
      el('aside', { class: 'card graph-side' }, el('p', { id: 'graph-status', class: 'muted' }, 'Loading…'),
        el('div', { id: 'graph-info' }, el('p', { class: 'muted' }, 'Expand a party, or find the paths between two. Red: named by a sanctions list. Grey, dashed: a description.')),
        el('div', { id: 'selection' }))),
  );
  await loadScript('/vendor/cytoscape.min.js');
  cy = window.cytoscape({ container: document.getElementById('cy'), style: style(),
    textureOnViewport: true, hideEdgesOnViewport: true, motionBlur: false, pixelRatio: 1, minZoom: 0.02, maxZoom: 4 });
  cy.on('tap', 'edge', e => showEdge(e.target));
  cy.on('tap', 'node', e => showNode(e.target));
  status();
  await run(async () => {
    if (params.get('from') && params.get('to')) await paths(params.get('from'), params.get('to'), params.get('hops') || 4);
    else if (params.get('exposure')) await exposure(params.get('exposure'));
    else if (params.get('id')) await expand(params.get('id'));
    else if (params.get('all')) {
      const graph = await api(`/api/network/graph${query({ limit: params.get('limit'), descriptions: flag() })}`);
      leftOut(graph);
      add(graph);
    }
  });
}

/** The descriptions parameter, for the API and the URL: present only when descriptions are included. */
function flag() {
  return descriptions ? 1 : null;
}

/**
 * Shows another view of the network by putting its state, with the descriptions toggle, in the URL (the router then
 * draws it).
 */
function go(state) {
  location.hash = `#/network${query({ ...state, descriptions: flag() })}`;
}

async function run(work) {
  try {
    await work();
  } catch (error) {
    info(el('p', { class: 'error' }, error.message));
  }
}
