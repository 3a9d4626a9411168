// Sitrep web app: a hash router over pages that each fetch their JSON from /api and build the DOM from text.
import { el, show, setNavigation } from './dom.js';
import { home, documents, documentView } from './pages/documents.js';
import { search } from './pages/search.js';
import { entity } from './pages/entity.js';
import { network } from './pages/network.js';
import { map } from './pages/map.js';
import { timeline } from './pages/timeline.js';
import { incidents, claims } from './pages/incidents.js';
import { screening } from './pages/screening.js';
import { data } from './pages/data.js';

/** Parses "#/path?a=1&b=2" into its path and parameters. */
function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const at = hash.indexOf('?');
  const path = at < 0 ? hash : hash.slice(0, at);
  return { path, params: new URLSearchParams(at < 0 ? '' : hash.slice(at + 1)) };
}

const pages = [
  [/^\/$/, () => home()],
  [/^\/documents$/, (m, p) => documents(p)],
  [/^\/documents\/(.+)$/, (m, p) => documentView(decodeURIComponent(m[1]), p)],
  [/^\/search$/, (m, p) => search(p)],
  [/^\/entities\/(.+)$/, (m, p) => entity(decodeURIComponent(m[1]), p)],
  [/^\/network$/, (m, p) => network(p)],
  [/^\/map$/, (m, p) => map(p)],
  [/^\/timeline$/, (m, p) => timeline(p)],
  [/^\/incidents$/, (m, p) => incidents(p)],
  [/^\/claims$/, (m, p) => claims(p)],
  [/^\/screening$/, (m, p) => screening(p)],
  [/^\/data$/, (m, p) => data(p)],
];

/** What each page is called in the tab's title while it loads (the page's own heading replaces it once shown). */
const NAMES = [[/^\/$/, 'Workspace'], [/^\/documents$/, 'Documents'], [/^\/documents\//, 'Document'],
  [/^\/search$/, 'Search'], [/^\/entities\//, 'Party'], [/^\/network$/, 'Network'], [/^\/map$/, 'Map'],
  [/^\/timeline$/, 'Timeline'], [/^\/incidents$/, 'Incidents'], [/^\/claims$/, 'Claims'],
  [/^\/screening$/, 'Screening'], [/^\/data$/, 'Data']];

let current = null;   // the navigation in progress: its requests are cancelled when another one starts
let first = true;

/**
 * Remembers how far down the reader is, in the history entry itself, so that Back can return there. Written on
 * scroll (once per frame at most) and again just before a navigation leaves the entry.
 */
let pendingScroll = false;
function saveScroll() {
  if (current && !current.done) return; // still loading: the position is the old page's, or none yet
  history.replaceState({ ...(history.state || {}), scrollY: window.scrollY }, '');
}
window.addEventListener('scroll', () => {
  if (pendingScroll) return;
  pendingScroll = true;
  requestAnimationFrame(() => { pendingScroll = false; saveScroll(); });
});
document.addEventListener('click', event => {
  if (event.target.closest && event.target.closest('a[href^="#"]')) saveScroll();
}, true);
document.addEventListener('submit', saveScroll, true);

/** Marks the nav link of the page shown (aria-current), so that the nav and the page never disagree. */
function markNav(path) {
  document.querySelectorAll('.bar nav a').forEach(a => {
    const href = a.getAttribute('href').replace(/^#/, '');
    const on = path === href || path.startsWith(`${href}/`);
    a.classList.toggle('active', on);
    if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
}

async function render() {
  const { path, params } = route();
  if (current) current.abort();
  const navigation = new AbortController();
  current = navigation;
  setNavigation(navigation.signal);
  const restore = history.state && typeof history.state.scrollY === 'number' ? history.state.scrollY : null;
  const name = (NAMES.find(([pattern]) => pattern.test(path)) || [null, 'Sitrep'])[1];
  const view = document.getElementById('view');
  markNav(path);
  if (path !== '/search') document.getElementById('search-input').value = '';
  document.title = `${name} (loading) – Sitrep`;
  view.setAttribute('aria-busy', 'true');
  // Say at once that the page is on its way: the previous page must not stand under the new URL and nav.
  view.replaceChildren(el('p', { id: 'loading', class: 'muted', role: 'status' }, `Loading ${name.toLowerCase()}…`));
  try {
    let found = false;
    for (const [pattern, page] of pages) {
      const m = path.match(pattern);
      if (m) {
        await page(m, params);
        found = true;
        break;
      }
    }
    if (!found) show(el('h1', {}, 'No such page'), el('p', {}, 'No such page.'));
  } catch (error) {
    if (navigation.signal.aborted) return; // a newer navigation owns the view now
    show(el('h1', {}, 'Could not load'), el('p', { class: 'error', id: 'error' }, 'Could not load: ', error.message));
  }
  if (navigation.signal.aborted) return;
  navigation.done = true;
  view.removeAttribute('aria-busy');
  const heading = view.querySelector('h1');
  document.title = `${heading ? heading.textContent.trim() || name : name} – Sitrep`;
  document.body.dataset.route = path;
  // When the page's first content stood (ms since the app was loaded): what the benchmark and the tests read.
  document.body.dataset.renderedAt = String(Math.round(performance.now()));
  if (restore !== null) {
    window.scrollTo(0, restore);
  } else if (!first && !/[?&](start|section)=/.test(location.hash)) { // a highlight or a section: the page scrolled to it
    window.scrollTo(0, 0);
  }
  // Move focus to the new content, so that a screen reader or keyboard user starts at its heading; not on the first
  // load, where the skip link should come first, nor when the page itself focused a part of it (a dossier section).
  const placed = document.activeElement !== document.body && view.contains(document.activeElement);
  if (heading && !first && !placed) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
  first = false;
}

/** Navigates to `hash` (a form's state goes into the URL this way, so that Back and deep links reproduce it). */
export function navigate(hash) {
  saveScroll();
  location.hash = hash;
}

// The skip link moves focus past the header without touching the URL (its hash is the router's).
document.getElementById('skip-link').addEventListener('click', event => {
  event.preventDefault();
  const target = document.querySelector('#view h1') || document.getElementById('view');
  target.setAttribute('tabindex', '-1');
  target.focus();
});
if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener('hashchange', render);
render();
