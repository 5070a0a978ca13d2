/* What every view shares: the language, the dictionary, cached GETs and the page title. */
import { h } from './dom.js';
import { I18N } from './i18n.js';

export const state = { lang: localStorage.getItem('lang') === 'en' ? 'en' : 'es', status: null, profile: null,
  type: '', sector: '' };
export const t = k => (I18N[state.lang][k] || I18N.es[k] || k);
/* A {es, en} text of the API in the current language. */
export const tx = o => o ? (o[state.lang] || o.es || '') : '';
export const fmt = v => v === null || v === undefined ? '–' : Number(v).toFixed(1);

/* The label catalog (GET /api/v1/labels): kind → code → {es, en}; loaded once, before the first view. */
let LABELS = {};
export const useLabels = l => { LABELS = (l && l.kinds) || {}; };

/* The name of a code in the current language; a code without one is shown as it is, saying so. */
export function label(kind, code) {
  if (code === null || code === undefined || code === '') return '';
  const l = (LABELS[kind] || {})[code];
  return l ? tx(l) : code + ' ' + t('unlabelled');
}

const cache = new Map();

/* A JSON GET, kept for the page's life (published data changes only with a run). Failures reject with the problem. */
export function get(url) {
  if (!cache.has(url)) {
    cache.set(url, request(url, {}).catch(e => { cache.delete(url); throw e; }));
  }
  return cache.get(url);
}

/* A JSON GET never kept (data that editors change). */
export const fresh = url => request(url, { cache: 'no-store' });

function request(url, init) {
  return fetch(url, { headers: { accept: 'application/json', 'accept-language': state.lang }, ...init }).then(r => r.ok ? r.json()
    : r.json().then(p => Promise.reject(p), () => Promise.reject({ status: r.status })));
}

/* The problem document of a failed request, in the current language. */
export const problemText = p => (p ? (state.lang === 'en' ? p.detail_en : p.detail_es) || p.message || '' : '');

export function title(text) {
  const e = h('h1', { text, tabindex: '-1' });
  document.title = text + ' — ' + t('title');
  return e;
}

const locale = () => (state.lang === 'es' ? 'es-GT' : 'en-GB');

/* A date or time of the API (ISO 8601: YYYY-MM, YYYY-MM-DD or an instant) in the reader's words and language;
   anything else is shown as given. */
export function when(iso, withTime) {
  if (!iso) return '';
  const s = String(iso);
  let m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(+m[1], +m[2] - 1, 1)));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : new Date(s);
  if (isNaN(d.getTime())) return s;
  const opts = m || !withTime ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale(), opts).format(d) + (m || !withTime ? '' : ' UTC');
}

/* "2 months ago" / "hace 2 meses": n units (day, month) before now, in the reader's language. */
export const ago = (n, unit) => new Intl.RelativeTimeFormat(locale(), { numeric: 'always' }).format(-Number(n), unit);

/* A <time> element for an ISO value, in words. */
export const time = (iso, withTime) => h('time', { datetime: iso, text: when(iso, withTime) });

/* A number of bytes in words (kB, MB), in the reader's language. */
export function bytes(n) {
  if (n === null || n === undefined || n === '') return '';
  const units = ['B', 'kB', 'MB', 'GB'];
  let v = Number(n), u = 0;
  while (v >= 1000 && u < units.length - 1) { v /= 1000; u++; }
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: u ? 1 : 0 }).format(v) + ' ' + units[u];
}

/* An in-app link (#/...) carrying the chosen profile, so that every permalink opens the same view. */
export function withProfile(hash) {
  const base = String(hash || '#/').split('?')[0];
  return base + (state.profile ? '?profile=' + encodeURIComponent(state.profile) : '');
}
