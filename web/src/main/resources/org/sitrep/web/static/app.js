// Sitrep web app. Every piece of content comes from documents and lists, which are untrusted: the DOM is built
// with textContent and attributes only — never innerHTML — so markup in a document stays text.
'use strict';

const view = document.getElementById('view');

/** Creates an element; children are nodes or strings (strings become text nodes). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === 'class') node.className = value;
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function show(...nodes) {
  view.replaceChildren(...nodes);
}

function failed(error) {
  show(el('p', { class: 'error' }, 'Could not load: ', error.message));
}

/** Parses "#/path?a=1&b=2" into its path and parameters. */
function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  return { path, params: new URLSearchParams(query || '') };
}

function docLink(id, title, span) {
  const suffix = span ? `?start=${span.start}&end=${span.end}` : '';
  return el('a', { href: `#/documents/${encodeURIComponent(id)}${suffix}` }, title || '(untitled)');
}

async function home() {
  const status = await api('/api/status');
  const labels = {
    documents: 'Documents', sourceFiles: 'Source files', entities: 'Entities', statements: 'Statements',
    links: 'Links', events: 'Events', claims: 'Claims', activeLists: 'Lists', listRecords: 'List records',
    repeatedPassages: 'Repeated passages',
  };
  show(
    el('h1', {}, 'Workspace'),
    el('div', { class: 'grid', id: 'status' },
      Object.entries(labels).map(([key, label]) => el('div', { class: 'stat' }, el('b', {}, status[key] ?? 0), label))),
  );
}

async function documents() {
  const { documents: docs } = await api('/api/documents');
  show(
    el('h1', {}, 'Documents'),
    el('table', { id: 'documents' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Date'), el('th', {}, 'Title'), el('th', {}, 'Type'))),
      el('tbody', {}, docs.map(d => el('tr', {},
        el('td', {}, d.date || '?'), el('td', {}, docLink(d.id, d.title)), el('td', { class: 'muted' }, d.media_type))))),
  );
}

/** Splits text at code-point offsets [start, end) — the offsets every evidence span uses. */
function highlight(text, start, end) {
  const points = Array.from(text);
  if (!(start >= 0 && end >= start && end <= points.length)) return [text];
  return [points.slice(0, start).join(''), el('mark', { id: 'evidence' }, points.slice(start, end).join('')),
    points.slice(end).join('')];
}

async function documentView(id, params) {
  const doc = await api(`/api/documents/${encodeURIComponent(id)}`);
  const start = params.has('start') ? Number(params.get('start')) : NaN;
  const end = params.has('end') ? Number(params.get('end')) : NaN;
  const body = Number.isInteger(start) && Number.isInteger(end) ? highlight(doc.text, start, end) : [doc.text];
  show(
    el('article', { class: 'card' },
      el('h1', { id: 'doc-title' }, doc.title || '(untitled)'),
      el('p', { class: 'muted' }, `${doc.date || 'date unknown'} · ${doc.media_type} · ${doc.length} characters`),
      el('div', { class: 'doc-text', id: 'doc-text' }, body)),
    el('section', { class: 'card' },
      el('h2', {}, 'Found in'),
      el('ul', {}, doc.sources.map(s => el('li', {}, `${s.path} (article ${s.article + 1}, from character ${s.offset})`)))),
  );
  const mark = document.getElementById('evidence');
  if (mark) mark.scrollIntoView({ block: 'center' });
}

async function search(params) {
  const q = params.get('q') || '';
  document.getElementById('search-input').value = q;
  const result = await api(`/api/search?q=${encodeURIComponent(q)}`);
  show(
    el('h1', {}, `Search: ${q}`),
    result.documents.length === 0 ? el('p', {}, 'Nothing found.') :
      el('ol', { id: 'results' }, result.documents.map(hit => el('li', { class: 'card' },
        docLink(hit.documentId, hit.title), ' ', el('span', { class: 'muted' }, hit.date || ''),
        el('p', {}, hit.snippet)))),
  );
}

async function render() {
  const { path, params } = route();
  try {
    if (path === '/') await home();
    else if (path === '/documents') await documents();
    else if (path.startsWith('/documents/')) await documentView(decodeURIComponent(path.slice(11)), params);
    else if (path === '/search') await search(params);
    else show(el('p', {}, 'No such page.'));
  } catch (error) {
    failed(error);
  }
}

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener('hashchange', render);
render();
