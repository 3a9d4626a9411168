import { el, api, show, evidence } from '../dom.js';
import { filterForm, pager, listQuery, hrefWith } from '../lists.js';

const INCIDENT_FILTERS = ['q', 'type', 'from', 'to'];
const CLAIM_FILTERS = ['q', 'party', 'status', 'from', 'to'];

/** Sort links for lists of cards (which have no column headers to click). */
function sortLinks(path, params, fallback, keys) {
  return el('p', { class: 'sorts' }, 'Sort: ', keys.map(([label, key]) => [sortLink(label, key, path, params, fallback), ' ']));
}

function sortLink(label, key, path, params, fallback) {
  const current = params.get('sort') || fallback;
  const active = current === key || current === `-${key}`;
  const next = active && !current.startsWith('-') ? `-${key}` : key;
  return el('a', { href: hrefWith(path, params, { sort: next, offset: null }), class: active ? 'sort active' : 'sort',
    'data-sort': key, 'aria-current': active ? 'true' : null },
    label, active ? (current.startsWith('-') ? ' ▼' : ' ▲') : '');
}

export async function incidents(params) {
  const path = '/incidents';
  const r = await api(`/api/incidents${listQuery(params, INCIDENT_FILTERS)}`);
  const list = r.incidents;
  show(
    el('h1', {}, 'Incidents'),
    el('p', { class: 'muted' }, 'Events from different documents about the same happening, every source’s version side by side.'),
    filterForm('incident-filters', path, params, [
      ['q', 'Words', 'text'], ['type', 'Type', 'select', Object.entries(r.facets.type).map(([t, n]) => [t, `${t} (${n})`])],
      ['from', 'From', 'date'], ['to', 'To', 'date']]),
    sortLinks(path, params, '-date', [['Date', 'date'], ['Type', 'type'], ['Place', 'place'], ['Sources', 'sources']]),
    pager('incidents-pager', path, params, r),
    list.length === 0 ? el('p', { id: 'incidents' }, r.total === 0 && params.toString() === '' ? 'No happening is reported by more than one document.' : 'No incident matches.') :
      el('div', { id: 'incidents' }, list.map(i => el('section', { class: 'card incident', id: `incident-${i.id}` },
        el('h2', {}, i.type, i.place ? ` in ${i.place}` : '', ' ', el('span', { class: 'muted' },
          i.first === i.last ? i.first || 'undated' : `${i.first} – ${i.last}`, ` · ${i.sources} source(s)`,
          i.figures.length > 1 ? ` · death tolls differ: ${i.figures.join(', ')}` : '')),
        el('div', { class: 'versions' }, i.versions.map(v => el('div', { class: 'version' },
          el('h3', {}, v.publisher || 'unknown publisher'),
          v.according_to ? el('p', { class: 'muted' }, `according to ${v.according_to}`) : null,
          el('dl', {},
            el('dt', {}, 'Who'), el('dd', {}, v.actors.join(', ') || '—', v.targets.length ? ` → ${v.targets.join(', ')}` : ''),
            el('dt', {}, 'When'), el('dd', {}, v.date || '—'),
            el('dt', {}, 'Where'), el('dd', {}, v.place || '—'),
            el('dt', {}, 'Killed'), el('dd', {}, v.fatalities.text),
            el('dt', {}, 'Stated as'), el('dd', {}, v.modality)),
          evidence(v.evidence))))))),
    r.total > r.limit ? pager('incidents-pager-end', path, params, r) : null,
  );
}

export async function claims(params) {
  const path = '/claims';
  const status = params.get('status');
  const [r, sources] = await Promise.all([api(`/api/claims${listQuery(params, CLAIM_FILTERS)}`), api('/api/sources')]);
  const all = Object.values(r.facets.status).reduce((a, b) => a + b, 0);
  show(
    el('h1', {}, 'Claims'),
    el('p', { class: 'muted' }, 'Corroborated: two or more independent publishers, nobody denies. Disputed: a denial, or conflicting perpetrators or numbers. Superseded: a first report later confirmed. Ratings: publisher reliability A–F, information credibility 1–6.'),
    filterForm('claim-filters', path, params, [
      ['q', 'Words', 'text'], ['party', 'Party', 'party'], ['from', 'From', 'date'], ['to', 'To', 'date']]),
    el('nav', { class: 'tabs', id: 'claim-status', 'aria-label': 'status' },
      el('a', { href: hrefWith(path, params, { status: null, offset: null }), class: status ? null : 'active',
        'aria-current': status ? null : 'page' }, `All (${all})`),
      Object.entries(r.facets.status).map(([s, n]) => el('a', { href: hrefWith(path, params, { status: s, offset: null }),
        class: s === status ? 'active' : null, 'aria-current': s === status ? 'page' : null }, `${s} (${n})`))),
    sortLinks(path, params, '-date', [['Date', 'date'], ['Question', 'subject'], ['Status', 'status'], ['Sources', 'sources']]),
    pager('claims-pager', path, params, r),
    el('div', { id: 'assessments' }, r.assessments.map(a => el('section', { class: `card assessment ${a.status.replace(' ', '-')}` },
      el('h2', {}, el('span', { class: `status ${a.status.replace(' ', '-')}` }, a.status), ' ', a.subject,
        ' ', el('span', { class: 'muted' }, a.kind)),
      a.reasons.length ? el('ul', { class: 'reasons' }, a.reasons.map(x => el('li', {}, x))) : null,
      el('table', {}, el('thead', {}, el('tr', {}, ['Source', 'Stance', 'Rating', 'Evidence'].map(h => el('th', {}, h)))),
        el('tbody', {}, a.positions.map(p => el('tr', {},
          el('td', {}, p.source), el('td', {}, el('span', { class: `stance ${p.polarity < 0 ? 'against' : 'for'}` }, p.stance), p.hedged ? ' (hedged)' : ''),
          el('td', { title: p.credibility_meaning }, p.rating), el('td', {}, evidence(p.evidence))))))))),
    r.total > r.limit ? pager('claims-pager-end', path, params, r) : null,
    el('section', { class: 'card' }, el('h2', {}, 'Publishers'),
      el('p', { class: 'muted' }, 'Reliability on the Admiralty scale: A completely reliable … E unreliable, F cannot be judged. Grading needs the token (see Data).'),
      el('table', { id: 'sources' }, el('thead', {}, el('tr', {}, ['Publisher', 'Documents', 'Reliability', 'Graded by', 'Grade'].map(h => el('th', {}, h)))),
        el('tbody', {}, sources.sources.map(s => el('tr', {}, el('td', {}, s.publisher), el('td', {}, String(s.documents)),
          el('td', { title: s.meaning }, s.reliability, ' ', el('span', { class: 'muted' }, s.meaning)), el('td', {}, s.graded_by || '—'),
          el('td', {}, el('select', { 'aria-label': `grade ${s.publisher}`, onchange: e => grade(s.publisher, e.target.value) },
            ['', 'A', 'B', 'C', 'D', 'E', 'F'].map(g => el('option', { value: g }, g || 'grade…'))))))))),
  );
}

async function grade(publisher, letter) {
  if (!letter) return;
  try {
    await api('/api/sources', { method: 'POST', body: JSON.stringify({ publisher, grade: letter }),
      headers: { 'Content-Type': 'application/json', Accept: 'application/json',
        Authorization: `Bearer ${sessionStorage.getItem('sitrep-token') || ''}` } });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } catch (error) {
    document.getElementById('sources').after(el('p', { class: 'error' }, `Could not grade ${publisher}: ${error.message}`));
  }
}
