/* What every view shares: the language, the dictionary, cached GETs and the page title. */
import { h } from './dom.js';
import { I18N } from './i18n.js';

export const state = { lang: localStorage.getItem('lang') === 'en' ? 'en' : 'es', status: null, profile: null,
  type: '', sector: '' };
export const t = k => (I18N[state.lang][k] || I18N.es[k] || k);
/* A {es, en} text of the API in the current language. */
export const tx = o => o ? (o[state.lang] || o.es || '') : '';
export const fmt = v => v === null || v === undefined ? '–' : Number(v).toFixed(1);

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
  return fetch(url, { headers: { accept: 'application/json' }, ...init }).then(r => r.ok ? r.json()
    : r.json().then(p => Promise.reject(p), () => Promise.reject({ status: r.status })));
}

/* The problem document of a failed request, in the current language. */
export const problemText = p => (p ? (state.lang === 'en' ? p.detail_en : p.detail_es) || p.message || '' : '');

export function title(text) {
  const e = h('h1', { text });
  document.title = text + ' — ' + t('title');
  return e;
}
