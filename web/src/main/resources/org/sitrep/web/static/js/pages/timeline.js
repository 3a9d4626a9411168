import { el, svg, api, show, evidence, section, query, typeColour, bdi } from '../dom.js';

const W = 900;

const DAY = 86400000;
const utc = iso => Date.parse(`${iso}T00:00:00Z`);
const iso = t => new Date(t).toISOString().slice(0, 10);

/** The start of the bin holding day `t`: the day, its ISO week's Monday, or the first of its month. */
function binStart(t, unit) {
  const d = new Date(t);
  if (unit === 'week') return t - ((d.getUTCDay() + 6) % 7) * DAY;
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return t;
}

function binEnd(start, unit) {
  const d = new Date(start);
  if (unit === 'week') return start + 7 * DAY;
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return start + DAY;
}

/** Days for a short period, weeks up to a year and a half, months beyond: bars stay wide enough to see and click. */
function unitFor(spanDays, asked) {
  if (asked === 'day' || asked === 'week' || asked === 'month') return asked;
  return spanDays <= 120 ? 'day' : spanDays <= 550 ? 'week' : 'month';
}

/** Axis ticks on calendar boundaries: month starts (every few months when the period is long), else Mondays or days. */
function ticks(t0, t1) {
  const span = (t1 - t0) / DAY;
  const out = [];
  if (span > 60) {
    // At most a dozen labels: months, quarters or half-years, or every few years over a long period.
    const every = span > 1500 ? 12 : span > 700 ? 6 : span > 300 ? 3 : 1;
    const years = Math.max(1, Math.ceil(span / 365 / 12));
    const d = new Date(t0);
    let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    while (t <= t1) {
      const m = new Date(t).getUTCMonth();
      const y = new Date(t).getUTCFullYear();
      const due = every === 12 ? m === 0 && y % years === 0 : m % every === 0;
      if (t >= t0 && due) out.push([t, every === 12 ? String(y) : iso(t).slice(0, 7)]);
      t = Date.UTC(y, m + 1, 1);
    }
  } else {
    const step = span > 21 ? 7 : span > 10 ? 2 : 1;
    for (let t = step === 7 ? binStart(t0, 'week') : t0; t <= t1; t += step * DAY) if (t >= t0) out.push([t, iso(t)]);
  }
  return out;
}

/**
 * Stacked bars of events on a time axis: each bin (day, week or month) sits at its place in time, so a gap of five
 * weeks looks like one; a bar opens the events behind it. A table gives the same figures as text.
 */
