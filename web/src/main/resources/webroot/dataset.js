/* #/conjunto/ID: one dataset for the publisher who must fix it — a "how to fix" summary first (one line per cause,
   with every rule it costs), then each distribution (declared and sniffed format, media type, probe outcome, size,
   link) with its own causes, then the dataset's metadata causes, its history and downloads. */
import { h, enc } from './dom.js';
import { state, t, tx, fmt, get, fresh, title, time, bytes, withProfile, label } from './ui.js';
import { words, prose, periodicity } from './words.js';
import * as Charts from './charts.js';
import * as P from './profile.js';
import { ladder } from './stars.js';

const DIST = /^distributions\[(\d+)\]/;

/** Findings grouped by cause: the same evidence path (e.g. distributions[1].format) is one cause, whatever the rules. */
export function causes(findings, rules) {
  const lost = new Map((rules || []).map(r => [r.id, Math.max(0, (r.maxPoints || 0) - (r.points || 0))]));
  const by = new Map();
  for (const f of findings) {
    const key = f.evidence || 'rule:' + f.rule;
    const c = by.get(key) || { key, evidence: f.evidence, findings: [], rules: [], lost: 0,
      dist: f.evidence && DIST.test(f.evidence) ? Number(DIST.exec(f.evidence)[1]) : null };
    c.findings.push(f);
    if (!c.rules.includes(f.rule)) { c.rules.push(f.rule); c.lost += lost.get(f.rule) || 0; }
    by.set(key, c);
  }
  const rank = { critical: 0, error: 1, warning: 2, info: 3 };
  const worst = c => Math.min(...c.findings.map(f => rank[f.severity] ?? 4));
  return [...by.values()].sort((a, b) => worst(a) - worst(b) || b.lost - a.lost || b.rules.length - a.rules.length);
}

const path = ev => (ev || '').replace(DIST, '').replace(/^\./, '').replace(/^dataset\./, '') || null;
/* An evidence path's field by its name (distributions[1].downloadUrl: "URL de descarga"); other paths as given. */
const field = ev => { const p = path(ev); if (!p) return null;
  const l = label('field', p); return l.endsWith(t('unlabelled')) ? p : l; };

function target(c, dists) {
  if (c.dist === null) return c.evidence ? t('datasetField') + ' ' + field(c.evidence) : t('datasetWhole');
  const d = dists[c.dist];
  const name = d && d.title ? d.title : t('distribution') + ' ' + (c.dist + 1);
  return name + (field(c.evidence) ? ' — ' + field(c.evidence) : '');
}

function cause(c, dists, ruleTitle, scale) {
  const advice = [...new Set(c.findings.map(f => tx(f.advice)).filter(Boolean))];
  const sev = c.findings.some(f => f.severity === 'error' || f.severity === 'critical') ? 'error' : c.findings[0].severity;
  return h('li', { class: 'finding cause sev-' + sev, 'data-rule': c.rules[0], 'data-rules': c.rules.join(' '),
    'data-evidence': c.evidence || '' },
    h('p', {}, h('strong', { text: target(c, dists) })),
    h('ul', { class: 'cause-findings' }, c.findings.map(f => h('li', {}, prose(tx(f.message)),
      f.observed ? h('small', { class: 'observed', title: f.observed, text: ' · ' + t('observed') + ': ' + words(f.observed) }) : null,
      f.expected ? h('small', { title: f.expected, text: ' · ' + t('expected') + ': ' + words(f.expected) }) : null))),
    h('p', { class: 'advice' }, h('strong', { text: t('advice') + ': ' }), advice.join(' ')),
    h('p', { class: 'costs' }, h('small', {}, t('costsRules') + ': ',
      c.rules.flatMap((r, i) => [i ? ', ' : '', h('span', { class: 'rule', title: r, text: ruleTitle(r) })]),
      scale.kind === 'points' && c.lost ? ` (${t('upTo')} ${Math.round(c.lost)} ${t('points')})` : '')));
}

/* A rating band's name: the profile's own, else the catalog's. */
const ratingLabel = (ratings, id) => { const r = (ratings || []).find(x => x.id === id); return r ? tx(r.label) : label('rating', id); };

function probeText(p) {
  if (!p) return t('probe-none');
  return label('probeOutcome', p.outcome) + (p.httpStatus ? ' (HTTP ' + p.httpStatus + ')' : '');
}

