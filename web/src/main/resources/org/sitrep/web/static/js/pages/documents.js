import { el, api, show, docLink } from '../dom.js';
import { filterForm, sortHeader, pager, listQuery } from '../lists.js';

export async function home() {
  const status = await api('/api/status');
  const labels = {
    documents: 'Documents', sourceFiles: 'Source files', entities: 'Entities', statements: 'Statements',
    links: 'Links', events: 'Events', claims: 'Claims', activeLists: 'Lists', listRecords: 'List records',
    repeatedPassages: 'Repeated passages',
  };
  const pages = [
    ['#/search?q=Haswani', 'Search', 'documents, parties and events, with facets'],
    ['#/network', 'Network', 'who is linked to whom, paths between parties, sanctioned parties'],
    ['#/map', 'Map', 'events by type and precision, filtered by period, type and actor'],
    ['#/timeline', 'Timeline', 'events per day, casualty figures per source, ceasefire violations'],
    ['#/incidents', 'Incidents', 'one happening, every source’s version'],
    ['#/claims', 'Claims', 'corroborated and disputed'],
    ['#/screening', 'Screening', 'a name or a CSV against the sanctions lists'],
    ['#/data', 'Data', 'upload documents and lists, download exports'],
  ];
  show(
    el('h1', {}, 'Workspace'),
    el('div', { class: 'grid', id: 'status' },
      Object.entries(labels).map(([key, label]) => el('div', { class: 'stat' }, el('b', {}, status[key] ?? 0), label))),
    el('div', { class: 'grid pages' }, pages.map(([href, title, text]) =>
      el('a', { class: 'card tile', href }, el('b', {}, title), el('span', { class: 'muted' }, text)))),
  );
}

const DOCUMENT_FILTERS = ['q', 'publisher', 'from', 'to'];

export async function documents(params) {
  const path = '/documents';
  const r = await api(`/api/documents${listQuery(params, DOCUMENT_FILTERS)}`);
  const publishers = Object.entries(r.facets.publisher).map(([p, n]) => [p, `${p} (${n})`]);
  const head = (label, key) => sortHeader(label, key, path, params, '-date');
  show(
    el('h1', {}, 'Documents'),
    filterForm('document-filters', path, params, [
      ['q', 'Title or publisher', 'text'], ['publisher', 'Publisher', 'select', publishers],
      ['from', 'From', 'date'], ['to', 'To', 'date']]),
    pager('documents-pager', path, params, r),
    el('table', { id: 'documents' },
      el('thead', {}, el('tr', {}, head('Date', 'date'), head('Title', 'title'), head('Publisher', 'publisher'), el('th', {}, 'Type'))),
      el('tbody', {}, r.documents.map(d => el('tr', {},
        el('td', { class: 'nowrap' }, d.date || '?'), el('td', {}, docLink(d.id, d.title)),
        el('td', {}, d.publisher ? el('bdi', {}, d.publisher) : el('span', { class: 'muted' }, '—')),
        el('td', {}, el('span', { class: 'muted' }, d.media_type)))))),
    r.total > r.limit ? pager('documents-pager-end', path, params, r) : null,
  );
}

/** Splits text at code-point offsets [start, end) — the offsets every evidence span uses. */
function highlight(text, start, end) {
  const points = Array.from(text);
  if (!(start >= 0 && end >= start && end <= points.length)) return [text];
  return [points.slice(0, start).join(''), el('mark', { id: 'evidence' }, points.slice(start, end).join('')),
    points.slice(end).join('')];
}

export async function documentView(id, params) {
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
      // The file's name only: the API never says where on the server it lay.
      el('ul', { id: 'doc-sources' }, doc.sources.map(s => el('li', {}, el('bdi', {}, s.file || doc.id),
        ` (article ${s.article + 1}, from character ${s.offset})`)))),
  );
  const mark = document.getElementById('evidence');
  if (mark) mark.scrollIntoView({ block: 'center' });
}
