/* #/plan: the Open Government Action Plan — progress per commitment and per institution, each commitment's
   activities with their status (recorded by GAE) and the automatic checks of their evidence described in words,
   progress month by month, and the editor mode for GAE behind a sign-in step. An activity is "vencida" only when
   its due month has passed and it is neither completed nor shown current by its evidence (the API says so). */
import { h, enc } from './dom.js';
import { t, tx, get, fresh, problemText, title, when, label } from './ui.js';
import * as Charts from './charts.js';

const MANUAL = ['not-started', 'in-progress', 'completed', 'delayed'];
const TOKEN = 'planEditorToken', EDITOR = 'planEditorName';
const editing = () => !!sessionStorage.getItem(TOKEN);
const status = s => label('planStatus', s);

export async function plan() {
  const body = h('div', { id: 'plan-body' });
  const message = h('p', { id: 'editor-message', role: 'status', 'aria-live': 'polite' });
  const view = { body, heading: null, message };
  await render(view);
  return [view.heading, h('p', { text: t('planIntro') }), editorAccess(view), message, body];
}

const DONE = ['completed', 'evidence-current'];

/* Progress of a set of activities: done (completed or evidence current), overdue, total. */
function tally(activities) {
  return { total: activities.length, done: activities.filter(a => DONE.includes(a.status)).length,
    overdue: activities.filter(a => a.overdue).length };
}

const bar = (done, total) => h('span', { class: 'pbar', 'aria-hidden': 'true' },
  h('span', { class: 'fill', style: 'width:' + (total ? Math.round(100 * done / total) : 0) + '%' }));

/* Progress per commitment (bars that scale with the screen) and per responsible institution. */
async function summary(p) {
  const insts = await get('/api/v1/institutions').then(r => new Map(r.institutions.map(i => [i.code, i.name])), () => new Map());
  const cs = p.commitments.map(c => ({ c, ...tally(c.activities) }));
  const byInst = new Map();
  for (const c of p.commitments) for (const a of c.activities) for (const r of a.responsible) {
    byInst.set(r, (byInst.get(r) || []).concat([a]));
  }
  const row = (name, x, link) => h('tr', {},
    h('th', { scope: 'row', class: 'l' }, link ? h('a', { href: link, text: name }) : name),
    h('td', { 'data-label': t('planDoneShort') }, `${x.done} / ${x.total} `, bar(x.done, x.total)),
    h('td', { 'data-label': t('planOverdueShort'), class: x.overdue ? 'overdue' : '', text: x.overdue }));
  const head = first => h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'l', text: first }),
    h('th', { scope: 'col', text: t('planDoneShort') }), h('th', { scope: 'col', text: t('planOverdueShort') })));
  return h('section', { class: 'card', id: 'plan-summary', 'aria-labelledby': 'summary-h' },
    h('h2', { id: 'summary-h', text: t('planSummary') }), h('p', {}, h('small', { text: t('planDoneRule') })),
    h('div', { class: 'table-wrap' }, h('table', { id: 'plan-commitments', class: 'cards' },
      h('caption', { text: t('planByCommitment') }), head(t('planCommitment')),
      h('tbody', {}, cs.map(x => row(`${x.c.number}. ${tx(x.c.title)}`, x))))),
    h('div', { class: 'table-wrap' }, h('table', { id: 'plan-institutions', class: 'cards' },
      h('caption', { text: t('planByInstitution') }), head(t('institution')),
      h('tbody', {}, [...byInst.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([code, as]) =>
        row(insts.get(code) ? `${insts.get(code)} (${code})` : code, tally(as),
          insts.has(code) ? '#/institucion/' + enc(code) : null))))));
}

async function render(view, saved) {
  const [p, progress] = await Promise.all([fresh('/api/v1/plan'), fresh('/api/v1/plan/progress')]);
  const heading = title(tx(p.title));
  if (view.heading) view.heading.replaceWith(heading);
  view.heading = heading;
  view.body.replaceChildren(await summary(p), chart(progress.series), ...p.commitments.map(c => commitment(c, view)));
  if (saved) {
    const f = view.body.querySelector(`form.editor-form[data-activity="${CSS.escape(saved)}"]`);
    if (f) {
      f.closest('details').open = true;
      const out = f.querySelector('.result');
      out.className = 'result ok';
      out.textContent = t('planSaved');
      f.querySelector('button[type=submit]').focus();
    }
  }
}