function distribution(d, own, dists, ruleTitle, scale) {
  const p = d.probe;
  const url = d.downloadUrl || d.accessUrl;
  const kv = h('dl', { class: 'kv' });
  const add = (k, v) => { if (v !== null && v !== undefined && v !== '') kv.append(h('dt', { text: t(k) }), h('dd', {}, v)); };
  add('formatDeclared', d.format || t('notDeclared'));
  add('formatSniffed', p ? p.format || t('unknown') : t('probe-none'));
  add('mediaType', d.mediaType || t('notDeclared'));
  if (p && p.sniffedContentType) add('mediaTypeServed', p.sniffedContentType);
  add('probeOutcome', h('span', { class: p && p.reachable ? 'result ok' : 'result problem', text: probeText(p) }));
  if (p && p.checkedAt) add('checkedAt', time(p.checkedAt, true));
  add('size', d.byteSize ? bytes(d.byteSize) : p && p.contentLength ? bytes(p.contentLength) + ' (' + t('served') + ')' : t('notDeclared'));
  if (d.license) add('license', d.license);
  if (url && /^https?:/i.test(url)) add('link', h('a', { href: url, rel: 'nofollow noopener', class: 'url', text: url }));
  const s = scale.kind === 'stars' && d.stars ? d.stars : null;
  return h('li', { class: 'card distribution', id: 'dist-' + d.index, 'data-index': d.index },
    h('h3', {}, (d.index + 1) + '. ' + (d.title || t('distribution') + ' ' + (d.index + 1)),
      s ? [' ', P.stars(s.count, scale.max)] : null),
    kv, s ? ladder(s) : null,
    own.length ? h('ul', { class: 'findings' }, own.map(c => cause(c, dists, ruleTitle, scale)))
      : h('p', { class: 'result ok', text: t('noFindingsHere') }));
}

/* A rule waived by an accepted contest (right of reply): the institution's reason, its evidence, the points restored. */
function waivedItem(w) {
  const dl = h('dl', {}, h('dt', { text: t('contestReason') }), h('dd', { text: w.reason }));
  if (w.evidenceUrl && /^https?:/.test(w.evidenceUrl)) dl.append(h('dt', { text: t('evidence') }),
    h('dd', {}, h('a', { href: w.evidenceUrl, rel: 'nofollow noopener', class: 'url', text: w.evidenceUrl })));
  return h('li', { class: 'finding waived', 'data-rule': w.rule },
    h('p', {}, h('strong', { text: tx(w.label) }), ' · ' + t('rule') + ': ' + w.rule + ' · +' + fmt(w.restoredPoints)
      + ' ' + t('restored')), dl);
}

function contestItem(c) {
  return h('li', { 'data-contest': c.id }, h('strong', { text: tx(c.stateLabel) }),
    ' · ' + t('rule') + ': ' + c.rule + ' · ' + t('contestReason') + ': ' + c.reason
    + (c.decisionReason ? ' · ' + t('decisionReason') + ': ' + c.decisionReason : ''));
}

/* Moves the reader (who asked for it) to a section of the page; the hash stays the route. */
function jump(id) {
  const e = document.getElementById(id);
  if (!e) return;
  if (!e.hasAttribute('tabindex')) e.setAttribute('tabindex', '-1');
  e.scrollIntoView({ block: 'start' });
  e.focus({ preventScroll: true });
}

