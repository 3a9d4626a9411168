import { el, api, show, entityLink, evidence, table } from '../dom.js';

/** Evidence, one line per document or list record (a name mentioned five times in one report is one line). */
function evidenceList(list) {
  const groups = new Map();
  for (const ev of list) {
    const key = ev.document || `${ev.list}/${ev.record}/${ev.user}`;
    if (groups.has(key)) groups.get(key).n += 1; else groups.set(key, { ev, n: 1 });
  }
  return el('ul', { class: 'evidence-list' }, [...groups.values()].map(({ ev, n }) =>
    el('li', {}, evidence(ev), n > 1 ? el('span', { class: 'muted' }, ` (${n} mentions)`) : null)));
}

function record(value, depth = 0) {
  if (value === null || value === undefined) return el('span', { class: 'muted' }, '—');
  if (Array.isArray(value)) {
    if (value.length === 0) return el('span', { class: 'muted' }, '—');
    return el('ul', {}, value.map(v => el('li', {}, record(v, depth + 1))));
  }
  if (typeof value === 'object') {
    return el('dl', { class: 'record' }, Object.entries(value).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, record(v, depth + 1))]));
  }
  return String(value);
}

function claimRow(c) {
  return el('li', {}, el('span', { class: `stance ${c.stance}` }, c.stance), ' ',
    el('b', {}, c.source || 'unnamed source'), ': ', evidence(c.content));
}

/**
 * The dossier's sections, each a card with an id, and a table of contents linking to them. A link cannot be a bare
 * "#names" (the hash is the router's), so it names the section in the page's own URL (?section=names): a click scrolls
 * there and rewrites the URL in place, and the same link opened anew lands on the section.
 */
function sections(base, parts) {
  const toc = el('nav', { class: 'card toc', id: 'dossier-toc', 'aria-label': 'sections of this dossier' },
    el('ul', {}, parts.map(([key, label]) => el('li', {}, el('a', { href: `${base}?section=${key}`, 'data-section': key,
      onclick: e => {
        e.preventDefault();
        history.replaceState(history.state, '', e.currentTarget.getAttribute('href'));
        goTo(key);
      } }, label)))));
  const cards = parts.map(([key, , title, ...children]) => el('section', { class: 'card', id: `section-${key}` },
    el('h2', { tabindex: '-1' }, title), children));
  return [toc, ...cards];
}

/** Scrolls to a dossier section and moves focus to its heading, so that the keyboard continues from there. */
function goTo(key) {
  const target = document.getElementById(`section-${key}`);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.querySelector('h2').focus({ preventScroll: true });
}

