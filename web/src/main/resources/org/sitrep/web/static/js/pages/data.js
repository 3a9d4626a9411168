import { el, api, show } from '../dom.js';

const TOKEN_KEY = 'sitrep-token';

async function upload(form, path, out) {
  const token = document.getElementById('token').value;
  sessionStorage.setItem(TOKEN_KEY, token);
  const body = new FormData();
  for (const f of form.elements.file.files) body.append('file', f, f.name);
  try {
    const r = await api(path, { method: 'POST', headers: { Authorization: `Bearer ${token || ''}`, Accept: 'application/json' }, body });
    out.replaceChildren(el('pre', { class: 'result' }, JSON.stringify(r, null, 2)));
  } catch (error) {
    out.replaceChildren(el('p', { class: 'error' }, error.message));
  }
}

export async function data() {
  const status = await api('/api/uploads/pending');
  const docOut = el('div', { id: 'upload-documents-out' });
  const listOut = el('div', { id: 'upload-lists-out' });
  const tokenInput = el('input', { type: 'text', class: 'token', id: 'token', autocomplete: 'off', value: sessionStorage.getItem(TOKEN_KEY) || '',
    onchange: e => sessionStorage.setItem(TOKEN_KEY, e.target.value) });
  show(
    el('h1', {}, 'Data'),
    el('section', { class: 'card' }, el('h2', {}, 'Exports'),
      el('ul', { id: 'exports' },
        el('li', {}, el('a', { href: '/api/exports/ftm', download: 'sitrep-ftm.jsonl' }, 'FollowTheMoney entities (JSON lines)'), ' — for Aleph, yente and ftm tooling'),
        el('li', {}, el('a', { href: '/api/exports/acled', download: 'sitrep-events-acled.csv' }, 'Events (ACLED-column CSV)')),
        el('li', {}, el('a', { href: '/api/exports/graphml', download: 'sitrep-network.graphml' }, 'Network (GraphML)'), ' — for Gephi, yEd, Cytoscape'))),
    el('section', { class: 'card' }, el('h2', {}, 'Uploads'),
      el('p', { class: 'muted' }, 'Writes need the token printed by sitrep serve. ',
        status.extraction ? 'Uploaded documents are extracted in the background.' : 'Run sitrep extract afterwards to extract uploaded documents.',
        ` Documents waiting for extraction: ${status.pending_extraction}.`),
      el('label', {}, 'Token ', tokenInput),
      el('form', { id: 'upload-documents', onsubmit: e => { e.preventDefault(); upload(e.target, '/api/uploads/documents', docOut); } },
        el('h3', {}, 'Documents'), el('input', { type: 'file', name: 'file', multiple: true }), el('button', { type: 'submit' }, 'Upload'), docOut),
      el('form', { id: 'upload-lists', onsubmit: e => { e.preventDefault(); upload(e.target, '/api/uploads/lists', listOut); } },
        el('h3', {}, 'A sanctions list'), el('p', { class: 'muted' }, 'One file, or the files of one list (e.g. OFAC’s sdn.csv, alt.csv, add.csv).'),
        el('input', { type: 'file', name: 'file', multiple: true }), el('button', { type: 'submit' }, 'Upload'), listOut)),
  );
}