function perDayChart(perDay, params) {
  const days = Object.keys(perDay).sort();
  if (days.length === 0) return el('p', { class: 'muted' }, 'No events dated to the day.');
  const isDate = v => v && /^\d{4}-\d{2}-\d{2}$/.test(v);
  const from = isDate(params.get('from')) ? utc(params.get('from')) : utc(days[0]);
  const to = isDate(params.get('to')) ? utc(params.get('to')) : utc(days[days.length - 1]);
  const unit = unitFor((to - from) / DAY, params.get('unit'));
  const bins = new Map();
  for (const d of days) {
    const b = binStart(utc(d), unit);
    const counts = bins.get(b) || {};
    for (const [type, n] of Object.entries(perDay[d])) counts[type] = (counts[type] || 0) + n;
    bins.set(b, counts);
  }
  const t0 = binStart(from, unit);
  const t1 = binEnd(binStart(to, unit), unit);
  const H = 230;
  const pad = { l: 34, r: 10, b: 40, t: 10 };
  const x = t => pad.l + ((t - t0) / (t1 - t0)) * (W - pad.l - pad.r);
  const total = c => Object.values(c).reduce((a, b) => a + b, 0);
  const max = Math.max(...[...bins.values()].map(total));
  const y = n => (H - pad.b) - (n / max) * (H - pad.b - pad.t);
  const parts = [];
  for (const [b, counts] of bins) {
    let acc = 0;
    const start = iso(b);
    const end = iso(binEnd(b, unit) - DAY);
    const when = start === end ? start : `${start} – ${end}`;
    for (const [type, n] of Object.entries(counts)) {
      const next = new URLSearchParams(params);
      next.set('bin_from', start);
      next.set('bin_to', end);
      next.set('bin_type', type);
      parts.push(svg('a', { href: `#/timeline?${next}`, class: 'bar', 'data-from': start, 'data-type': type,
        'aria-label': `${when}: ${n} × ${type}` },
        svg('rect', { x: x(b) + 0.5, y: y(acc + n), width: Math.max(1.5, x(binEnd(b, unit)) - x(b) - 1), height: y(acc) - y(acc + n),
          fill: typeColour(type) }, svg('title', {}, `${when}: ${n} × ${type}`))));
      acc += n;
    }
  }
  for (const [t, label] of ticks(t0, t1)) {
    parts.push(svg('line', { x1: x(t), y1: y(0), x2: x(t), y2: y(0) + 5, stroke: '#888' }));
    if (x(t) < W - pad.r - 34) parts.push(svg('text', { x: x(t) + 2, y: y(0) + 16, 'font-size': 10, class: 'tick' }, label));
  }
  const types = [...new Set(days.flatMap(d => Object.keys(perDay[d])))];
  const count = days.reduce((a, d) => a + total(perDay[d]), 0);
  const summary = `${count} events on ${days.length} days from ${days[0]} to ${days[days.length - 1]}, one bar per ${unit}; the busiest ${unit} has ${max}.`;
  return el('div', {},
    svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', id: 'chart-per-day', role: 'group', 'aria-label': summary,
      'data-unit': unit, 'data-t0': iso(t0), 'data-t1': iso(t1) },
      svg('line', { x1: pad.l, y1: y(0), x2: W - pad.r, y2: y(0), stroke: '#888' }),
      svg('text', { x: 2, y: y(max) + 4, 'font-size': 10 }, String(max)), svg('text', { x: 2, y: y(0), 'font-size': 10 }, '0'),
      parts),
    el('p', { class: 'muted', id: 'chart-summary' }, summary, ' Click a bar for its events.'),
    legend(types),
    el('details', {}, el('summary', {}, `The figures per ${unit}`),
      el('table', { id: 'per-bin-table' }, el('thead', {}, el('tr', {}, el('th', {}, unit === 'day' ? 'Day' : `${unit} from`), el('th', {}, 'Events by type'))),
        el('tbody', {}, [...bins].map(([b, counts]) => el('tr', {}, el('td', { class: 'nowrap' }, iso(b)),
          el('td', {}, Object.entries(counts).map(([t, n]) => `${n} × ${t}`).join('; '))))))));
}

/** The events behind a clicked bar, read again from the events API for exactly that bin and type. */
async function binEvents(params) {
  const from = params.get('bin_from');
  const to = params.get('bin_to');
  const type = params.get('bin_type');
  if (!from || !to) return null;
  const r = await api(`/api/events${query({ from, to, type, limit: 200 })}`);
  const close = new URLSearchParams(params);
  ['bin_from', 'bin_to', 'bin_type'].forEach(k => close.delete(k));
  return el('section', { class: 'card', id: 'bar-events' },
    el('h2', {}, `${r.total} × ${type || 'event'}, ${from === to ? from : `${from} – ${to}`}`, ' ',
      el('a', { href: `#/timeline?${close}`, class: 'muted' }, 'close')),
    el('ul', {}, r.events.map(e => el('li', {}, el('b', {}, e.label), ' ', e.date || 'undated', e.place ? [' · ', bdi(e.place)] : '',
      ` · deaths: ${e.fatalities.text}`, el('br'), evidence(e.evidence)))));
}

function legend(types) {
  return el('ul', { class: 'legend inline-list' }, types.map(t => el('li', {}, el('span', { class: 'swatch', 'data-colour': typeColour(t) }), ` ${t}`)));
}

/**
 * Per source, each report's death toll: a band from low to high, a dot at the best estimate. Every report is a row,
 * its label written out in full (it wraps; it is never cut), whatever precision its date has.
 */
