/* #/articulo-10[/MONTH]: Article 10 of Decree 57-2008 — the monthly ranking of every registered institution by the
   share of the 29 numerals published and current (those not yet checked shown as such, never dropped), the change
   since the previous month, and one institution's numerals with their evidence and month by month. */
import { h, enc } from './dom.js';
import { t, tx, get, title, when, label as name } from './ui.js';

const pct = v => Number(v).toFixed(1) + ' %';
const STATUS_MARK = { current: '●', stale: '◐', broken: '✗', 'not-found': '○', 'not-verifiable': '?' };

function change(v) {
  if (v === null || v === undefined) return h('span', { text: '–', title: t('laipNoPrevious') });
  const word = v > 0 ? t('up') : v < 0 ? t('down') : t('same');
  return h('span', { class: v > 0 ? 'up' : v < 0 ? 'down' : '', title: word },
    h('span', { 'aria-hidden': 'true', text: v > 0 ? '▲ ' : v < 0 ? '▼ ' : '' }), (v > 0 ? '+' : '') + v.toFixed(1),
    h('span', { class: 'sr-only', text: ' ' + word }));
}

export async function laip(month) {
  const months = (await get('/api/v1/laip/months')).months;
  const chosen = month || months[months.length - 1] || null;
  const data = await get('/api/v1/laip/ranking' + (chosen ? '?month=' + enc(chosen) : ''));
  const detail = h('section', { id: 'detail', class: 'card', hidden: 'hidden', 'aria-live': 'polite' });
  const out = [title(t('laipTitle')), h('p', { text: t('laipIntro') }),
    h('div', { class: 'controls' }, h('label', { for: 'month', text: t('month') }),
      h('select', { id: 'month', onchange: e => { location.hash = '#/articulo-10/' + enc(e.target.value); } },
        months.slice().reverse().map(m => h('option', { value: m, text: when(m), selected: m === data.month ? 'selected' : null }))))];
  const cols = [['#', ''], [t('institution'), 'l'], [t('laipCurrent'), ''], [t('laipChange'), ''], [t('laipPublished'), 'dim'],
    [t('laipStale'), 'dim'], [t('laipBroken'), 'dim'], [t('laipNotFound'), 'dim'], [t('laipNotVerifiable'), 'dim'],
    [t('laipReport'), 'l']];
  const cell = (i, attrs, ...kids) => h('td', { ...attrs, 'data-label': cols[i][0] }, ...kids);
  const rows = data.institutions.map(r => {
    const report = '/api/v1/laip/institutions/' + enc(r.institution) + '/report.';
    return h('tr', { 'data-institution': r.institution }, cell(0, { text: r.rank }),
      h('th', { scope: 'row', class: 'l' }, h('button', { type: 'button', class: 'link', 'data-code': r.institution,
        onclick: () => showDetail(detail, r.institution, r.name, data.month) }, r.name || r.institution)),
      cell(2, { class: 'score', text: pct(r.compliancePercent) }), cell(3, {}, change(r.change)),
      cell(4, { class: 'dim', text: pct(r.publishedPercent) }),
      cell(5, { class: 'dim', text: r.counts.stale }), cell(6, { class: 'dim', text: r.counts.broken }),
      cell(7, { class: 'dim', text: r.counts.notFound }), cell(8, { class: 'dim', text: r.counts.notVerifiable ?? 0 }),
      cell(9, { class: 'l' }, h('a', { href: report + 'html?month=' + enc(data.month), text: 'HTML' }), ' · ',
        h('a', { href: report + 'csv?month=' + enc(data.month), text: 'CSV' })));
  });
  const unchecked = (data.notChecked || []).map(r => h('tr', { class: 'not-checked', 'data-institution': r.institution },
    cell(0, { text: '–' }), h('th', { scope: 'row', class: 'l', text: r.name || r.institution }),
    h('td', { colspan: 8, class: 'l', text: t('laipNotYetChecked') })));
  out.push(h('div', { class: 'table-wrap' }, h('table', { id: 'laip-ranking', class: 'cards' },
    h('caption', { text: t('laipCaption') + (data.month ? ', ' + when(data.month) : '') }),
    h('thead', {}, h('tr', {}, cols.map(([c, cls]) => h('th', { scope: 'col', class: cls || null, text: c })))),
    h('tbody', { id: 'rows' }, rows.length || unchecked.length ? rows.concat(unchecked)
      : h('tr', {}, h('td', { colspan: 10, class: 'l', text: t('laipNoChecks') }))))));
  out.push(h('p', {}, h('small', { text: `${rows.length} ${t('laipChecked')} · ${unchecked.length} ${t('laipNotYetCheckedCount')}` +
    (data.previousMonth ? ' · ' + t('laipChangeSince') + ' ' + when(data.previousMonth) : '') })));
  out.push(detail, h('p', {}, h('small', { text: t('laipCurrentRule') })), h('p', {}, h('small', { text: t('laipNotVerifiableRule') })));
  out.push(lawText(await get('/api/v1/laip/numerals')));
  return out;
}

