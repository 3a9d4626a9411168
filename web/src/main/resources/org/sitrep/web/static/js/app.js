// Sitrep web app: a hash router over pages that each fetch their JSON from /api and build the DOM from text.
import { el, show } from './dom.js';
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
  [/^\/documents$/, () => documents()],
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

async function render() {
  const { path, params } = route();
  document.querySelectorAll('.bar nav a').forEach(a => {
    a.classList.toggle('active', a.getAttribute('href') !== '#/' && location.hash.startsWith(a.getAttribute('href')));
  });
  try {
    for (const [pattern, page] of pages) {
      const m = path.match(pattern);
      if (m) {
        await page(m, params);
        return;
      }
    }
    show(el('p', {}, 'No such page.'));
  } catch (error) {
    show(el('p', { class: 'error', id: 'error' }, 'Could not load: ', error.message));
  }
}

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener('hashchange', render);
render();
