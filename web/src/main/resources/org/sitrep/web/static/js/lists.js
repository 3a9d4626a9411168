// Controls every long list shares: a filter form, sortable column headers and a pager. Their whole state lives in
// the page's URL (#/path?filters&sort=&offset=), so a deep link, a reload or Back shows exactly the same rows.
import { el, partyBox } from './dom.js';

/** The hash for `path` with `params` changed by `changes` (null removes a parameter). */
export function hrefWith(path, params, changes) {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') next.delete(k); else next.set(k, v);
  }
  const s = next.toString();
  return `#${path}${s ? `?${s}` : ''}`;
}

/**
 * A filter form: fields are [name, label, kind, options] with kind 'text', 'date' (ISO YYYY-MM-DD, typed as text so
 * that every box shows dates the way the lists do) or 'select' (options: [[value, label]...]) or 'party' (a name box offering parties). Submitting puts the
 * values in the URL and starts again at the first page.
 */
export function filterForm(id, path, params, fields) {
  const inputs = fields.map(([name, label, kind, options]) => {
    const value = params.get(name) || '';
    let input;
    if (kind === 'select') {
      input = el('select', { name, id: `${id}-${name}` },
        el('option', { value: '' }, 'any'),
        options.map(([v, text]) => el('option', { value: v, selected: v === value ? 'selected' : null }, text)));
    } else if (kind === 'date') {
      input = el('input', { name, id: `${id}-${name}`, class: 'short', value, placeholder: 'YYYY-MM-DD',
        pattern: '\\d{4}-\\d{2}-\\d{2}', inputmode: 'numeric', title: 'a date YYYY-MM-DD' });
    } else if (kind === 'party') {
      input = partyBox({ name, id: `${id}-${name}`, value, placeholder: 'name' });
    } else {
      input = el('input', { name, id: `${id}-${name}`, type: 'search', value, autocomplete: 'off' });
    }
    return el('label', {}, `${label} `, input);
  });
  const form = el('form', { class: 'inline filters', id, role: 'search' }, inputs,
    el('button', { type: 'submit' }, 'Apply'),
    el('a', { href: hrefWith(path, params, Object.fromEntries([...fields.map(f => [f[0], null]), ['offset', null]])) }, 'Clear'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const changes = { offset: null };
    for (const [name] of fields) changes[name] = form.elements[name].value.trim();
    location.hash = hrefWith(path, params, changes);
  });
  return form;
}

/** A column header that sorts by `key`: ascending first, then descending; shows and announces the order in force. */
export function sortHeader(label, key, path, params, fallback) {
  const current = params.get('sort') || fallback;
  const active = current === key || current === `-${key}`;
  const descending = current === `-${key}`;
  const next = active && !descending ? `-${key}` : key;
  return el('th', { 'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none' },
    el('a', { href: hrefWith(path, params, { sort: next, offset: null }), class: 'sort', 'data-sort': key },
      label, active ? (descending ? ' ▼' : ' ▲') : ''));
}

/** "21–40 of 1,312" with previous and next links; `id` names the pager for tests and the skip to results. */
export function pager(id, path, params, page) {
  const { total, limit, offset } = page;
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(total, offset + limit);
  const fmt = n => n.toLocaleString('en');
  return el('nav', { class: 'pager', id, 'aria-label': 'pages' },
    offset > 0 ? el('a', { href: hrefWith(path, params, { offset: Math.max(0, offset - limit) || null }), rel: 'prev', class: 'prev' }, '← Previous') : null,
    el('span', { class: 'range', 'data-total': total }, total === 0 ? 'nothing matches' : `${fmt(first)}–${fmt(last)} of ${fmt(total)}`),
    last < total ? el('a', { href: hrefWith(path, params, { offset: offset + limit }), rel: 'next', class: 'next' }, 'Next →') : null);
}

/** The API query for a list page: the page's own parameters, passed through as they are in the URL. */
export function listQuery(params, names) {
  const q = new URLSearchParams();
  for (const n of [...names, 'sort', 'offset', 'limit']) if (params.get(n)) q.set(n, params.get(n));
  const s = q.toString();
  return s ? `?${s}` : '';
}
