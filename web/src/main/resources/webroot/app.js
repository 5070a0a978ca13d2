/* The one app: hash routes #/ (ranking), #/semana/W, #/institucion/CODE, #/conjunto/ID,
   #/conjuntos/QUERY (every dataset, filtered), #/metodologia, #/descargas, #/buscar/Q, #/articulo-10[/MONTH]
   (laip.js), #/plan (plan.js); any route may end in ?profile=ID (mqa, 5-estrellas), honoured when opened and kept in
   every in-app link. Scores are drawn on the profile's own scale (profile.js). Spanish by default, English by a
   switch (kept in localStorage). */
import { h, enc } from './dom.js';
import * as Charts from './charts.js';
import { state, t, tx, fmt, get, problemText, title, withProfile, label, useLabels } from './ui.js';
import * as P from './profile.js';
import { dataset } from './dataset.js';
import { laip } from './laip.js';
import { plan } from './plan.js';
import { maturityTable, maturityInstitution, maturityMethodology } from './maturity.js';
import { initSearch, searchView } from './search.js';
import { prose } from './words.js';

(function () {
  /* The profile's dimensions come with every answer (dimensionInfo: id, label, weight, scale), read from its rule set. */
  let DIMS = [];
  let DIM_INFO = {};
  let SCALE = P.scaleOf([]);
  let RATINGS = [];
  const useDims = (info, ratings) => { if (info) { DIMS = info.map(d => d.id); DIM_INFO = Object.fromEntries(info.map(d => [d.id, d]));
    SCALE = P.scaleOf(info); } if (ratings) RATINGS = ratings; };
  /* The dimensions drawn as columns: none for 5 stars (its one dimension is the score itself). */
  const colDims = () => (SCALE.kind === 'stars' ? [] : DIMS);
  const scoreOf = (percent, rating) => P.score(SCALE, RATINGS, percent, rating);
  const onScale = v => (SCALE.kind === 'percent' ? v : P.onScale(SCALE, v));
  let keepFocus = null;
  const app = document.getElementById('app');
  const dimLabel = d => (DIM_INFO[d] ? tx(DIM_INFO[d].label) : label('dimension', d));
  const dimHead = d => { const s = DIM_INFO[d] && DIM_INFO[d].scale;
    return dimLabel(d) + (!s || s.kind === 'percent' ? '' : ' (0-' + s.max + (s.kind === 'stars' ? ' ★' : ' ' + t('points')) + ')'); };
  const q = () => (state.profile ? '?profile=' + enc(state.profile) : '');
  const qa = () => (state.profile ? '&profile=' + enc(state.profile) : '');

  function applyStatic() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = t(e.dataset.i18n); });
    document.querySelectorAll('[data-i18n-aria]').forEach(e => e.setAttribute('aria-label', t(e.dataset.i18nAria)));
    const b = document.getElementById('lang-toggle');
    b.textContent = t('langSwitch');
    b.setAttribute('lang', t('langSwitchLang'));
    if (state.status) {
      document.getElementById('simulated').hidden = !state.status.simulated;
      const lc = document.getElementById('last-crawl');
      if (state.status.lastCrawl) {
        lc.setAttribute('datetime', state.status.lastCrawl);
        lc.textContent = new Date(state.status.lastCrawl).toLocaleString(state.lang === 'es' ? 'es-GT' : 'en-GB',
          { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';
      }
    }
  }

  function delta(v) {
    if (v === null || v === undefined) return h('span', { text: '–' });
    const cls = v > 0 ? 'up' : v < 0 ? 'down' : '';
    const word = v > 0 ? t('up') : v < 0 ? t('down') : t('same');
    return h('span', { class: cls, title: word }, h('span', { 'aria-hidden': 'true', text: v > 0 ? '▲ ' : v < 0 ? '▼ ' : '' }),
      (v > 0 ? '+' : '') + fmt(onScale(v)));
  }

  async function ranking(week) {
    const params = new URLSearchParams();
    if (week) params.set('week', week);
    if (state.profile) params.set('profile', state.profile);
    const allUrl = '/api/v1/rankings' + (params.toString() ? '?' + params : '');
    const trendsUrl = '/api/v1/rankings/trends' + (params.toString() ? '?' + params : '');
    if (state.type) params.set('type', state.type);
    if (state.sector) params.set('sector', state.sector);
    /* Every answer the view needs, asked at once (the same URL twice is one request). */
    const [all, weeks, data, avg, mv, trends] = await Promise.all([get(allUrl), get('/api/v1/weeks' + q()),
      get('/api/v1/rankings' + (params.toString() ? '?' + params : '')), get('/api/v1/averages' + q()),
      get('/api/v1/movers' + q()).catch(() => null), get(trendsUrl).catch(() => null)]);
    const wk = data.week;
    const frag = [title(t('rankingTitle') + (wk ? ' — ' + t('week') + ' ' + wk : ''))];
    const select = h('select', { id: 'week-select', onchange: e => { keepFocus = 'week-select'; location.hash = withProfile('#/semana/' + e.target.value); } },
      weeks.weeks.map(w => h('option', { value: w, selected: w === wk ? 'selected' : null, text: w })));
    const filter = (id, key, kind, name) => {
      const values = [...new Set(all.institutions.map(i => i[key]).filter(Boolean))]
        .map(v => [v, label(kind, v)]).sort((a, b) => a[1].localeCompare(b[1], state.lang));
      return [h('label', { for: id, text: name }), h('select', { id, onchange: e => { state[key] = e.target.value; route().then(() => { const el = document.getElementById(id); if (el) el.focus(); }); } },
        h('option', { value: '', text: t('all') }),
        values.map(([v, l]) => h('option', { value: v, selected: v === state[key] ? 'selected' : null, text: l })))];
    };
    const csvUrl = '/api/v1/rankings.csv' + (params.toString() ? '?' + params : '');
    const profiles = state.status ? state.status.profiles : [];
    const profileSelect = profiles.length < 2 ? [] : [h('label', { for: 'profile-select', text: t('profile') }),
      h('select', { id: 'profile-select', onchange: e => {
        state.profile = e.target.value === state.status.defaultProfile ? null : e.target.value;
        keepFocus = 'profile-select';
        location.hash = withProfile(location.hash || '#/');
      } }, profiles.map(p => h('option', { value: p, text: t('profile-' + p) === 'profile-' + p ? label('profile', p) : t('profile-' + p),
        selected: p === (state.profile || state.status.defaultProfile) ? 'selected' : null })))];
    frag.push(h('div', { class: 'controls' },
      h('label', { for: 'week-select', text: t('week') }), select, profileSelect,
      filter('type-select', 'type', 'institutionType', t('instType')), filter('sector-select', 'sector', 'sector', t('sector')),
      h('a', { href: '#/semana/' + (wk || ''), id: 'permalink', text: t('permalink') }),
      h('a', { href: csvUrl, id: 'download-ranking-csv', download: '', text: t('downloadCsv') }),
      h('a', { href: '/api/v1/rankings' + (params.toString() ? '?' + params : ''), text: t('downloadJson') })));
    useDims(data.dimensionInfo, data.ratings);
    frag.push(P.bandLegend(SCALE, RATINGS));
    if (!data.institutions.length) {
      frag.push(h('p', { text: t('noData') }));
      return frag;
    }
    const head = h('tr', {}, h('th', { scope: 'col', text: '#' }), h('th', { scope: 'col', class: 'l', text: t('institution') }),
      h('th', { scope: 'col', text: P.scoreHead(SCALE) }), colDims().map(d => h('th', { scope: 'col', class: 'dim', text: dimHead(d) })),
      h('th', { scope: 'col', text: t('change') }), h('th', { scope: 'col', text: t('trend') }));
    const body = h('tbody', { id: 'rows' });
    for (const i of data.institutions) {
      const spark = h('td', { class: 'trend' });
      const line = trends && trends.trends[i.code];
      if (line) {
        const values = line.map(v => v === null ? null : onScale(v));
        spark.append(Charts.spark(values, t('trend') + ' ' + i.name + ': ' +
          values.filter(v => v !== null).map(v => fmt(v)).join(', ')));
      }
      body.append(h('tr', { 'data-code': i.code },
        h('td', { text: i.rank }),
        h('th', { scope: 'row', class: 'l' }, h('a', { href: '#/institucion/' + enc(i.code), class: 'institution-link' }, i.name),
          h('br'), h('small', { text: i.code })),
        h('td', {}, scoreOf(i.score)),
        colDims().map(d => h('td', { class: 'dim', text: fmt(i.dimensions[d]) })),
        h('td', {}, delta(i.delta)), spark));
    }
    frag.push(h('div', { class: 'table-wrap' }, h('table', { id: 'ranking' },
      h('caption', { text: t('rankingTitle') + (wk ? ', ' + t('week') + ' ' + wk : '') }), h('thead', {}, head), body)));
    if (avg.points.length) {
      const labels = avg.points.map(p => p.week);
      const series = [{ name: t('overall'), values: avg.points.map(p => onScale(p.score)) }]
        .concat(colDims().map(d => ({ name: dimLabel(d), values: avg.points.map(p => p.dimensions[d]) })));
      frag.push(h('section', { class: 'card', 'aria-labelledby': 'avg-h' }, h('h2', { id: 'avg-h', text: t('averageTitle') }),
        Charts.line(series, labels, t('chartOf') + ' ' + t('averageTitle') + ': ' +
          avg.points.map(p => p.week + ' ' + fmt(onScale(p.score))).join('; '), undefined, SCALE.max), Charts.legend(series)));
    }
    if (mv && (mv.gains.length || mv.losses.length)) {
      const li = m => h('li', {}, h('a', { href: '#/institucion/' + enc(m.code), text: m.name }),
        ` ${fmt(onScale(m.from))} → ${fmt(onScale(m.to))} (`, delta(m.delta), ')');
      frag.push(h('section', { class: 'card', 'aria-labelledby': 'mv-h' }, h('h2', { id: 'mv-h', text: t('movers') }),
        h('h3', { text: t('gains') }), h('ul', {}, mv.gains.map(li)),
        h('h3', { text: t('losses') }), h('ul', {}, mv.losses.map(li))));
    }
    return frag;
  }

  function historyChart(points, name) {
    const labels = points.map(p => p.week);
    const series = [{ name: t('overall'), values: points.map(p => onScale(p.score)) }]
      .concat(colDims().map(d => ({ name: dimLabel(d), values: points.map(p => p.dimensions[d]) })));
    return [Charts.line(series, labels, t('chartOf') + ' ' + t('historyTitle') + ' ' + name + ': ' +
      points.map(p => p.week + ' ' + fmt(onScale(p.score))).join('; '), undefined, SCALE.max), Charts.legend(series)];
  }

  async function institution(code) {
    const hist = await get('/api/v1/institutions/' + enc(code) + '/history' + q());
    const ds = await get('/api/v1/institutions/' + enc(code) + '/datasets' + q());
    useDims(hist.dimensionInfo, hist.ratings || ds.ratings);
    const inst = hist.institution;
    const last = hist.points[hist.points.length - 1];
    const base = '/api/v1/institutions/' + enc(code);
    const out = [h('p', {}, h('a', { href: '#/', text: t('backTo') + ' ' + t('navRanking') })),
      title(inst.name), h('p', {}, h('span', { class: 'badge', text: inst.code }), ' ', label('institutionType', inst.type), ' · ',
        label('sector', inst.sector))];
    if (last) {
      out.push(h('p', { class: 'headline' }, t('overall') + ': ', scoreOf(last.score),
        ` · ${t('rank')} ${last.rank} · ${t('week')} ${last.week}`));
      out.push(P.bandLegend(SCALE, RATINGS));
      out.push(h('section', { class: 'card', 'aria-labelledby': 'hist-h' }, h('h2', { id: 'hist-h', text: t('historyTitle') }),
        historyChart(hist.points, inst.name)));
      out.push(h('h2', { text: t('dimensionsTitle') }), h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, DIMS.map(d => h('th', { scope: 'col', text: dimHead(d) })))),
        h('tbody', {}, h('tr', {}, DIMS.map(d => h('td', {}, P.dimValue(DIM_INFO[d], last.dimensions[d]))))))));
    }
    out.push(h('h2', { text: t('datasetsTitle') + ' (' + ds.datasets.length + ')' }));
    const rows = ds.datasets.slice().sort((a, b) => a.score - b.score).map(d => h('tr', {},
      h('th', { scope: 'row', class: 'l' }, h('a', { href: '#/conjunto/' + d.id, class: 'dataset-link' }, d.title || d.identifier)),
      h('td', {}, scoreOf(d.score, d.rating)), colDims().map(x => h('td', { class: 'dim', text: fmt(d.dimensions[x]) })),
      h('td', { text: d.findings.length })));
    out.push(h('div', { class: 'table-wrap' }, h('table', { id: 'datasets' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'l', text: t('dataset') }), h('th', { scope: 'col', text: P.scoreHead(SCALE) }),
        colDims().map(d => h('th', { scope: 'col', class: 'dim', text: dimHead(d) })), h('th', { scope: 'col', text: t('findings') }))),
      h('tbody', {}, rows))));
    const byRule = new Map();
    for (const d of ds.datasets) for (const f of d.findings) {
      const e = byRule.get(f.rule) || { f, count: 0, datasets: new Set() };
      e.count++; e.datasets.add(d.id); byRule.set(f.rule, e);
    }
    if (byRule.size) {
      const top = [...byRule.values()].sort((a, b) => b.datasets.size - a.datasets.size).slice(0, 8);
      out.push(h('h2', { text: t('topFindings') }), h('ul', { class: 'findings', id: 'top-findings' }, top.map(e =>
        h('li', { class: 'finding', 'data-rule': e.f.rule },
          h('p', {}, h('strong', { text: prose(tx(e.f.message)) }), ' ', h('span', { class: 'badge', text: dimLabel(e.f.dimension) }),
            ' ', h('span', { text: `${e.datasets.size} ${t('datasets').toLowerCase()}` })),
          h('p', { class: 'advice' }, h('strong', { text: t('advice') + ': ' }), tx(e.f.advice))))));
    }
    const owed = await get('/api/v1/plan/institutions/' + enc(code)).catch(() => null);
    if (owed && owed.activities.length) {
      out.push(h('h2', { text: t('planOwed') }), h('ul', { id: 'plan-owed' }, owed.activities.map(a =>
        h('li', { 'data-activity': a.id }, h('a', { href: '/plan.html', text: tx(a.title) }), ' · ',
          `${t('planDue')} ${a.extendedEnd || a.end || '—'}`,
          a.overdue ? h('strong', { class: 'overdue', text: ' · ' + t('planOverdue') }) : ''))));
    }
    out.push(h('h2', { text: t('downloadsTitle') }), h('ul', { class: 'downloads' },
      h('li', {}, h('a', { href: base + '/history.csv' + q(), download: '', text: t('historyCsv') })),
      h('li', {}, h('a', { href: base + '/datasets.csv' + q(), download: '', text: t('datasetsCsv') })),
      h('li', {}, h('a', { href: base + '/findings.csv' + q(), download: '', text: t('findingsCsv') })),
      h('li', {}, t('dqv') + ': ', h('a', { href: base + '/dqv.jsonld' + q(), text: 'JSON-LD' }), ' · ',
        h('a', { href: base + '/dqv.ttl' + q(), text: 'Turtle' }))));
    return out;
  }

  async function methodology() {
    const profile = state.profile || (state.status && state.status.defaultProfile) || 'observatorio';
    const m = await get('/api/v1/methodology/' + enc(profile));
    useDims(m.dimensions);
    const out = [title(t('methodTitle') + ': ' + tx(m.title)), h('p', { text: tx(m.description) }),
      h('p', {}, h('small', { text: `${t('version')} ${m.version} · ${m.hash || ''}` })),
      h('p', {}, h('small', { text: t('source') + ': ' + (m.source || '') }))];
    const w = Object.keys(m.dimensionWeights || {});
    if (w.length) out.push(h('h2', { text: t('weights') }), h('ul', {}, w.map(d => h('li', { text: dimLabel(d) + ': ' + m.dimensionWeights[d] }))));
    if (m.rating && m.rating.length) out.push(h('h2', { text: t('bands') }),
      h('ul', {}, m.rating.map(b => h('li', { text: tx(b.label) + ' ≥ ' + b.min }))));
    out.push(h('h2', { text: t('rules') }));
    for (const d of DIMS) {
      const rs = m.rules.filter(r => r.dimension === d);
      if (!rs.length) continue;
      out.push(h('h3', { text: dimLabel(d) }), h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, ['rule', 'weight', 'rationale', 'advice'].map(k => h('th', { scope: 'col', class: 'l', text: t(k) })))),
        h('tbody', {}, rs.map(r => h('tr', { id: 'rule-' + r.id },
          h('th', { scope: 'row', class: 'l' }, tx(r.title), h('br'), h('small', { text: r.id })),
          h('td', { class: 'l', text: r.weight }), h('td', { class: 'l', text: tx(r.rationale) }),
          h('td', { class: 'l', text: tx(r.advice) })))))));
    }
    return out;
  }

  /* #/conjuntos/<query>: every published dataset, filtered by a plain form (keyboard: Tab, Enter). */
  async function datasetList(query) {
    const p = new URLSearchParams(query || '');
    if (state.profile) p.set('profile', state.profile);
    if (!p.get('size')) p.set('size', '50');
    const [insts, data] = await Promise.all([get('/api/v1/institutions'), get('/api/v1/datasets?' + p)]);
    useDims(data.dimensionInfo, data.ratings);
    const out = [title(t('allDatasetsTitle'))];
    const field = (id, label, input) => h('div', { class: 'field' }, h('label', { for: id, text: label }), input);
    const sel = (id, name, options) => h('select', { id, name }, options.map(([v, l]) =>
      h('option', { value: v, text: l, selected: (p.get(name) || '') === v ? 'selected' : null })));
    const num = (id, name) => h('input', { id, name, type: 'number', min: 0, max: 100, step: 'any', value: p.get(name) || '' });
    const form = h('form', { id: 'dataset-filters', class: 'controls filters', onsubmit: e => {
      e.preventDefault();
      const q = new URLSearchParams();
      for (const [k, v] of new FormData(e.target)) if (String(v).trim() !== '') q.set(k, String(v).trim());
      location.hash = '#/conjuntos/' + q;
    } },
      field('f-q', t('textFilter'), h('input', { id: 'f-q', name: 'q', type: 'search', maxlength: 80, value: p.get('q') || '' })),
      field('f-inst', t('institution'), sel('f-inst', 'institution', [['', t('all')]].concat(
        insts.institutions.map(i => [i.code, i.name])))),
      field('f-dim', t('findingFilter'), sel('f-dim', 'dimension', [['', t('all')]].concat(DIMS.map(d => [d, dimLabel(d)])))),
      field('f-format', t('format'), h('input', { id: 'f-format', name: 'format', maxlength: 40, value: p.get('format') || '' })),
      field('f-min', t('minScore'), num('f-min', 'minScore')), field('f-max', t('maxScore'), num('f-max', 'maxScore')),
      field('f-sort', t('sortBy'), sel('f-sort', 'sort', [['score', t('sortScoreDesc')], ['-score', t('sortScoreAsc')],
        ['name', t('sortName')], ['modified', t('sortModified')]])),
      h('button', { type: 'submit', id: 'apply-filters', text: t('applyFilters') }));
    if (p.get('finding')) form.append(h('input', { type: 'hidden', name: 'finding', value: p.get('finding') }));
    out.push(form);
    const dl = new URLSearchParams(p); dl.delete('page'); dl.delete('size');
    out.push(h('p', {}, h('span', { id: 'dataset-total', text: data.total + ' ' + t('datasets').toLowerCase() }), ' · ',
      h('a', { href: '/api/v1/datasets.csv?' + dl, download: '', id: 'datasets-csv', text: t('downloadCsv') }), ' · ',
      h('a', { href: '/api/v1/datasets?' + p, text: t('downloadJson') })));
    if (!data.datasets.length) { out.push(h('p', { text: t('noResults') })); return out; }
    const names = new Map(insts.institutions.map(i => [i.code, i.name]));
    out.push(h('div', { class: 'table-wrap' }, h('table', { id: 'all-datasets' },
      h('caption', { text: t('allDatasetsTitle') }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'l', text: t('dataset') }),
        h('th', { scope: 'col', class: 'l', text: t('institution') }), h('th', { scope: 'col', text: P.scoreHead(SCALE) }),
        colDims().map(d => h('th', { scope: 'col', class: 'dim', text: dimHead(d) })),
        h('th', { scope: 'col', class: 'l', text: t('format') }), h('th', { scope: 'col', text: t('findings') }))),
      h('tbody', {}, data.datasets.map(d => h('tr', {},
        h('th', { scope: 'row', class: 'l' }, h('a', { href: '#/conjunto/' + d.id, class: 'dataset-link' }, d.title || d.identifier)),
        h('td', { class: 'l' }, h('a', { href: '#/institucion/' + enc(d.institution), text: names.get(d.institution) || d.institution })),
        h('td', {}, scoreOf(d.score, d.rating)), colDims().map(x => h('td', { class: 'dim', text: fmt(d.dimensions[x]) })),
        h('td', { class: 'l', text: d.formats.join(', ') }), h('td', { text: d.findings })))))));
    const pages = Math.max(1, Math.ceil(data.total / data.size));
    const link = (n, label, rel) => { const q = new URLSearchParams(p); q.set('page', n); q.delete('profile');
      return h('a', { href: '#/conjuntos/' + q, rel, text: label }); };
    out.push(h('nav', { class: 'pager', 'aria-label': t('pages') },
      data.page > 1 ? link(data.page - 1, '← ' + t('previous'), 'prev') : null,
      h('span', { text: ` ${t('page')} ${data.page} / ${pages} ` }),
      data.page < pages ? link(data.page + 1, t('next') + ' →', 'next') : null));
    return out;
  }

  async function downloads() {
    return [title(t('downloadsTitle')), h('ul', { class: 'downloads' },
      h('li', {}, h('a', { href: '/api/v1/rankings.csv' + q(), download: '', text: t('rankingCsv') })),
      h('li', {}, h('a', { href: '/api/v1/rankings' + q(), text: t('rankingJson') })),
      h('li', {}, h('a', { href: '/api/v1/averages' + q(), text: t('averagesJson') })),
      h('li', {}, h('a', { href: '/api/v1/datasets.csv' + q(), download: '', text: t('allDatasetsCsv') })),
      h('li', {}, h('a', { href: '/api/v1/maturity.csv', download: '', text: t('maturityCsv') })),
      h('li', {}, h('a', { href: '/api/v1/maturity', text: t('maturityJson') })),
      h('li', {}, h('a', { href: '/api/v1/maturity/model', text: t('maturityModelJson') })),
      h('li', {}, h('a', { href: '/api/openapi.yaml', text: t('apiDoc') }))), h('p', { text: t('perInstitution') })];
  }

  /* The profile named in the hash (?profile=ID), if the server knows it; the default profile is left out of links. */
  function profileFromHash() {
    const qs = (location.hash.split('?')[1] || '');
    const p = new URLSearchParams(qs).get('profile');
    const known = state.status ? state.status.profiles : [];
    state.profile = p && p !== (state.status && state.status.defaultProfile) && (!known.length || known.includes(p)) ? p : null;
  }

  /* A table that scrolls inside its box can be reached and scrolled with the keyboard. */
  function scrollBoxes(root) {
    root.querySelectorAll('.table-wrap').forEach(w => {
      if (w.scrollWidth > w.clientWidth + 1) { w.setAttribute('tabindex', '0'); w.setAttribute('role', 'region');
        const c = w.querySelector('caption'); w.setAttribute('aria-label', c ? c.textContent : t('scrollTable')); }
    });
  }

  async function route() {
    profileFromHash();
    const parts = location.hash.replace(/^#\/?/, '').split('?')[0].split('/').map(decodeURIComponent);
    let view;
    switch (parts[0]) {
      case 'semana': view = ranking(parts[1]); break;
      case 'institucion': view = institution(parts[1]); break;
      case 'conjunto': view = dataset(parts[1], useDims, historyChart); break;
      case 'metodologia': view = methodology(); break;
      case 'descargas': view = downloads(); break;
      case 'buscar': view = searchView(parts.slice(1).join('/')); break;
      case 'conjuntos': view = datasetList(parts.slice(1).join('/')); break;
      case 'articulo-10': view = laip(parts[1]); break;
      case 'plan': view = plan(); break;
      case 'madurez': view = parts[1] ? maturityInstitution(parts[1]) : maturityTable(); break;
      case 'madurez-metodologia': view = maturityMethodology(); break;
      default: view = ranking(null);
    }
    try {
      const nodes = await view;
      app.replaceChildren(...nodes.filter(n => n));
      document.querySelectorAll('a[href^="#/"]').forEach(a => a.setAttribute('href', withProfile(a.getAttribute('href'))));
      scrollBoxes(app);
    } catch (e) {
      app.replaceChildren(h('h1', { text: e && e.status === 404 ? t('notFound') : t('loadError') }),
        h('p', { text: problemText(e) }));
    }
    app.dataset.ready = location.hash || '#/';
  }

  document.getElementById('lang-toggle').addEventListener('click', () => {
    state.lang = state.lang === 'es' ? 'en' : 'es';
    localStorage.setItem('lang', state.lang);
    applyStatic();
    route();
  });
  document.getElementById('search').addEventListener('submit', e => {
    e.preventDefault();
    const v = document.getElementById('q').value.trim();
    if (v.length >= 2) location.hash = withProfile('#/buscar/' + enc(v));
  });
  initSearch();
  /* After a person follows a link, focus goes to the new view's heading (read out, not framed); a control that
     redrew the view (profile, filters) keeps it. Opening a page by its URL moves no focus. */
  window.addEventListener('hashchange', () => {
    const keep = keepFocus;
    keepFocus = null;
    route().then(() => {
      const el = keep && document.getElementById(keep);
      const target = el || app.querySelector('h1');
      if (target) target.focus({ preventScroll: !!el });
    });
  });
  applyStatic();
  /* The status and the label catalog, asked at once, before the first view. */
  Promise.all([get('/api/v1/status').then(s => { state.status = s; applyStatic(); }, () => {}),
    get('/api/v1/labels').then(useLabels, () => {})]).then(route);
})();
