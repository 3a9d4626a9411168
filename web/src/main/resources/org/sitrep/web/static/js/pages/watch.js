// The watchlist's re-screenings (logged when the workspace's lists change) and the review trail, on the Screening page.
import { el, api, bdi, download } from '../dom.js';

const TOKEN_KEY = 'sitrep-token';
const VERDICTS = [['true', 'true match'], ['false', 'false match'], ['unsure', 'unsure']];

function side(s) {
  return s ? `${s.score.toFixed(3)}${s.match ? ' match' : ' review'} · list ${s.list_version.slice(0, 12)}` : '—';
}

function standing(d) {
  if (!d) return el('span', { class: 'muted' }, 'not reviewed');
  return el('span', {}, el('b', {}, d.verdict.replace('_', ' ')), ` by ${d.by}, ${d.at}`,
    d.note ? [' — ', bdi(d.note)] : null,
    d.holds ? null : el('span', { class: 'badge' }, ' entry changed since: decide again'));
}

function reviewForm(c, done) {
  const status = el('span', { class: 'muted', role: 'status' });
  return el('form', { class: 'review-form', onsubmit: async e => {
    e.preventDefault();
    const f = new FormData(e.target);
    const token = sessionStorage.getItem(TOKEN_KEY) || '';
    try {
      await api('/api/watch/review', { method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ query_id: c.query_id, query_name: c.query_name, list: c.list, id: c.id,
          decision: f.get('decision'), note: f.get('note'), by: f.get('by') }) });
      done();
    } catch (error) { status.textContent = `${error.message} (the token is set on the Data page)`; }
  } },
  el('select', { name: 'decision', 'aria-label': 'decision' }, VERDICTS.map(([v, label]) => el('option', { value: v }, label))),
  el('input', { name: 'note', class: 'short', placeholder: 'note', 'aria-label': 'note' }),
  el('input', { name: 'by', class: 'short', placeholder: 'by', required: true, 'aria-label': 'by whom' }),
  el('button', { type: 'submit' }, 'Record'), ' ', status);
}

/** The card: each logged re-screening, newest first, with its new, changed and removed hits and their decisions. */
export async function watchCard() {
  const card = el('section', { class: 'card', id: 'watch' });
  const load = async () => {
    const w = await api('/api/watch');
    // el() flattens the runs and drops what is absent; replaceChildren would print them as text
    card.replaceChildren(...el('div', {}, el('h2', {}, 'Watchlist re-screenings'),
      el('p', { class: 'muted' }, `${w.watched} watched part${w.watched === 1 ? 'y' : 'ies'}, ${w.decisions} review decision(s). `,
        'Set the watchlist with sitrep watch set; every list import or rollback that changes a list re-screens it. ',
        'A false match stays silent until its listed entry changes.'),
      w.decisions > 0 ? el('p', {},
        el('button', { type: 'button', id: 'reviews-csv', onclick: async () =>
          download('reviews.csv', 'text/csv', await (await fetch('/api/watch/reviews?format=csv')).text()) }, 'Export decisions (CSV)'), ' ',
        el('button', { type: 'button', id: 'reviews-json', onclick: async () =>
          download('reviews.json', 'application/json', await (await fetch('/api/watch/reviews')).text()) }, 'Export decisions (JSON)')) : null,
      w.runs.length === 0 ? el('p', { class: 'muted' }, 'No re-screening yet.') : w.runs.map(run => el('div', { class: 'watch-run' },
        el('h3', {}, `${run.at} · ${run.trigger}`, el('span', { class: 'muted' },
          ` · ${run.changes.length} change(s), ${run.suppressed} silenced by false-match decisions`)),
        el('p', { class: 'muted hash' }, Object.keys(run.versions_after).map(l =>
          `${l}: ${(run.versions_before[l] || 'none').slice(0, 12)} → ${run.versions_after[l].slice(0, 12)}`).join(' · ')),
        run.changes.length === 0 ? null : el('table', {},
          el('thead', {}, el('tr', {}, ['Change', 'Watched party', 'Listed party', 'Before', 'After', 'Decision'].map(h => el('th', {}, h)))),
          el('tbody', {}, run.changes.map(c => el('tr', { class: `watch-${c.change}` },
            el('td', {}, el('b', {}, c.change), el('div', { class: 'muted' }, c.detail)),
            el('td', {}, bdi(c.query_name || c.query_id)),
            el('td', {}, el('a', { href: `#/entities/${encodeURIComponent(`${c.list}:${c.id}`)}` }, bdi(c.name)), ` ${c.list} ${c.id}`),
            el('td', { class: 'nowrap' }, side(c.before)),
            el('td', { class: 'nowrap' }, side(c.after)),
            el('td', {}, standing(c.decision), c.after ? reviewForm(c, load) : null)))))))).childNodes);
  };
  await load();
  return card;
}
