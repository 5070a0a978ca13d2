/* Scores drawn true to their profile: MQA in points (out of the sum of its dimensions, 405) with its rating bands,
   5 stars as stars, the observatorio profile as a score of 0-100. The API gives every score as a percentage
   (score) with the profile's dimensions (dimensionInfo: scale kind and maximum) and rating bands (ratings). */
import { h } from './dom.js';
import { t, tx, fmt } from './ui.js';

/** The profile's scale: {kind: 'points'|'stars'|'percent', max}. */
export function scaleOf(info) {
  const dims = info || [];
  const stars = dims.find(d => d.scale && d.scale.kind === 'stars');
  if (stars) return { kind: 'stars', max: stars.scale.max || 5 };
  if (dims.length && dims.every(d => d.scale && d.scale.kind === 'points')) {
    return { kind: 'points', max: dims.reduce((a, d) => a + d.scale.max, 0) };
  }
  return { kind: 'percent', max: 100 };
}

/** A percentage on the profile's own scale (points or stars). */
export const onScale = (scale, percent) => (percent === null || percent === undefined ? null : percent * scale.max / 100);

/** The rating band a value on the profile's scale falls in, or null. */
export function bandOf(ratings, value) {
  if (value === null || value === undefined) return null;
  let out = null;
  for (const r of (ratings || []).slice().sort((a, b) => a.min - b.min)) if (value + 1e-9 >= r.min) out = r;
  return out;
}

/** The bands with their ranges in points, e.g. "Bueno 221-350". */
export function bandRanges(ratings, scale) {
  const rs = (ratings || []).slice().sort((a, b) => a.min - b.min);
  return rs.map((r, i) => ({ id: r.id, label: tx(r.label), from: r.min,
    to: i + 1 < rs.length ? rs[i + 1].min - 1 : scale.max }));
}

/** Stars drawn (★★★☆☆) with their number for assistive technology and as text. */
export function stars(value, max = 5) {
  if (value === null || value === undefined) return h('span', { text: '–' });
  const full = Math.round(value);
  return h('span', { class: 'stars', title: fmt(value) + ' / ' + max },
    h('span', { 'aria-hidden': 'true', class: 'glyphs', text: '★'.repeat(full) + '☆'.repeat(Math.max(0, max - full)) }),
    h('span', { class: 'num', text: ' ' + fmt(value) }),
    h('span', { class: 'sr-only', text: ' ' + t('ofStars').replace('{max}', max) }));
}

/** A score (percentage of the API) drawn on the profile's scale; ratingId, when the API gave one, names the band. */
export function score(scale, ratings, percent, ratingId) {
  const v = onScale(scale, percent);
  if (scale.kind === 'stars') return h('span', { class: 'score' }, stars(v, scale.max));
  if (scale.kind !== 'points') return h('span', { class: 'score', text: fmt(percent) });
  const band = ratingId ? (ratings || []).find(r => r.id === ratingId) : bandOf(ratings, v);
  return h('span', { class: 'score' }, h('span', { text: Math.round(v) }),
    h('small', { class: 'of', text: ' / ' + Math.round(scale.max) }),
    band ? [' ', h('span', { class: 'band band-' + String(band.id).toLowerCase(), text: tx(band.label) })] : null);
}

/** The column heading of the overall score on the profile's scale. */
export function scoreHead(scale) {
  if (scale.kind === 'points') return t('pointsHead') + ' (0-' + Math.round(scale.max) + ')';
  if (scale.kind === 'stars') return t('starsHead') + ' (0-' + scale.max + ')';
  return t('score');
}

/** A dimension's value on its own scale. */
export const dimValue = (info, v) => (info && info.scale && info.scale.kind === 'stars' ? stars(v, info.scale.max) : fmt(v));

/** The legend of the profile's bands (MQA: Excelente 351-405, ...), or nothing for a profile without points. */
export function bandLegend(scale, ratings) {
  if (scale.kind !== 'points' || !(ratings || []).length) return null;
  return h('p', { class: 'bands', id: 'band-legend' }, h('strong', { text: t('bands') + ': ' }),
    bandRanges(ratings, scale).reverse().flatMap((b, i) => [i ? ' · ' : '',
      h('span', { class: 'band band-' + String(b.id).toLowerCase(), text: b.label }), ` ${b.from}-${Math.round(b.to)}`]));
}