function chart(series) {
  const out = h('section', { class: 'card', 'aria-labelledby': 'progress-h' }, h('h2', { id: 'progress-h', text: t('planProgress') }));
  if (series.length < 2) {
    out.append(h('p', { text: series.length ? t('planOneMonth').replace('{month}', when(series[0].month)) : t('noData') }));
    if (series.length) out.append(h('p', { text: `${t('planChecksPassed')}: ${series[0].checksPassed} / ${series[0].checksRun} · `
      + `${t('planActivitiesCompleted')}: ${series[0].activitiesCompleted} / ${series[0].activities}` }));
    return out;
  }
  const lines = [
    { name: t('planChecksPassed'), values: series.map(p => p.checksRun ? 100 * p.checksPassed / p.checksRun : 0) },
    { name: t('planActivitiesCompleted'), values: series.map(p => p.activities ? 100 * p.activitiesCompleted / p.activities : 0) }];
  out.append(Charts.line(lines, series.map(p => p.month), t('chartOf') + ' ' + t('planProgress') + ': ' +
    series.map((p, i) => when(p.month) + ' ' + lines.map(l => l.name + ' ' + l.values[i].toFixed(0) + ' %').join(', ')).join('; '),
  l => when(l)),
    Charts.legend(lines));
  return out;
}

function commitment(c, view) {
  const head = [t('planActivity'), t('planResponsible'), t('planDue'), t('planStatus'), t('evidence')];
  return h('section', { class: 'commitment', 'data-commitment': c.id }, h('h2', { text: `${c.number}. ${tx(c.title)}` }),
    h('dl', { class: 'commitment-facts' },
      h('dt', { text: t('planManager') }), h('dd', { class: 'manager', text: c.manager || '—' }),
      h('dt', { text: t('planSupporting') }), h('dd', { class: 'supporting', text: (c.supporting || []).join(', ') || '—' }),
      h('dt', { text: t('planPeriod') }), h('dd', { class: 'period', text: period(c) })),
    h('div', { class: 'table-wrap' }, h('table', { class: 'cards' },
      h('thead', {}, h('tr', {}, head.map(x => h('th', { scope: 'col', class: 'l', text: x })))),
      h('tbody', {}, c.activities.map(a => activity(a, view))))));
}

function activity(a, view) {
  return h('tr', { 'data-activity': a.id },
    h('td', { class: 'l' }, h('strong', { text: tx(a.title) }), h('br'), h('small', { text: tx(a.expectedResult) })),
    h('td', { class: 'l', 'data-label': t('planResponsible') }, a.responsible.join(', '), (a.supporting || []).length
      ? [h('br'), h('small', { class: 'supporting', text: `${t('planSupporting')}: ${a.supporting.join(', ')}` })] : null),
    h('td', { class: 'l', 'data-label': t('planDue'), text: `${when(a.start)} → ${when(a.extendedEnd || a.end)}` }),
    h('td', { class: 'l status ' + a.status, 'data-label': t('planStatus') }, status(a.status),
      a.statusSource === 'plan-file' ? [h('br'), h('small', { class: 'status-source', text: t('planFromFile') })] : null,
      a.overdue ? [h('br'), h('span', { class: 'overdue', text: t('planOverdue') })] : null,
      editing() ? statusForm(a, view) : null),
    h('td', { class: 'l', 'data-label': t('evidence') }, manual(a.manual), (a.evidenceUrls || []).map((u, i) =>
      h('div', { class: 'plan-file-evidence' }, h('a', { href: u, rel: 'nofollow noopener', text: `${t('evidence')} ${i + 1}` }))),
    a.checks.map(k => h('div', { class: 'check' },
      h('strong', { text: tx(k.label) + ': ' }),
      !k.configured ? t('planNotConfigured') : k.latest ? checkWords(k) : t('planPending')))));
}

/* A check's outcome in words, with a link to the evidence it read. */
function checkWords(k) {
  const r = k.latest, o = r.observed || '';
  const parts = [r.passed ? t('planCheckPassed') : t('planCheckFailed')];
  const latest = /latest=(\d{4}-\d{2})/.exec(o), age = /age=(\d+)m/.exec(o), max = /max=(\d+)m/.exec(o);
  if (latest) parts.push(t('planLatestReport').replace('{month}', when(latest[1]))
    + (age ? ' ' + t('planAge').replace('{n}', age[1]) : '') + (max ? '; ' + t('planMaxAge').replace('{n}', max[1]) : ''));
  const format = /format=([A-Za-z0-9.+-]+)/.exec(o);
  if (format) parts.push(t('planFormat').replace('{format}', format[1]));
  const findings = /(\d+) findings, (\d+) errors/.exec(o);
  if (findings) parts.push(t('planFindings').replace('{n}', findings[1]).replace('{e}', findings[2]));
  if (/\breachable\b/.test(o) && !/unreachable/.test(o)) parts.push(t('planReachable'));
  else if (/unreachable|not reachable|broken/.test(o)) parts.push(t('planUnreachable'));
  const words = parts.join('; ') + ' (' + t('planCheckedIn') + ' ' + when(r.month) + ').';
  return [h('span', { class: r.passed ? 'result ok' : 'result problem' }, h('span', { 'aria-hidden': 'true', text: r.passed ? '✓ ' : '✗ ' }), words),
    r.evidenceUrl && /^https?:/.test(r.evidenceUrl)
      ? [' ', h('a', { href: r.evidenceUrl, rel: 'nofollow noopener', text: t('planSeeEvidence') })] : null,
    h('details', { class: 'raw' }, h('summary', { text: t('planTechnical') }), h('code', { text: o }))];
}

