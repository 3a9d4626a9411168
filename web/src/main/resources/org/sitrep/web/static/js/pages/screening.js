import { el, api, show, download, query, bdi, partyBox } from '../dom.js';
import { watchCard } from './watch.js';

const INPUTS = ['name', 'schema', 'country', 'birth_date'];

function results(r, hitsOnly) {
  const shown = r.results.map(res => ({ ...res, matches: hitsOnly ? res.matches.filter(m => m.match) : res.matches }))
    .filter(res => !hitsOnly || res.matches.length > 0);
  return el('div', { id: 'screen-results' }, shown.length === 0 ? el('p', { class: 'muted' }, 'No name has a match.') : null,
    shown.map(res => el('section', { class: 'card' },
    el('h2', {}, '“', bdi(res.query.name), '”', ' ', el('span', { class: 'muted' }, `${res.matches.length} candidate(s)`,
      [res.query.schema, res.query.country, res.query.dob && `born ${res.query.dob}`].filter(Boolean).map(x => ` · ${x}`))),
    res.matches.length === 0 ? el('p', { class: 'muted' }, 'No listed party resembles this name.') :
      el('table', {}, el('thead', {}, el('tr', {}, ['Score', 'Listed party', 'Matched name', 'List', 'Why'].map(h => el('th', {}, h)))),
        el('tbody', {}, res.matches.map(m => el('tr', { class: m.match ? 'match' : 'review' },
          // Three decimals, as in the CSV export: the audit trail shows the very figure the reader saw.
          el('td', {}, el('b', { class: 'score' }, m.score.toFixed(3)), m.match ? el('span', { class: 'badge' }, 'match') : el('span', { class: 'muted' }, ' review')),
          el('td', {}, el('a', { href: `#/entities/${encodeURIComponent(`${m.list}:${m.id}`)}` }, bdi(m.name)), ' ', el('span', { class: 'muted' }, m.schema)),
          el('td', { class: 'matched-name' }, bdi(m.matched_name)),
          el('td', {}, `${m.list} ${m.id}`),
          el('td', {}, el('ul', { class: 'explanation' }, m.explanation.map(x => el('li', {},
            el('b', {}, x.feature), ` ${x.value.toFixed(3)} `, el('span', { class: 'muted' }, bdi(x.detail)))))))))))));
}

function summary(r) {
  const names = r.results.length;
  const matched = r.results.filter(res => res.matches.some(m => m.match)).length;
  const review = r.results.filter(res => !res.matches.some(m => m.match) && res.matches.length > 0).length;
  return el('p', { id: 'screen-summary' }, `${names} name(s) screened at ${r.screened_at}: ${matched} with a match, `,
    `${review} to review, ${names - matched - review} with no candidate.`);
}

function versions(lists) {
  return el('section', { class: 'card' }, el('h2', {}, 'Lists screened against'),
    lists.length === 0 ? el('p', { class: 'muted' }, 'No list is loaded: load one on the Data page.') :
      el('table', { id: 'list-versions' }, el('thead', {}, el('tr', {}, ['List', 'Version imported', 'Records', 'Content hash (SHA-256)'].map(h => el('th', {}, h)))),
        el('tbody', {}, lists.map(v => el('tr', {}, el('td', {}, v.list), el('td', { class: 'nowrap' }, v.imported_at || '—'),
          el('td', {}, String(v.records)), el('td', { class: 'hash' }, el('code', {}, v.sha256)))))));
}