export async function entity(id, params) {
  const d = await api(`/api/entity?id=${encodeURIComponent(id)}`);
  const base = `#/entities/${encodeURIComponent(id)}`;
  const names = d.names.map(n => [n.value, el('span', { class: 'muted' }, n.property), evidenceList(n.evidence)]);
  const props = d.properties.map(p => [p.property, p.value, evidenceList(p.evidence)]);
  show(
    el('h1', { id: 'entity-name' }, d.caption, ' ', el('span', { class: 'muted' }, d.schema),
      d.designated ? el('span', { class: 'badge' }, 'sanctioned') : null),
    el('p', { class: 'no-print' }, el('a', { href: `#/network?id=${encodeURIComponent(d.id)}` }, 'Open in the network explorer'), ' · ',
      el('a', { href: `#/network?exposure=${encodeURIComponent(d.id)}` }, 'Sanctioned parties within 2 hops'), ' · ',
      el('a', { href: `#/map?actor=${encodeURIComponent(d.id)}` }, 'Events on the map'), ' · ',
      // The very JSON this page is built from, as a file.
      el('a', { href: `/api/entity?id=${encodeURIComponent(d.id)}`, id: 'export-json', download: 'sitrep-party.json',
        type: 'application/json' }, 'Export JSON')),
    sections(base, [
      ['names', 'Names', 'Names and aliases', table('names', ['Name', 'As', 'Evidence'], names)],
      ['designations', 'Designations', `Designations (${d.designations.length})`, d.designations.length === 0 ? el('p', { class: 'muted' }, 'Not on any loaded list.') :
        el('div', { id: 'designations' }, d.designations.map(x => el('details', { class: 'designation', open: true },
          el('summary', {}, el('b', {}, x.list), ` record ${x.record_id}`, x.name ? ` — ${x.name}` : '',
            x.listed_on ? ` · listed ${x.listed_on}` : '', x.programs && x.programs.length ? ` · ${x.programs.join(', ')}` : ''),
          x.record ? record(x.record) : el('p', { class: 'muted' }, 'The list record is no longer in an active snapshot.'))))],
      ['links', 'Links', `Links (${d.links.length})`, d.links.length === 0 ? el('p', { class: 'muted' }, 'No links.') :
        table('links', ['Link', 'With', 'Modality', 'Evidence'], d.links.map(l => [
          l.direction === 'out' ? `${l.type} →` : `← ${l.type}`,
          entityLink(l.other.id, l.other.label, l.other.designated), l.modality, evidence(l.evidence)]))],
      ['events', 'Events', `Events (${d.events.length})`, d.events.length === 0 ? el('p', { class: 'muted' }, 'No events.') :
        table('events', ['Date', 'Event', 'Place', 'Deaths', 'Evidence'], d.events.map(e => [
          e.date || '?', e.label, e.place || '', e.fatalities.text, evidence(e.evidence)]))],
      ['claims', 'Claims', 'Claims', el('div', { class: 'columns', id: 'claims' },
        el('div', {}, el('h3', {}, `For (${d.claims.for.length})`), el('ul', {}, d.claims.for.map(claimRow))),
        el('div', {}, el('h3', {}, `Against (${d.claims.against.length})`), el('ul', {}, d.claims.against.map(claimRow))),
        el('div', {}, el('h3', {}, `Made by ${d.caption} (${d.claims.by.length})`), el('ul', {}, d.claims.by.map(claimRow))))],
      ['assessments', 'Claims analysis', `Claims analysis (${d.assessments.length})`, d.assessments_error ? el('p', { class: 'error' }, d.assessments_error) :
        d.assessments.length === 0 ? el('p', { class: 'muted' }, 'No assessed question about this party.') :
        el('ul', { id: 'assessments' }, d.assessments.map(a => el('li', {},
          el('span', { class: `status ${a.status.replace(' ', '-')}` }, a.status), ' ', el('b', {}, a.subject), ' ',
          el('span', { class: 'muted' }, `${a.positions.length} position(s) from ${a.sources.length} source(s)`),
          a.reasons.length ? el('ul', {}, a.reasons.map(r => el('li', { class: 'muted' }, r))) : null,
          el('a', { href: `#/claims?status=${encodeURIComponent(a.status)}` }, 'all positions'))))],
      ['resolutions', 'How these became one', `How these became one (${d.resolutions.length})`, d.resolutions.length === 0
        ? el('p', { class: 'muted' }, 'Nothing was resolved into this entity.')
        : table('resolutions', ['How', 'Name', 'Matched', 'Score', 'Why'], d.resolutions.map(r => [
          r.method, r.name, r.matched, r.score.toFixed(2),
          el('span', {}, r.detail, r.documents ? el('span', { class: 'muted' }, ` (${r.documents} document(s))`) : null)]))],
      ['timeline', 'Timeline', 'Timeline', d.timeline.length === 0 ? el('p', { class: 'muted' }, 'Nothing dated.') :
        el('ol', { class: 'timeline', id: 'timeline' }, d.timeline.map(t => el('li', { class: t.kind },
          el('time', {}, t.date), ' ', el('b', {}, t.kind), ' ', t.text, t.evidence ? el('div', {}, evidence(t.evidence)) : null)))],
    ]),
  );
  if (params && params.get('section')) goTo(params.get('section'));
}