/* The law's wording of each numeral, quoted with its source and the day it was read; "not found" otherwise. */
function lawText(d) {
  const source = (url, read) => h('small', { class: 'source' }, ' (', t('laipSource') + ': ',
    h('a', { href: url, rel: 'nofollow noopener', text: new URL(url).host }),
    read ? `, ${t('laipRead')} ${read}` : `, ${t('laipReadUnknown')}`, ')');
  return h('section', { id: 'law-text', class: 'card' }, h('h2', { text: t('laipLawText') }),
    h('p', {}, h('q', { text: d.article.text }), source(d.article.source, d.article.read)),
    h('ol', { id: 'law-numerals' }, d.numerals.map(n => h('li', { 'data-numeral': n.numeral, class: n.textStatus },
      h('strong', { text: n.label + ': ' }),
      n.textStatus === 'unknown' ? h('em', { text: t('laipTextUnknown') })
        : [h('q', { text: n.text }), n.textStatus === 'heading-only' ? h('em', { text: ' ' + t('laipHeadingOnly') }) : null,
          source(n.source, n.read)]))));
}

async function showDetail(section, code, name, month) {
  const [c, m] = await Promise.all([get('/api/v1/laip/institutions/' + enc(code) + '?month=' + enc(month)),
    get('/api/v1/laip/institutions/' + enc(code) + '/matrix').catch(() => null)]);
  const head = ['#', t('laipNumeral'), t('laipStatus'), t('laipLatest'), t('evidence')];
  section.replaceChildren(h('h2', { id: 'detail-title', tabindex: '-1',
    text: `${name || code} — ${when(month)} — ${c.compliancePercent.toFixed(1)} %` }),
  h('p', {}, h('small', {}, t('laipPortal') + ': ', /^https?:/.test(c.portal || '') ? h('a', { href: c.portal, rel: 'nofollow noopener', class: 'url', text: c.portal }) : c.portal)),
  h('div', { class: 'table-wrap' }, h('table', { class: 'cards' },
    h('thead', {}, h('tr', {}, head.map(x => h('th', { scope: 'col', class: 'l', text: x })))),
    h('tbody', { id: 'numerals' }, c.numerals.map(numeral)))),
  m && m.months.length ? matrix(m) : null);
  section.hidden = false;
  section.querySelector('h2').focus();
}

/* The 29 numerals (rows) by month checked (columns): each cell the status, drawn and named. */
function matrix(m) {
  const label = s => name('laipStatus', s);
  return h('section', { 'aria-labelledby': 'matrix-h' }, h('h3', { id: 'matrix-h', text: t('laipMatrix') }),
    h('div', { class: 'table-wrap' }, h('table', { id: 'laip-matrix', class: 'matrix' },
      h('caption', { text: t('laipMatrix') }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'l', text: t('laipNumeral') }),
        m.months.map(x => h('th', { scope: 'col', 'data-month': x, text: when(x) })))),
      h('tbody', {}, m.numerals.map(n => h('tr', { 'data-numeral': n.numeral },
        h('th', { scope: 'row', class: 'l' }, n.numeral + '. ', h('small', { text: n.label || '' })),
        m.months.map(x => { const s = n.statuses[x];
          return h('td', { class: s || 'none', 'data-month': x }, s ? [h('span', { 'aria-hidden': 'true', text: (STATUS_MARK[s] || '') + ' ' }), label(s)] : '–'); })))))),
    h('p', {}, h('small', { text: Object.keys(STATUS_MARK).map(s => STATUS_MARK[s] + ' ' + label(s)).join(' · ') })));
}

function numeral(n) {
  const unverifiable = n.unverifiable || [];
  const evidence = n.evidence.filter(u => !unverifiable.some(x => x.url === u)).slice(0, 2);
  return h('tr', { class: n.status },
    h('td', { 'data-label': '#', text: n.numeral }), h('td', { class: 'l', text: n.label }),
    h('td', { class: 'l', 'data-label': t('laipStatus'), text: tx(n.statusLabel) }),
    h('td', { class: 'l', 'data-label': t('laipLatest'), text: n.latestDate ? when(n.latestDate) : '—' }),
    h('td', { class: 'l', 'data-label': t('evidence') },
      unverifiable.slice(0, 2).map(u => h('div', { text: tx(u.reasonLabel) + ': ' + u.url })),
      evidence.map(u => h('div', {}, h('a', { href: u, rel: 'nofollow noopener', text: fileName(u) }))),
      n.brokenLinks.slice(0, 2).map(u => h('div', { text: t('laipBrokenLink') + ': ' + u }))));
}

function fileName(u) {
  const last = u.split('/').pop() || u;
  try { return decodeURIComponent(last); } catch (e) { return last; }
}