export async function screening(params) {
  const out = el('div', { id: 'screen-out' });
  const hitsOnly = params.get('hits') === '1';
  let last = null;
  const render = (r, csvBody, single) => {
    last = { r, csvBody, single };
    out.replaceChildren(
      summary(r),
      el('p', {},
        el('button', { type: 'button', id: 'download-json', onclick: () => download('screening.json', 'application/json', JSON.stringify(last.r, null, 2)) }, 'Download JSON'), ' ',
        el('button', { type: 'button', id: 'download-csv', onclick: async () => {
          // The export screens again with every input the page used, so that it carries the same scores.
          const response = last.single ? await fetch(`/api/screen${query({ ...last.single, format: 'csv' })}`)
            : await fetch('/api/screen?format=csv', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: last.csvBody });
          download('screening.csv', 'text/csv', await response.text());
        } }, 'Download CSV'), ' ',
        el('label', {}, el('input', { type: 'checkbox', id: 'hits-only', checked: hitsOnly ? 'checked' : null, onchange: e => {
          const next = new URLSearchParams(params);
          if (e.target.checked) next.set('hits', '1'); else next.delete('hits');
          if (last.single) location.hash = `#/screening?${next}`;
          else out.querySelector('#screen-results').replaceWith(results(last.r, e.target.checked));
        } }), ' only names with a match')),
      results(r, single ? hitsOnly : out.querySelector('#hits-only')?.checked));
  };
  const fail = error => out.replaceChildren(el('p', { class: 'error' }, error.message));
  const runOne = async state => {
    try {
      render(await api(`/api/screen${query(state)}`), null, state);
    } catch (error) { fail(error); }
  };
  const [lists, watch] = await Promise.all([api('/api/screen/lists'), watchCard()]);
  const schema = params.get('schema') || '';
  show(
    el('h1', {}, 'Screening'),
    el('p', { class: 'muted' }, 'Against the sanctions lists loaded in this workspace. Names in any script, order or transliteration.'),
    el('div', { class: 'columns' },
      el('form', { class: 'card', id: 'screen-form', onsubmit: e => {
        e.preventDefault();
        const f = new FormData(e.target);
        const state = {};
        for (const k of INPUTS) state[k] = (f.get(k) || '').trim();
        if (!state.name) return;
        if (hitsOnly) state.hits = '1';
        // The inputs go into the URL: a link or Back reproduces this screening.
        const hash = `#/screening${query(state)}`;
        if (location.hash === hash) runOne(state); else location.hash = hash;
      } },
      el('h2', {}, 'One name'),
      el('label', {}, 'Name ', partyBox({ name: 'name', id: 'screen-name', required: true, value: params.get('name') || '' })),
      el('label', {}, 'Type ', el('select', { name: 'schema', id: 'screen-schema' }, ['', 'Person', 'Organization', 'Company', 'Vessel'].map(s =>
        el('option', { value: s, selected: s === schema ? 'selected' : null }, s || 'any')))),
      el('label', {}, 'Country ', el('input', { name: 'country', id: 'screen-country', class: 'short', placeholder: 'SY', value: params.get('country') || '' })),
      el('label', {}, 'Born ', el('input', { name: 'birth_date', id: 'screen-birth-date', class: 'short', placeholder: 'YYYY-MM-DD', value: params.get('birth_date') || '' })),
      el('button', { type: 'submit' }, 'Screen')),
      el('form', { class: 'card', id: 'screen-csv-form', onsubmit: async e => {
        e.preventDefault();
        const file = e.target.elements.file.files[0];
        if (!file) return;
        if (file.size > 1024 * 1024) { fail(new Error('the CSV is over 1 MB')); return; }
        const body = await file.text();
        try {
          render(await api('/api/screen', { method: 'POST', headers: { 'Content-Type': 'text/csv', Accept: 'application/json' }, body }), body, null);
        } catch (error) { fail(error); }
      } },
      el('h2', {}, 'A CSV of names'),
      el('p', { class: 'muted' }, 'Columns: name (required), id, schema, birth_date, country. At most 2,000 rows, 1 MB.'),
      el('input', { type: 'file', name: 'file', id: 'screen-file', accept: '.csv,text/csv' }),
      el('button', { type: 'submit' }, 'Screen the file'))),
    out,
    versions(lists.lists),
    watch,
  );
  if (params.get('name')) {
    const state = {};
    for (const k of INPUTS) state[k] = params.get(k);
    await runOne(state);
  }
}
