import { el, api, show, bdi, docLink } from '../dom.js';

const TOKEN_KEY = 'sitrep-token';

const POLL_MS = 500;

function sendFiles(form, path) {
  const token = document.getElementById('token').value;
  sessionStorage.setItem(TOKEN_KEY, token);
  const body = new FormData();
  for (const f of form.elements.file.files) body.append('file', f, f.name);
  return api(path, { method: 'POST', headers: { Authorization: `Bearer ${token || ''}`, Accept: 'application/json' }, body });
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** A running job as a progress bar; before extraction knows its total, the bar is indeterminate. */
function progressOf(job) {
  const p = job.progress || { phase: job.status, done: 0, total: 0 };
  const bar = el('progress', { id: 'upload-progress', max: p.total || null, value: p.total ? p.done : null,
    'aria-label': 'Upload progress' });
  const label = job.status === 'queued' ? 'Waiting for earlier uploads…'
    : p.total ? `${p.phase === 'extracting' ? 'Extracting' : 'Reading files'}: ${p.done} of ${p.total}`
      : `${p.phase === 'extracting' ? 'Loading the extractor' : 'Starting'}…`;
  return el('div', { class: 'upload-progress', role: 'status' }, bar, ' ', el('span', {}, label));
}

/** Updates the bar in place, so that it does not flicker and a screen reader hears only the label change. */
function showProgress(out, job) {
  const fresh = progressOf(job);
  const shown = out.querySelector('.upload-progress');
  if (!shown) { out.replaceChildren(fresh); return; }
  const [bar, label] = [shown.querySelector('progress'), shown.querySelector('span')];
  const next = fresh.querySelector('progress');
  for (const a of ['max', 'value']) {
    if (next.hasAttribute(a)) bar.setAttribute(a, next.getAttribute(a)); else bar.removeAttribute(a);
  }
  const text = fresh.querySelector('span').textContent;
  if (label.textContent !== text) label.textContent = text;
}

/** A finished job as text: what it added, with links to the new documents; or why it failed. */
function outcomeOf(job) {
  if (job.status === 'failed') {
    return el('div', { id: 'upload-outcome', class: 'upload-outcome failed', role: 'alert' },
      el('p', { class: 'error' }, 'The upload failed; nothing of it was kept.'),
      el('p', { class: 'reason' }, bdi(job.reason || 'no reason given')));
  }
  const s = job.summary || {};
  const docs = s.new_documents || [];
  return el('div', { id: 'upload-outcome', class: 'upload-outcome done', role: 'status' },
    el('p', {}, s.extracted
      ? `Added ${plural(s.documents || 0, 'document', 'documents')}, ${plural(s.events || 0, 'event', 'events')}, `
        + `${plural(s.entities || 0, 'entity', 'entities')} and ${plural(s.claims || 0, 'claim', 'claims')}.`
      : `Added ${plural(s.documents || 0, 'document', 'documents')}; this server does not extract: run sitrep extract.`),
    docs.length ? el('ul', { class: 'new-documents' }, docs.map(d => el('li', {}, docLink(d.id, d.title)))) : null,
    (s.documents || 0) > docs.length ? el('p', { class: 'muted' }, 'The others are on the ', el('a', { href: '#/documents' }, 'documents page'), '.') : null);
}

async function refreshPending() {
  const status = await api('/api/uploads/pending');
  const p = document.getElementById('pending');
  if (p) p.textContent = String(status.pending_extraction);
}

const unfinished = job => job.status === 'queued' || job.status === 'running';

/** Uploads documents, then follows their job until it ends. */
async function uploadDocuments(form, out) {
  const button = form.querySelector('button');
  button.disabled = true;
  try {
    await follow(await sendFiles(form, '/api/uploads/documents'), out);
  } catch (error) {
    if (error.name === 'AbortError') return;
    out.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message));
  } finally {
    button.disabled = false;
  }
}

/** Polls a job, showing its progress and then its outcome; stops quietly when the reader leaves the page. */
async function follow(job, out) {
  out.replaceChildren(unfinished(job) ? progressOf(job) : outcomeOf(job));
  while (unfinished(job)) {
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
    job = await api(`/api/uploads/${encodeURIComponent(job.id)}`);
    if (unfinished(job)) showProgress(out, job);
    else out.replaceChildren(outcomeOf(job));
  }
  await refreshPending();
}

async function uploadList(form, out) {
  try {
    const r = await sendFiles(form, '/api/uploads/lists');
    const outcome = { imported: 'imported and made active', unchanged: 'already the active version, nothing changed',
      reactivated: 'an earlier version, made active again' }[r.outcome] || r.outcome;
    out.replaceChildren(el('p', { id: 'upload-list-outcome' }, 'List ', bdi(r.list), ` (${r.format}): `,
      `${plural(r.entities, 'record', 'records')}, ${outcome}.`));
  } catch (error) {
    if (error.name === 'AbortError') return;
    out.replaceChildren(el('p', { class: 'error reason', role: 'alert' }, error.message));
  }
}

export async function data() {
  const [status, recent] = await Promise.all([api('/api/uploads/pending'), api('/api/uploads')]);
  const docOut = el('div', { id: 'upload-documents-out' });
  const listOut = el('div', { id: 'upload-lists-out' });
  const tokenInput = el('input', { type: 'password', class: 'token', id: 'token', autocomplete: 'off', value: sessionStorage.getItem(TOKEN_KEY) || '',
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
        ' Documents waiting for extraction: ', el('span', { id: 'pending' }, String(status.pending_extraction)), '.'),
      el('label', {}, 'Token ', tokenInput),
      el('form', { id: 'upload-documents', onsubmit: e => { e.preventDefault(); uploadDocuments(e.target, docOut); } },
        el('h3', {}, 'Documents'), el('input', { type: 'file', name: 'file', multiple: true }), el('button', { type: 'submit' }, 'Upload'), docOut),
      el('form', { id: 'upload-lists', onsubmit: e => { e.preventDefault(); uploadList(e.target, listOut); } },
        el('h3', {}, 'A sanctions list'), el('p', { class: 'muted' }, 'One file, or the files of one list (e.g. OFAC’s sdn.csv, alt.csv, add.csv).'),
        el('input', { type: 'file', name: 'file', multiple: true }), el('button', { type: 'submit' }, 'Upload'), listOut)),
  );
  // An upload started before a reload (or from another tab) is still running: follow it rather than show nothing.
  const running = recent.uploads.find(unfinished);
  if (running) {
    follow(running, docOut).catch(error => {
      if (error.name !== 'AbortError') docOut.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message));
    });
  }
}
