/* #/madurez (national table and chart), #/madurez/CODE (an institution: chart per dimension, criteria with
   evidence, key datasets, answers, history) and #/madurez-metodologia (the methodology generated from the model
   file served by /api/v1/maturity/model, in Spanish and English). */
import { h, enc } from './dom.js';
import * as Charts from './charts.js';
import { t, tx, fmt, get, title, label } from './ui.js';
import { words } from './words.js';

const level = (n, label) => h('span', { class: 'lvl', title: tx(label) }, String(n));
const yesNo = b => h('span', { class: b ? 'met-yes' : 'met-no', text: b ? '✔ ' + t('yes') : '✘ ' + t('no') });
const link = u => /^https?:\/\//i.test(u) || u.startsWith('/') ? h('a', { href: u, text: u }) : h('span', { text: u });

export async function maturityTable() {
  const [m, model] = await Promise.all([get('/api/v1/maturity'), get('/api/v1/maturity/model')]);
  const insts = await get('/api/v1/institutions');
  const names = new Map(insts.institutions.map(i => [i.code, i.name]));
  const dims = model.dimensions;
  const out = [title(t('maturityTitle')),
    h('p', {}, `${t('quarter')} ${m.quarter} · ${t('model')} ${tx(model.title)} ${m.model.version}`, ' · ',
      h('small', { text: m.model.hash || '' })),
    h('p', {}, h('a', { href: '#/madurez-metodologia', text: t('maturityMethodLink') }), ' · ',
      h('a', { href: '/api/v1/maturity.csv', download: '', text: t('downloadCsv') }))];
  const rows = m.institutions;
  out.push(h('section', { class: 'card' }, Charts.bars(rows.map(r => r.level), rows.map(r => names.get(r.institution) || r.institution),
    5, t('chartOf') + ' ' + t('maturityTitle') + ': ' + rows.map(r => r.institution + ' ' + r.level).join('; '))));
  out.push(h('div', { class: 'table-wrap' }, h('table', { id: 'maturity-table' },
    h('caption', { text: t('maturityTitle') + ' ' + m.quarter }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t('rank') }), h('th', { scope: 'col', class: 'l', text: t('institution') }),
      h('th', { scope: 'col', text: t('level') }), dims.map(d => h('th', { scope: 'col', class: 'dim', text: tx(d.label) })),
      h('th', { scope: 'col', text: t('criteriaMet') }), h('th', { scope: 'col', text: t('change') }))),
    h('tbody', {}, rows.map(r => h('tr', {}, h('td', { text: r.rank }),
      h('th', { scope: 'row', class: 'l' }, h('a', { href: '#/madurez/' + enc(r.institution), class: 'maturity-link',
        text: names.get(r.institution) || r.institution })),
      h('td', {}, level(r.level, r.levelLabel), ' ', tx(r.levelLabel)),
      dims.map(d => h('td', { class: 'dim', text: r.dimensions[d.id] })),
      h('td', { text: fmt(r.metPercent) + ' %' }),
      h('td', { text: r.change === null || r.change === undefined ? '–' : (r.change > 0 ? '+' : '') + r.change })))))));
  return out;
}

