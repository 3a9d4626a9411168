import { el, api, show, evidence, query } from '../dom.js';

export async function incidents() {
  const { incidents: list } = await api('/api/incidents');
  show(
    el('h1', {}, 'Incidents'),
    el('p', { class: 'muted' }, 'Events from different documents about the same happening, every source’s version side by side.'),
    list.length === 0 ? el('p', {}, 'No happening is reported by more than one document.') :
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
  );
}

export async function claims(params) {
  const status = params.get('status');
  const [r, sources] = await Promise.all([api(`/api/claims${query({ status })}`), api('/api/sources')]);
  show(
    el('h1', {}, 'Claims'),
    el('p', { class: 'muted' }, 'Corroborated: two or more independent publishers, nobody denies. Disputed: a denial, or conflicting perpetrators or numbers. Superseded: a first report later confirmed. Ratings: publisher reliability A–F, information credibility 1–6.'),
    el('nav', { class: 'tabs', id: 'claim-status' },
      el('a', { href: '#/claims', class: status ? null : 'active' }, 'All'),
      Object.entries(r.facets.status).map(([s, n]) => el('a', { href: `#/claims?status=${encodeURIComponent(s)}`,
        class: s === status ? 'active' : null }, `${s} (${n})`))),
    el('div', { id: 'assessments' }, r.assessments.map(a => el('section', { class: `card assessment ${a.status.replace(' ', '-')}` },
      el('h2', {}, el('span', { class: `status ${a.status.replace(' ', '-')}` }, a.status), ' ', a.subject,
        ' ', el('span', { class: 'muted' }, a.kind)),
      a.reasons.length ? el('ul', { class: 'reasons' }, a.reasons.map(x => el('li', {}, x))) : null,
      el('table', {}, el('thead', {}, el('tr', {}, ['Source', 'Stance', 'Rating', 'Evidence'].map(h => el('th', {}, h)))),
        el('tbody', {}, a.positions.map(p => el('tr', {},
          el('td', {}, p.source), el('td', {}, el('span', { class: `stance ${p.polarity < 0 ? 'against' : 'for'}` }, p.stance), p.hedged ? ' (hedged)' : ''),
          el('td', { title: p.credibility_meaning }, p.rating), el('td', {}, evidence(p.evidence))))))))),
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