export async function dataset(id, useDims, historyChart) {
  const profile = state.profile || (state.status && state.status.defaultProfile) || 'observatorio';
  const [data, hist, method, contests] = await Promise.all([get('/api/v1/datasets/' + enc(id) + (state.profile ? '?profile=' + enc(profile) : '')),
    get('/api/v1/datasets/' + enc(id) + '/history' + (state.profile ? '?profile=' + enc(profile) : '')),
    get('/api/v1/methodology/' + enc(profile)).catch(() => ({ rules: [] })),
    fresh('/api/v1/datasets/' + enc(id) + '/contests').catch(() => ({ contests: [] }))]);
  const d = data.dataset, inst = data.institution;
  useDims(data.dimensionInfo);
  const scale = P.scaleOf(data.dimensionInfo);
  const titles = new Map((method.rules || []).map(r => [r.id, tx(r.title) || r.id]));
  const ruleTitle = r => titles.get(r) || r;
  const dists = (d.distributionList || []).map((x, i) => ({ ...x, index: x.index ?? i }));
  const all = causes(d.findings, d.rules);
  const out = [];
  if (inst) out.push(h('p', {}, h('a', { href: withProfile('#/institucion/' + enc(inst.code)), text: t('backTo') + ' ' + inst.name })));
  out.push(title(d.title || d.identifier));
  out.push(h('p', { class: 'headline' }, t('score') + ': ', P.score(scale, data.ratings, d.score, d.rating),
    d.rating && scale.kind === 'percent' ? ' · ' + t('rating') + ': ' + ratingLabel(data.ratings, d.rating) : '',
    ' · ' + dists.length + ' ' + t('distributions').toLowerCase(), ' · ' + d.findings.length + ' ' + t('findings').toLowerCase()));
  out.push(h('section', { class: 'card fix', id: 'how-to-fix', 'aria-labelledby': 'fix-h' }, h('h2', { id: 'fix-h', text: t('howToFix') }),
    all.length ? h('ol', { id: 'fix-list' }, all.slice(0, 8).map(c => h('li', { 'data-rules': c.rules.join(' ') },
      h('button', { type: 'button', class: 'link jump', text: target(c, dists), onclick: () => jump(c.dist === null ? 'dataset-causes' : 'dist-' + c.dist) }), ': ', [...new Set(c.findings.map(f => tx(f.advice)))][0] || prose(tx(c.findings[0].message)),
      h('small', { text: ` (${c.rules.length} ${t(c.rules.length === 1 ? 'ruleOne' : 'ruleMany')}` +
        (scale.kind === 'points' && c.lost ? `, ${t('upTo')} ${Math.round(c.lost)} ${t('points')}` : '') + ')' }))))
      : h('p', { text: t('noFindings') }),
    all.length > 8 ? h('p', {}, h('small', { text: t('moreCauses').replace('{n}', all.length - 8) })) : null));
  const meta = h('dl', { class: 'card kv' });
  for (const [k, v] of [['description', d.description], ['publisher', d.publisher], ['license', d.license],
    ['modified', d.modified ? time(d.modified) : null], ['issued', d.issued ? time(d.issued) : null],
    ['periodicity', d.accrualPeriodicity ? periodicity(d.accrualPeriodicity) : null], ['scoredAt', d.scoredAt ? time(d.scoredAt, true) : null]]) {
    if (v !== null && v !== undefined && v !== '') meta.append(h('dt', { text: t(k) }), h('dd', {}, v));
  }
  if (d.landingPage && /^https?:/.test(d.landingPage)) meta.append(h('dt', { text: t('landingPage') }),
    h('dd', {}, h('a', { href: d.landingPage, rel: 'nofollow noopener', class: 'url', text: d.landingPage })));
  out.push(meta);
  out.push(h('h2', { id: 'dists-h', text: t('distributions') + ' (' + dists.length + ')' }));
  out.push(dists.length ? h('ul', { class: 'distributions', id: 'distributions' },
    dists.map(x => distribution(x, all.filter(c => c.dist === x.index), dists, ruleTitle, scale)))
    : h('p', { text: t('noDistributions') }));
  const own = all.filter(c => c.dist === null || c.dist >= dists.length);
  out.push(h('h2', { id: 'dataset-causes', text: t('datasetCauses') + ' (' + own.length + ')' }));
  out.push(own.length ? h('ul', { class: 'findings', id: 'findings' }, own.map(c => cause(c, dists, ruleTitle, scale)))
    : h('p', { text: t('noFindingsHere') }));
  if (d.waived && d.waived.length) out.push(h('h2', { text: t('waivedTitle') }),
    h('ul', { class: 'findings', id: 'waived' }, d.waived.map(waivedItem)));
  if (contests.contests.length) out.push(h('h2', { text: t('contestsTitle') }),
    h('ul', { id: 'contests' }, contests.contests.map(contestItem)));
  if (hist.points.length) {
    out.push(h('section', { class: 'card', 'aria-labelledby': 'dh-h' }, h('h2', { id: 'dh-h', text: t('historyTitle') }),
      historyChart(hist.points, d.title || d.identifier, scale)));
  }
  const base = '/api/v1/datasets/' + enc(id);
  const q = state.profile ? '?profile=' + enc(profile) : '';
  out.push(h('ul', { class: 'downloads' },
    h('li', {}, h('a', { href: base + '/history.csv' + q, download: '', text: t('historyCsv') })),
    h('li', {}, t('dqv') + ': ', h('a', { href: base + '/dqv.jsonld' + q, text: 'JSON-LD' }), ' · ',
      h('a', { href: base + '/dqv.ttl' + q, text: 'Turtle' }))));
  return out;
}

