/* #/articulo-10[/MONTH]: Article 10 of Decree 57-2008 — the monthly ranking of institutions by the share of the
   29 numerals published and current, and one institution's numerals with their evidence. */
import { h, enc } from './dom.js';
import { t, tx, get, title } from './ui.js';

const pct = v => Number(v).toFixed(1) + ' %';

export async function laip(month) {
  const months = (await get('/api/v1/laip/months')).months;
  const chosen = month || months[months.length - 1] || null;
  const data = await get('/api/v1/laip/ranking' + (chosen ? '?month=' + enc(chosen) : ''));
  const detail = h('section', { id: 'detail', class: 'card', hidden: 'hidden', 'aria-live': 'polite' });
  const out = [title(t('laipTitle')), h('p', { text: t('laipIntro') }),
    h('div', { class: 'controls' }, h('label', { for: 'month', text: t('month') }),
      h('select', { id: 'month', onchange: e => { location.hash = '#/articulo-10/' + enc(e.target.value); } },
        months.slice().reverse().map(m => h('option', { value: m, text: m, selected: m === data.month ? 'selected' : null }))))];
  const cols = [['#', ''], [t('institution'), 'l'], [t('laipCurrent'), ''], [t('laipPublished'), 'dim'],
    [t('laipStale'), 'dim'], [t('laipBroken'), 'dim'], [t('laipNotFound'), 'dim'], [t('laipNotVerifiable'), 'dim'],
    [t('laipReport'), 'l']];
  const rows = data.institutions.map(r => {
    const report = '/api/v1/laip/institutions/' + enc(r.institution) + '/report.';
    return h('tr', {}, h('td', { text: r.rank }),
      h('td', { class: 'l' }, h('button', { type: 'button', class: 'link', 'data-code': r.institution,
        onclick: () => showDetail(detail, r.institution, data.month) }, r.name || r.institution)),
      h('td', { text: pct(r.compliancePercent) }), h('td', { class: 'dim', text: pct(r.publishedPercent) }),
      h('td', { class: 'dim', text: r.counts.stale }), h('td', { class: 'dim', text: r.counts.broken }),
      h('td', { class: 'dim', text: r.counts.notFound }), h('td', { class: 'dim', text: r.counts.notVerifiable ?? 0 }),
      h('td', { class: 'l' }, h('a', { href: report + 'html?month=' + enc(data.month), text: 'HTML' }), ' · ',
        h('a', { href: report + 'csv?month=' + enc(data.month), text: 'CSV' })));
  });
  out.push(h('div', { class: 'table-wrap' }, h('table', { id: 'laip-ranking' },
    h('caption', { text: t('laipCaption') + (data.month ? ', ' + data.month : '') }),
    h('thead', {}, h('tr', {}, cols.map(([c, cls]) => h('th', { scope: 'col', class: cls || null, text: c })))),
    h('tbody', { id: 'rows' }, rows.length ? rows : h('tr', {}, h('td', { colspan: 9, class: 'l', text: t('laipNoChecks') }))))));
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

async function showDetail(section, code, month) {
  const c = await get('/api/v1/laip/institutions/' + enc(code) + '?month=' + enc(month));
  const head = ['#', t('laipNumeral'), t('laipStatus'), t('laipLatest'), t('evidence')];
  section.replaceChildren(h('h2', { id: 'detail-title', text: `${code} — ${month} — ${c.compliancePercent.toFixed(1)} % (${c.portal})` }),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, head.map(x => h('th', { scope: 'col', class: 'l', text: x })))),
      h('tbody', { id: 'numerals' }, c.numerals.map(numeral)))));
  section.hidden = false;
}

function numeral(n) {
  const unverifiable = n.unverifiable || [];
  const evidence = n.evidence.filter(u => !unverifiable.some(x => x.url === u)).slice(0, 2);
  return h('tr', { class: n.status },
    h('td', { text: n.numeral }), h('td', { class: 'l', text: n.label }), h('td', { class: 'l', text: tx(n.statusLabel) }),
    h('td', { class: 'l', text: n.latestDate || '—' }),
    h('td', { class: 'l' },
      unverifiable.slice(0, 2).map(u => h('div', { text: tx(u.reasonLabel) + ': ' + u.url })),
      evidence.map(u => h('div', {}, h('a', { href: u, rel: 'nofollow noopener', text: u.split('/').pop() || u }))),
      n.brokenLinks.slice(0, 2).map(u => h('div', { text: t('laipBrokenLink') + ': ' + u }))));
}
