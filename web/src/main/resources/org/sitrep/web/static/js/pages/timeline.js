import { el, svg, api, show, evidence, section, query, typeColour } from '../dom.js';

const W = 900;

/** Stacked bars: events per day, one colour per type. */
function perDayChart(perDay) {
  const days = Object.keys(perDay);
  if (days.length === 0) return el('p', { class: 'muted' }, 'No events dated to the day.');
  const H = 220;
  const pad = { l: 30, b: 60, t: 10 };
  const max = Math.max(...days.map(d => Object.values(perDay[d]).reduce((a, b) => a + b, 0)));
  const bw = (W - pad.l) / days.length;
  const y = n => (H - pad.b) - (n / max) * (H - pad.b - pad.t);
  const bars = [];
  days.forEach((d, i) => {
    let acc = 0;
    for (const [type, n] of Object.entries(perDay[d])) {
      bars.push(svg('rect', { x: pad.l + i * bw + 1, y: y(acc + n), width: Math.max(1, bw - 2), height: y(acc) - y(acc + n),
        fill: typeColour(type) }, svg('title', {}, `${d}: ${n} × ${type}`)));
      acc += n;
    }
    if (days.length <= 40 || i % Math.ceil(days.length / 40) === 0) {
      bars.push(svg('text', { x: pad.l + i * bw + bw / 2, y: H - pad.b + 8, 'font-size': 9, transform:
        `rotate(60 ${pad.l + i * bw + bw / 2} ${H - pad.b + 8})` }, d));
    }
  });
  const types = [...new Set(days.flatMap(d => Object.keys(perDay[d])))];
  return el('div', {},
    svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', id: 'chart-per-day', role: 'img' },
      svg('line', { x1: pad.l, y1: y(0), x2: W, y2: y(0), stroke: '#888' }),
      svg('text', { x: 2, y: y(max) + 4, 'font-size': 10 }, String(max)), svg('text', { x: 2, y: y(0), 'font-size': 10 }, '0'),
      bars),
    legend(types));
}

function legend(types) {
  return el('ul', { class: 'legend inline-list' }, types.map(t => el('li', {}, el('span', { class: 'swatch', 'data-colour': typeColour(t) }), ` ${t}`)));
}

/** Per source, each report's death toll: a band from low to high, a dot at the best estimate. */
function casualtiesChart(bySource) {
  const sources = Object.keys(bySource);
  if (sources.length === 0) return el('p', { class: 'muted' }, 'No death tolls reported.');
  const rows = sources.flatMap(s => bySource[s].map(r => ({ source: s, ...r })));
  const value = f => [f.low, f.best, f.high].filter(v => v !== null);
  const max = Math.max(1, ...rows.flatMap(r => value(r.fatalities)));
  const rowH = 18;
  const left = 330;
  const H = rows.length * rowH + 30;
  const x = n => left + (n / max) * (W - left - 20);
  const parts = [];
  rows.forEach((r, i) => {
    const yy = 20 + i * rowH;
    const f = r.fatalities;
    const vals = value(f);
    const lo = Math.min(...vals);
    const hi = Math.max(...vals);
    parts.push(svg('text', { x: 4, y: yy + 4, 'font-size': 10 }, `${r.source.slice(0, 28)} · ${r.date} ${r.place || ''}`.slice(0, 60)));
    parts.push(svg('rect', { x: x(lo), y: yy - 4, width: Math.max(2, x(hi) - x(lo)), height: 8, fill: '#f0b27a', class: 'band' },
      svg('title', {}, `${r.source}: ${f.text}`)));
    if (f.best !== null) parts.push(svg('circle', { cx: x(f.best), cy: yy, r: 4, fill: '#a04000' }, svg('title', {}, `best ${f.best}`)));
    if (f.high === null && f.low !== null) parts.push(svg('text', { x: x(hi) + 6, y: yy + 4, 'font-size': 9 }, 'at least'));
  });
  parts.push(svg('line', { x1: left, y1: 8, x2: W - 20, y2: 8, stroke: '#888' }));
  parts.push(svg('text', { x: left, y: 6, 'font-size': 9 }, '0'));
  parts.push(svg('text', { x: W - 40, y: 6, 'font-size': 9 }, String(max)));
  return el('div', {},
    svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', id: 'chart-casualties', role: 'img' }, parts),
    el('details', {}, el('summary', {}, 'The reports behind the bands'),
      el('ul', {}, rows.map(r => el('li', {}, el('b', {}, r.source), ` ${r.date}: ${r.fatalities.text} killed — `, evidence(r.evidence))))));
}