/* A commitment's dates as the plan gives them: start → end (extension). */
function period(c) {
  if (!c.start && !c.end) return '—';
  return `${c.start || ''} → ${c.end || ''}` + (c.extendedEnd ? ` (${t('planExtended')} ${c.extendedEnd})` : '');
}

function manual(m) {
  if (!m) return null;
  return h('div', { class: 'manual' },
    m.evidenceUrl ? h('div', {}, t('planRecordedEvidence') + ': ', h('a', { href: m.evidenceUrl, rel: 'nofollow noopener', text: t('planSeeEvidence') })) : null,
    m.note ? h('div', { class: 'note', text: m.note }) : null,
    h('small', { text: `${m.editor}, ${when(m.recordedAt)}` }));
}

function statusForm(a, view) {
  const id = a.id, current = a.manual ? a.manual.status : '';
  const form = h('form', { class: 'editor-form', 'data-activity': id, onsubmit: e => { e.preventDefault(); save(form, view); } },
    h('label', { for: 'st-' + id, text: t('planStatus') }),
    h('select', { id: 'st-' + id, name: 'status' }, MANUAL.map(s => h('option', { value: s, text: status(s),
      selected: s === current ? 'selected' : null }))),
    h('label', { for: 'ev-' + id, text: t('planEvidenceUrl') }),
    h('input', { id: 'ev-' + id, name: 'evidenceUrl', type: 'url', placeholder: 'https://' }),
    h('label', { for: 'nt-' + id, text: t('planNote') }),
    h('textarea', { id: 'nt-' + id, name: 'note', rows: 2 }),
    h('button', { type: 'submit', text: t('planSave') }),
    h('p', { class: 'result', id: 'rs-' + id, role: 'status', 'aria-live': 'polite' }));
  return h('details', { class: 'editor-details' }, h('summary', { text: t('planRecordStatus') }), form);
}

async function save(f, view) {
  const out = f.querySelector('.result');
  const body = { status: f.elements.status.value, editor: sessionStorage.getItem(EDITOR) || '' };
  if (f.elements.evidenceUrl.value.trim()) body.evidenceUrl = f.elements.evidenceUrl.value.trim();
  if (f.elements.note.value.trim()) body.note = f.elements.note.value.trim();
  out.className = 'result';
  out.textContent = t('planSaving');
  try {
    const r = await fetch(`/api/v1/plan/activities/${enc(f.dataset.activity)}/status`, { method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + sessionStorage.getItem(TOKEN) },
      body: JSON.stringify(body) });
    if (r.ok) {
      await render(view, f.dataset.activity);
      return;
    }
    const p = await r.json().catch(() => null);
    out.className = 'result problem';
    out.textContent = `Error ${r.status}: ${problemText(p) || r.statusText}`;
  } catch (e) {
    out.className = 'result problem';
    out.textContent = 'Error: ' + e.message;
  }
}

/* The editor's sign-in, folded away from the public page until an editor opens it. */
function editorAccess(view) {
  const box = h('details', { id: 'editor-access', class: 'card editor-access' },
    h('summary', { id: 'editor-signin', text: editing() ? t('planEditorOn') : t('planEditorAccess') }), editorForm(view));
  if (editing()) box.open = true;
  return box;
}

function editorForm(view) {
  const name = h('input', { id: 'editor-name', name: 'editor', autocomplete: 'name', required: 'required' });
  const token = h('input', { id: 'editor-token', name: 'token', type: 'password', autocomplete: 'off', required: 'required' });
  const start = h('button', { type: 'submit', id: 'editor-start', text: t('planEditorStart') });
  const stop = h('button', { type: 'button', id: 'editor-stop', text: t('planEditorStop'), onclick: async () => {
    sessionStorage.removeItem(TOKEN);
    show();
    view.message.textContent = t('planEditorOff');
    await render(view);
    token.focus();
  } });
  const show = () => {
    const on = editing();
    start.hidden = on; stop.hidden = !on; token.disabled = on; name.disabled = on;
    name.value = sessionStorage.getItem(EDITOR) || name.value;
    token.value = on ? '••••••••' : '';
  };
  const form = h('form', { id: 'editor', 'aria-describedby': 'editor-help', onsubmit: async e => {
    e.preventDefault();
    if (!name.value.trim() || !token.value.trim()) return;
    sessionStorage.setItem(EDITOR, name.value.trim());
    sessionStorage.setItem(TOKEN, token.value.trim());
    show();
    view.message.textContent = t('planEditorOn');
    await render(view);
    stop.focus();
  } }, h('fieldset', {}, h('legend', { text: t('planEditorMode') }),
    h('p', { id: 'editor-help', text: t('planEditorHelp') }),
    h('label', { for: 'editor-name', text: t('planEditorName') }), name,
    h('label', { for: 'editor-token', text: t('planEditorToken') }), token, start, stop));
  show();
  return form;
}