function casualtiesChart(bySource) {
  const sources = Object.keys(bySource);
  if (sources.length === 0) return el('p', { class: 'muted' }, 'No death tolls reported.');
  const rows = sources.flatMap(s => bySource[s].map(r => ({ source: s, ...r })));
  const value = f => [f.low, f.best, f.high].filter(v => v !== null);
  const max = Math.max(1, ...rows.flatMap(r => value(r.fatalities)));
  const BW = 400;
  const x = n => 6 + (n / max) * (BW - 50);
  return el('div', {},
    el('div', { id: 'chart-casualties', class: 'casualties', role: 'list', 'aria-label': `${rows.length} death tolls reported by ${sources.length} source(s)` },
      el('div', { class: 'cas-row cas-head', 'aria-hidden': 'true' }, el('span', {}, 'Source · date · place'),
        svg('svg', { viewBox: `0 0 ${BW} 16`, class: 'cas-bar' }, svg('text', { x: 4, y: 12, 'font-size': 10 }, '0'),
          svg('text', { x: BW - 50, y: 12, 'font-size': 10 }, String(max)))),
      rows.map(r => {
        const f = r.fatalities;
        const vals = value(f);
        const lo = Math.min(...vals);
        const hi = Math.max(...vals);
        const when = r.date ? `${r.date}${r.date_precision && r.date_precision !== 'day' ? ` (${r.date_precision})` : ''}` : 'undated';
        return el('div', { class: 'cas-row', role: 'listitem' },
          el('span', { class: 'cas-label' }, el('b', {}, bdi(r.source)), ' · ', when, r.place ? [' · ', bdi(r.place)] : '', ': ', f.text),
          svg('svg', { viewBox: `0 0 ${BW} 16`, class: 'cas-bar', 'aria-hidden': 'true' },
            svg('rect', { x: x(lo), y: 4, width: Math.max(2, x(hi) - x(lo)), height: 8, fill: '#f0b27a', class: 'band' },
              svg('title', {}, `${r.source}: ${f.text}`)),
            f.best !== null ? svg('circle', { cx: x(f.best), cy: 8, r: 4, fill: '#a04000' }, svg('title', {}, `best ${f.best}`)) : null,
            f.high === null && f.low !== null ? svg('text', { x: Math.min(BW - 44, x(hi) + 6), y: 12, 'font-size': 9 }, 'at least') : null));
      })),
    el('details', {}, el('summary', {}, 'The reports behind the bands'),
      el('ul', {}, rows.map(r => el('li', {}, el('b', {}, bdi(r.source)), ` ${r.date || 'undated'}: ${r.fatalities.text} killed — `, evidence(r.evidence))))));
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
  const [events, ceasefire, behind] = await Promise.all([
    api(`/api/charts/events${query(range)}`),
    api(`/api/charts/ceasefire${query(range)}`).catch(error => ({ error: error.message })),
    binEvents(params),
  ]);
  const offAxis = Object.entries(events.not_on_axis || {});
  show(
    el('h1', {}, 'Timeline'),
    el('form', { class: 'card inline', id: 'period', onsubmit: e => {
      e.preventDefault();
      const f = new FormData(e.target);
      location.hash = `#/timeline${query({ from: f.get('from'), to: f.get('to'), unit: f.get('unit') })}`;
    } }, el('label', {}, 'From ', el('input', { name: 'from', class: 'short', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}', title: 'a date YYYY-MM-DD', value: range.from || '' })),
    el('label', {}, ' to ', el('input', { name: 'to', class: 'short', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}', title: 'a date YYYY-MM-DD', value: range.to || '' })), el('label', {}, ' per ', el('select', { name: 'unit', id: 'period-unit' }, [['', 'auto'], ['day', 'day'], ['week', 'week'], ['month', 'month']].map(([v, t]) =>
      el('option', { value: v, selected: v === (params.get('unit') || '') ? 'selected' : null }, t)))),
    el('button', { type: 'submit' }, 'Show')),
    behind,
    section('Events over time, by type', perDayChart(events.per_day, params),
      offAxis.length ? el('p', { class: 'muted', id: 'off-axis' }, 'Not on the time axis: ', offAxis.map(([p, n]) => `${n} event(s) ${p === 'undated' ? 'undated' : `dated only to the ${p}`}`).join(', '), '.') : null),
    section('Deaths reported, per source (low–high band, best estimate dot)', casualtiesChart(events.casualties)),
    section('Ceasefire violations per day, per reporting side',
      ceasefire.error ? el('p', { class: 'error' }, ceasefire.error) : ceasefireChart(ceasefire)),
  );
  document.querySelectorAll('.swatch').forEach(s => { s.style.background = s.dataset.colour; });
}