/** Violations per day, one line per reporting side. */
function ceasefireChart(c) {
  if (c.daily.length === 0) return el('p', { class: 'muted' }, 'No daily violation counts reported.');
  const days = [...new Set(c.daily.map(d => d.date))].sort();
  const sides = [...new Set(c.daily.map(d => d.reporter))];
  const H = 220;
  const pad = { l: 30, b: 40, t: 10 };
  const max = Math.max(...c.daily.map(d => d.count));
  const bw = (W - pad.l) / days.length;
  const gw = bw / sides.length;
  const y = n => (H - pad.b) - (n / max) * (H - pad.b - pad.t);
  const parts = [];
  for (const d of c.daily) {
    const i = days.indexOf(d.date);
    const s = sides.indexOf(d.reporter);
    parts.push(svg('rect', { x: pad.l + i * bw + s * gw + 1, y: y(d.count), width: Math.max(1, gw - 2), height: y(0) - y(d.count),
      fill: typeColour(d.reporter) }, svg('title', {}, `${d.date}: ${d.reporter} reported ${d.count}` +
      (d.accused.length ? ` by ${d.accused.join(', ')}` : ''))));
  }
  days.forEach((d, i) => parts.push(svg('text', { x: pad.l + i * bw + bw / 2 - 20, y: H - pad.b + 14, 'font-size': 9 }, d)));
  return el('div', {},
    svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', id: 'chart-ceasefire', role: 'img' },
      svg('line', { x1: pad.l, y1: y(0), x2: W, y2: y(0), stroke: '#888' }),
      svg('text', { x: 2, y: y(max) + 4, 'font-size': 10 }, String(max)), parts),
    legend(sides),
    el('table', { id: 'ceasefire-table' }, el('thead', {}, el('tr', {}, ['Day', 'Reported by', 'Accused', 'Count', 'Evidence'].map(h => el('th', {}, h)))),
      el('tbody', {}, c.daily.map(d => el('tr', {}, el('td', {}, d.date), el('td', {}, d.reporter), el('td', {}, d.accused.join(', ')),
        el('td', {}, String(d.count), d.other_counts.length ? el('span', { class: 'muted' }, ` (others: ${d.other_counts.join(', ')})`) : null),
        el('td', {}, d.evidence.slice(0, 2).map(e => el('div', {}, evidence(e)))))))),
    c.parties.length ? el('div', {}, el('h3', {}, 'Parties to the agreement'),
      el('ul', { id: 'agreement-parties' }, c.parties.map(p => el('li', {}, el('b', {}, p.party), ` — ${p.role} `,
        p.evidence.slice(0, 1).map(evidence))))) : null);
}

export async function timeline(params) {
  const range = { from: params.get('from'), to: params.get('to') };
  const [events, ceasefire] = await Promise.all([
    api(`/api/charts/events${query(range)}`),
    api(`/api/charts/ceasefire${query(range)}`).catch(error => ({ error: error.message })),
  ]);
  show(
    el('h1', {}, 'Timeline'),
    el('form', { class: 'card inline', id: 'period', onsubmit: e => {
      e.preventDefault();
      const f = new FormData(e.target);
      location.hash = `#/timeline${query({ from: f.get('from'), to: f.get('to') })}`;
    } }, el('label', {}, 'From ', el('input', { name: 'from', class: 'short', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}', title: 'a date YYYY-MM-DD', value: range.from || '' })),
    el('label', {}, ' to ', el('input', { name: 'to', class: 'short', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}', title: 'a date YYYY-MM-DD', value: range.to || '' })), el('button', { type: 'submit' }, 'Show')),
    section('Events per day, by type', perDayChart(events.per_day)),
    section('Deaths reported, per source (low–high band, best estimate dot)', casualtiesChart(events.casualties)),
    section('Ceasefire violations per day, per reporting side',
      ceasefire.error ? el('p', { class: 'error' }, ceasefire.error) : ceasefireChart(ceasefire)),
  );
  document.querySelectorAll('.swatch').forEach(s => { s.style.background = s.dataset.colour; });
}
