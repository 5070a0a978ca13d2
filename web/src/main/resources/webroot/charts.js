/* The one chart module: small accessible SVG charts (no library), line charts over weeks or months and
   sparklines. Values are 0-100 unless a maximum is given (MQA points: 405; stars: 5). Every chart is an SVG with a
   viewBox that scales to its box. */
const NS = 'http://www.w3.org/2000/svg';
export const COLORS = ['#0b5394', '#b45f06', '#38761d', '#741b47', '#5b5b5b', '#a61c00'];
function el(name, attrs, parent) {
  const e = document.createElementNS(NS, name);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (parent) parent.appendChild(e);
  return e;
}
/* The drawing's width in user units: the screen's width on a phone (so that 11 px text stays 11 px), else 640. */
const width = () => Math.round(Math.min(640, Math.max(300, (window.innerWidth || 640) - 48)));
function path(values, x, y) {
  let d = '', pen = false;
  values.forEach((v, i) => {
    if (v === null || v === undefined) { pen = false; return; }
    d += (pen ? 'L' : 'M') + x(i).toFixed(1) + ' ' + y(v).toFixed(1) + ' ';
    pen = true;
  });
  return d.trim();
}
/** series: [{name, values}], labels: week or month strings; label: accessible summary; tick: label shown on the axis;
    max: the top of the value axis. */
export function line(series, labels, label, tick = l => l.replace(/^\d{4}-/, ''), max = 100) {
  const W = width(), H = W < 480 ? 220 : 260, L = 36, R = 12, T = 12, B = 34;
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': label });
  el('title', {}, svg).textContent = label;
  const n = Math.max(labels.length, 1);
  const x = i => L + (n === 1 ? (W - L - R) / 2 : i * (W - L - R) / (n - 1));
  const y = v => T + (max - v) * (H - T - B) / max;
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    const g = f * max;
    el('line', { x1: L, x2: W - R, y1: y(g), y2: y(g), stroke: '#e2e2e2' }, svg);
    const t = el('text', { x: L - 6, y: y(g) + 4, 'text-anchor': 'end' }, svg);
    t.textContent = Number.isInteger(g) ? g : g.toFixed(1);
  }
  const step = Math.ceil(n / Math.floor(W / 80));
  labels.forEach((l, i) => {
    if (i % step !== 0 && i !== n - 1) return;
    const t = el('text', { x: x(i), y: H - 12, 'text-anchor': 'middle' }, svg);
    t.textContent = tick(l);
  });
  series.forEach((s, k) => {
    const c = s.color || COLORS[k % COLORS.length];
    el('path', { d: path(s.values, x, y), fill: 'none', stroke: c, 'stroke-width': k === 0 ? 3 : 1.6,
      'stroke-dasharray': k === 0 ? '' : (k % 2 ? '5 3' : '2 2'), 'data-series': s.name }, svg);
    s.values.forEach((v, i) => {
      if (v === null || v === undefined) return;
      const dot = el('circle', { cx: x(i), cy: y(v), r: k === 0 ? 3.5 : 2, fill: c }, svg);
      el('title', {}, dot).textContent = `${s.name} ${labels[i]}: ${v.toFixed(1)}`;
    });
  });
  return svg;
}
export function legend(series) {
  const ul = document.createElement('ul');
  ul.className = 'legend';
  series.forEach((s, k) => {
    const li = document.createElement('li');
    const sw = document.createElement('span');
    sw.className = 'sw';
    sw.style.background = s.color || COLORS[k % COLORS.length];
    sw.setAttribute('aria-hidden', 'true');
    li.appendChild(sw);
    li.appendChild(document.createTextNode(s.name));
    ul.appendChild(li);
  });
  return ul;
}
export function spark(values, label) {
  const W = 96, H = 28, P = 3;
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'spark', role: 'img', 'aria-label': label });
  el('title', {}, svg).textContent = label;
  const vs = values.filter(v => v !== null && v !== undefined);
  if (!vs.length) return svg;
  const lo = Math.min(...vs), hi = Math.max(...vs), span = Math.max(hi - lo, 5);
  const x = i => P + (values.length === 1 ? (W - 2 * P) / 2 : i * (W - 2 * P) / (values.length - 1));
  const y = v => H - P - (v - lo) * (H - 2 * P) / span;
  el('path', { d: path(values, x, y), fill: 'none', stroke: '#0b5394', 'stroke-width': 1.8 }, svg);
  const last = values.length - 1;
  if (values[last] !== null) el('circle', { cx: x(last), cy: y(values[last]), r: 2.5, fill: '#0b5394' }, svg);
  return svg;
}

/** Horizontal bars of levels 1..max, one per label; label: accessible summary. */
export function bars(values, labels, max, label) {
  const W = width(), row = 26, L = Math.round(W * 0.34), R = 24, H = row * labels.length + 24;
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': label });
  el('title', {}, svg).textContent = label;
  const x = v => L + v * (W - L - R) / max;
  for (let g = 1; g <= max; g++) {
    el('line', { x1: x(g), x2: x(g), y1: 0, y2: H - 20, stroke: '#e2e2e2' }, svg);
    el('text', { x: x(g), y: H - 6, 'text-anchor': 'middle' }, svg).textContent = g;
  }
  labels.forEach((l, i) => {
    el('text', { x: L - 8, y: i * row + 17, 'text-anchor': 'end' }, svg).textContent = l;
    const b = el('rect', { x: L, y: i * row + 5, width: Math.max(0, x(values[i]) - L), height: row - 10,
      fill: COLORS[i % COLORS.length] }, svg);
    el('title', {}, b).textContent = `${l}: ${values[i]}`;
  });
  return svg;
}
