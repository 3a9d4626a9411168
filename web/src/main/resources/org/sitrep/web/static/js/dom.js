// Helpers every page uses. Content comes from documents and lists, which are untrusted: the DOM is built with
// text nodes and attributes only — never innerHTML — so markup in a document stays text.

/** Creates an element; children are nodes or strings (strings become text nodes). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes; children as for el(). */
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) node.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

let navigation = new AbortController().signal;

/**
 * The router calls this at each navigation: requests made from then on belong to the new page, and are cancelled,
 * with whatever they would have shown, as soon as the reader moves on (a late answer must never replace a newer page).
 */
export function setNavigation(signal) {
  navigation = signal;
}

/** GETs (or sends) JSON; throws with the server's message on failure. Cancelled when the reader leaves the page. */
export async function api(path, options) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, signal: navigation, ...(options || {}) });
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : { error: await response.text() };
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

/** Builds a query string from the defined, non-empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

const view = () => document.getElementById('view');

/** Replaces the page's content, unless the reader has moved on to another page since it was asked for. */
export function show(...nodes) {
  navigation.throwIfAborted();
  view().replaceChildren(...nodes.flat().filter(n => n !== null && n !== undefined && n !== false));
}

/**
 * Untrusted text isolated for bidi: a right-to-left override or embedding left open inside a title or name stays
 * inside it, instead of reversing the text that follows ("noitazinagrO").
 */
export function bdi(text) {
  return el('bdi', {}, text);
}

export function docLink(id, title, span) {
  const suffix = span ? `?start=${span.start}&end=${span.end}` : '';
  return el('a', { href: `#/documents/${encodeURIComponent(id)}${suffix}` }, bdi(title || '(untitled)'));
}

export function entityLink(id, label, designated) {
  return el('a', { href: `#/entities/${encodeURIComponent(id)}`, class: designated ? 'designated' : null }, bdi(label || id));
}

/** A piece of evidence: the quote, linking to the document with the span highlighted; or the list record. */
export function evidence(ev) {
  if (!ev) return el('span', { class: 'muted' }, 'no evidence');
  if (ev.document) {
    return el('span', { class: 'evidence' },
      el('a', { class: 'quote', href: `#/documents/${encodeURIComponent(ev.document)}?start=${ev.start}&end=${ev.end}` },
        '“', bdi(ev.quote), '”'),
      el('span', { class: 'muted' }, ' — ', bdi(ev.publisher || ev.title || 'document'), ev.date ? `, ${ev.date}` : ''));
  }
  if (ev.list) return el('span', { class: 'evidence muted' }, `list ${ev.list}, record ${ev.record}`);
  return el('span', { class: 'muted' }, `decided by ${ev.user}`);
}

const loaded = new Map();

/** Loads a script served by the app (vendor libraries), once. */
export function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(s);
    }));
  }
  return loaded.get(src);
}

/** Loads a style sheet served by the app, once. */
export function loadCss(href) {
  if (!loaded.has(href)) {
    loaded.set(href, new Promise(resolve => {
      const l = document.createElement('link');
      l.rel = 'stylesheet';
      l.href = href;
      l.onload = resolve;
      l.onerror = resolve;
      document.head.append(l);
    }));
  }
  return loaded.get(href);
}

/** A table from column headers and rows of cells. */
export function table(id, headers, rows) {
  return el('table', { id },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(c => el('td', {}, c))))));
}

/** Offers data as a file download without leaving the page. */
export function download(filename, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function section(title, ...children) {
  return el('section', { class: 'card' }, el('h2', {}, title), children);
}

export const TYPE_COLOURS = {
  'Battles': '#c0392b', 'Explosions/Remote violence': '#e67e22', 'Violence against civilians': '#8e44ad',
  'Protests': '#16a085', 'Riots': '#d35400', 'Strategic developments': '#2c3e50', 'Economic and legal': '#2980b9',
};

export function typeColour(type) {
  if (TYPE_COLOURS[type]) return TYPE_COLOURS[type];
  let h = 0;
  for (const ch of String(type)) h = (h * 31 + ch.codePointAt(0)) % 360;
  return `hsl(${h}, 55%, 45%)`;
}

let boxes = 0;

/**
 * A name box that offers parties as the reader types (prefix and fuzzy matches from /api/parties): the options show
 * names, never ids, and a later keystroke cancels the suggestions still on their way for an earlier one.
 */
export function partyBox(attrs) {
  const list = `party-options-${++boxes}`;
  const options = el('datalist', { id: list });
  let pending = null;
  const input = el('input', { ...attrs, list, autocomplete: 'off', class: `${attrs.class || ''} party-box`.trim() });
  input.addEventListener('input', async () => {
    const typed = input.value.trim();
    if (pending) pending.abort();
    if (typed.length < 2) { options.replaceChildren(); return; }
    pending = new AbortController();
    try {
      const response = await fetch(`/api/parties${query({ q: typed, limit: 10 })}`, { signal: pending.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const r = await response.json();
      options.replaceChildren(...r.parties.map(p => el('option', { value: p.caption },
        `${p.schema}${p.matched ? ` · a.k.a. ${p.matched}` : ''}${p.designated ? ' · sanctioned' : ''}`)));
      input.dataset.suggestions = String(r.parties.length);
    } catch (error) {
      if (error.name !== 'AbortError') throw error;
    }
  });
  return el('span', { class: 'party-field' }, input, options);
}

/** Shows a party's name in a box given its id (a link from a dossier carries the id). */
export async function nameForId(input, id) {
  if (!id || !/[:]/.test(id)) return;
  try {
    const r = await api(`/api/parties${query({ id })}`);
    if (r.parties.length && input.value === id) {
      input.value = r.parties[0].caption;
      input.dataset.id = id;
      input.dataset.caption = r.parties[0].caption;
    }
  } catch (error) {
    // keep the id when the party cannot be named
  }
}

/** The value to send for a party box: the id it was given while its name stands unchanged, else what was typed. */
export function partyValue(input) {
  return input.dataset.id && input.value === input.dataset.caption ? input.dataset.id : input.value.trim();
}