export async function maturityInstitution(code) {
  const [r, hist, answers] = await Promise.all([get('/api/v1/institutions/' + enc(code) + '/maturity'),
    get('/api/v1/institutions/' + enc(code) + '/maturity/history'),
    get('/api/v1/institutions/' + enc(code) + '/maturity/answers')]);
  const out = [h('p', {}, h('a', { href: '#/madurez', text: t('backTo') + ' ' + t('maturityTitle') })),
    title(t('maturityTitle') + ': ' + code),
    h('p', {}, t('level') + ' ', level(r.level, r.levelLabel), ' ', tx(r.levelLabel),
      ` · ${t('criteriaMet')} ${fmt(r.metPercent)} % · ${t('quarter')} ${r.quarter} · ${t('model')} ${r.model.version}`)];
  out.push(h('section', { class: 'card' }, Charts.bars(r.dimensions.map(d => d.level), r.dimensions.map(d => tx(d.label)), 5,
    t('chartOf') + ' ' + t('level') + ' ' + code + ': ' + r.dimensions.map(d => tx(d.label) + ' ' + d.level).join('; '))));
  if (hist.history.length > 1) out.push(h('h2', { text: t('maturityHistory') }), h('ul', {}, hist.history.map(q =>
    h('li', { text: `${q.quarter}: ${t('level')} ${q.level} (${fmt(q.metPercent)} %)` }))));
  for (const d of r.dimensions) {
    const cs = r.criteria.filter(c => c.dimension === d.id);
    out.push(h('h2', {}, tx(d.label), ' ', level(d.level, d.levelLabel)), h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['level', 'criteria', 'met', 'status', 'observed', 'evidence'].map(k =>
        h('th', { scope: 'col', class: 'l', text: t(k) })))),
      h('tbody', {}, cs.map(c => h('tr', { id: 'criterion-' + c.id }, h('td', { class: 'l', text: c.level }),
        h('th', { scope: 'row', class: 'l' }, tx(c.title), h('br'), h('small', { text: c.id })),
        h('td', { class: 'l' }, yesNo(c.met)), h('td', { class: 'l', text: tx(c.statusLabel) }),
        h('td', { class: 'l' }, words(tx(c.observed)), h('br'), h('small', { text: t('expected') + ': ' + words(tx(c.expected)) })),
        h('td', { class: 'l' }, c.evidence.map(u => h('div', {}, link(u))))))))));
  }
  const kd = k => h('li', {}, tx(k.label), k.duty ? h('small', { text: ' (' + t('duty') + ')' }) : null,
    k.datasets.length ? h('ul', {}, k.datasets.map(d => h('li', {}, h('a', { href: '#/conjunto/' + enc(d.id), text: d.title })))) : null);
  out.push(h('h2', { text: t('keyFound') }), h('ul', {}, r.keyDatasets.found.map(kd)),
    h('h2', { text: t('keyMissing') }), h('ul', {}, r.keyDatasets.missing.map(kd)));
  if (answers.answers.length) out.push(h('h2', { text: t('criteria') + ' · ' + t('status') }), h('ul', {},
    answers.answers.map(a => h('li', {}, h('strong', { text: a.criterion }), ': ', tx(a.stateLabel),
      a.reason ? ' — ' + a.reason : '', ' · ', link(a.evidenceUrl)))));
  return out;
}

export async function maturityMethodology() {
  const m = await get('/api/v1/maturity/model');
  const sources = new Map(m.sources.map(s => [s.id, s]));
  const out = [title(t('maturityMethodTitle')), h('p', { text: tx(m.description) }),
    h('p', {}, h('small', { text: `${m.id} · ${t('version')} ${m.version} · ${m.hash}` })),
    h('p', { text: t('howLevels') }),
    h('h2', { text: t('levels') }), h('ol', {}, m.levels.map(l => h('li', {}, h('strong', { text: tx(l.label) }), ': ', tx(l.description)))),
    h('h2', { text: t('source') }), h('ul', {}, m.sources.map(s => h('li', {}, tx(s.label), s.citation ? ' — ' + s.citation : '')))];
  for (const d of m.dimensions) {
    out.push(h('h2', { id: 'dim-' + d.id, text: tx(d.label) }), h('p', { text: tx(d.description) }));
    out.push(h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['level', 'criteria', 'rationale', 'kind', 'source'].map(k => h('th', { scope: 'col', class: 'l', text: t(k) })))),
      h('tbody', {}, m.criteria.filter(c => c.dimension === d.id).map(c => h('tr', { id: 'm-' + c.id },
        h('td', { class: 'l', text: c.level }),
        h('th', { scope: 'row', class: 'l' }, tx(c.title), h('br'), h('small', { text: c.id + (c.check ? ' · ' + c.check + ' ' + JSON.stringify(c.params) : '') }),
          c.question ? h('div', {}, h('small', { text: t('question') + ': ' + tx(c.question) + ' · ' + t('validity') + ': ' + c.validityMonths })) : null),
        h('td', { class: 'l', text: tx(c.rationale) }), h('td', { class: 'l', text: tx(c.kindLabel) }),
        h('td', { class: 'l', text: c.sources.map(s => sources.has(s) ? tx(sources.get(s).label) : s).join('; ') })))))));
  }
  out.push(h('h2', { text: t('keyFound').replace(/ encontrados| found/, '') }), h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, ['dataset', 'appliesTo', 'terms', 'source'].map(k => h('th', { scope: 'col', class: 'l', text: t(k) })))),
    h('tbody', {}, m.keyDatasets.map(k => h('tr', {},
      h('th', { scope: 'row', class: 'l' }, tx(k.label), k.duty ? h('small', { text: ' (' + t('duty') + ')' }) : null,
        k.variables.length ? h('div', {}, h('small', { text: t('variables') + ': ' + k.variables.join(', ') })) : null),
      h('td', { class: 'l', text: [].concat(k.institutions, k.types.map(x => label('institutionType', x)),
        k.sectors.map(x => label('sector', x))).join(', ') || t('all') }),
      h('td', { class: 'l', text: k.terms.join(', ') }),
      h('td', { class: 'l', text: (sources.has(k.source) ? tx(sources.get(k.source).label) : k.source) + (k.citation ? ' — ' + k.citation : '') })))))));
  return out;
}
