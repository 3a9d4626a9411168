import { el, api, show, docLink, entityLink, evidence, query } from '../dom.js';
import { pager } from '../lists.js';

/** Facet links: each narrows one list; the active one can be cleared. */
function facet(title, name, counts, params) {
  const active = params.get(name);
  const entries = Object.entries(counts || {});
  if (entries.length === 0) return null;
  const link = value => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name); else next.set(name, value);
    return `#/search?${next}`;
  };
  return el('div', { class: 'facet', id: `facet-${name}` }, el('h3', {}, title),
    el('ul', {}, entries.map(([value, n]) => el('li', {},
      value === active ? el('b', {}, value, ` (${n}) `, el('a', { href: link(null) }, '×'))
        : el('a', { href: link(value) }, value), ` ${value === active ? '' : n}`))));
}

export async function search(params) {
  const q = params.get('q') || '';
  document.getElementById('search-input').value = q;
  const r = await api(`/api/search${query({ q, year: params.get('year'), schema: params.get('schema'), type: params.get('type'), offset: params.get('offset') })}`);
  const page = { total: Math.max(r.totals.documents, r.totals.events), limit: r.limit, offset: r.offset };
  show(
    el('h1', {}, `Search: ${q}`),
    el('div', { class: 'with-side' },
      el('aside', { class: 'side' },
        facet('Entity type', 'schema', r.facets.schema, params),
        facet('Event type', 'type', r.facets.type, params),
        facet('Document year', 'year', r.facets.year, params)),
      el('div', { class: 'main' },
        page.total > page.limit ? pager('search-pager', '/search', params, page) : null,
        el('section', { class: 'card' }, el('h2', {}, `Parties (${r.entities.length})`),
          r.entities.length === 0 ? el('p', { class: 'muted' }, 'No party has that name.') :
            el('ul', { id: 'entity-results' }, r.entities.map(e => el('li', {},
              entityLink(e.id, e.caption, e.designated), e.matched ? el('span', { class: 'muted' }, ` a.k.a. ${e.matched}`) : null,
              ' ', el('span', { class: 'muted' }, e.schema),
              e.designated ? el('span', { class: 'badge' }, 'sanctioned') : null)))),
        el('section', { class: 'card' }, el('h2', {}, `Documents (${r.totals.documents}${r.totals.documents_capped ? '+' : ''})`),
          r.documents.length === 0 ? el('p', { class: 'muted' }, 'Nothing found.') :
            el('ol', { id: 'results' }, r.documents.map(hit => el('li', {},
              docLink(hit.documentId, hit.title), ' ', el('span', { class: 'muted' }, hit.date || ''),
              el('p', {}, hit.snippet))))),
        el('section', { class: 'card' }, el('h2', {}, `Events (${r.totals.events})`),
          r.events.length === 0 ? el('p', { class: 'muted' }, 'No event matches.') :
            el('ul', { id: 'event-results' }, r.events.map(e => el('li', {},
              el('b', {}, e.label), ' ', e.date || 'undated', e.place ? ` · ${e.place}` : '', el('br'),
              evidence(e.evidence))))))),
  );
}
