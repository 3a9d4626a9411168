import { el, api, show, download, query } from '../dom.js';

function results(r) {
  return el('div', { id: 'screen-results' }, r.results.map(res => el('section', { class: 'card' },
    el('h2', {}, `“${res.query.name}”`, ' ', el('span', { class: 'muted' }, `${res.matches.length} candidate(s)`)),
    res.matches.length === 0 ? el('p', { class: 'muted' }, 'No listed party resembles this name.') :
      el('table', {}, el('thead', {}, el('tr', {}, ['Score', 'Listed party', 'Matched name', 'List', 'Why'].map(h => el('th', {}, h)))),
        el('tbody', {}, res.matches.map(m => el('tr', { class: m.match ? 'match' : 'review' },
          el('td', {}, el('b', {}, m.score.toFixed(2)), m.match ? el('span', { class: 'badge' }, 'match') : el('span', { class: 'muted' }, ' review')),
          el('td', {}, el('a', { href: `#/entities/${encodeURIComponent(`${m.list}:${m.id}`)}` }, m.name), ' ', el('span', { class: 'muted' }, m.schema)),
          el('td', { class: 'matched-name' }, m.matched_name),
          el('td', {}, `${m.list} ${m.id}`),
          el('td', {}, el('ul', { class: 'explanation' }, m.explanation.map(x => el('li', {},
            el('b', {}, x.feature), ` ${x.value.toFixed(2)} `, el('span', { class: 'muted' }, x.detail))))))))))));
}

export async function screening(params) {
  const out = el('div', { id: 'screen-out' });
  let last = null;
  const render = (r, csvBody, single) => {
    last = { r, csvBody, single };
    out.replaceChildren(
      el('p', {},
        el('button', { type: 'button', id: 'download-json', onclick: () => download('screening.json', 'application/json', JSON.stringify(last.r, null, 2)) }, 'Download JSON'), ' ',
        el('button', { type: 'button', id: 'download-csv', onclick: async () => {
          const response = last.single ? await fetch(`/api/screen${query({ name: last.single, format: 'csv' })}`)
            : await fetch('/api/screen?format=csv', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: last.csvBody });
          download('screening.csv', 'text/csv', await response.text());
        } }, 'Download CSV')),
      results(r));
  };
  const fail = error => out.replaceChildren(el('p', { class: 'error' }, error.message));
  show(
    el('h1', {}, 'Screening'),
    el('p', { class: 'muted' }, 'Against the sanctions lists loaded in this workspace. Names in any script, order or transliteration.'),
    el('div', { class: 'columns' },
      el('form', { class: 'card', id: 'screen-form', onsubmit: async e => {
        e.preventDefault();
        const f = new FormData(e.target);
        const name = f.get('name').trim();
        if (!name) return;
        try {
          render(await api(`/api/screen${query({ name, schema: f.get('schema'), country: f.get('country'), birth_date: f.get('birth_date') })}`), null, name);
        } catch (error) { fail(error); }
      } },
      el('h2', {}, 'One name'),
      el('label', {}, 'Name ', el('input', { name: 'name', id: 'screen-name', required: true, value: params.get('name') || '' })),
      el('label', {}, 'Type ', el('select', { name: 'schema' }, ['', 'Person', 'Organization', 'Company', 'Vessel'].map(s => el('option', { value: s }, s || 'any')))),
      el('label', {}, 'Country ', el('input', { name: 'country', class: 'short', placeholder: 'SY' })),
      el('label', {}, 'Born ', el('input', { name: 'birth_date', class: 'short', placeholder: 'YYYY-MM-DD' })),
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
  );
  if (params.get('name')) document.getElementById('screen-form').requestSubmit();
}
