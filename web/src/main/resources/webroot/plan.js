/* #/plan: the Open Government Action Plan — each commitment's activities with their status (recorded by GAE)
   and the automatic checks of their evidence, progress month by month, and the editor mode for GAE. */
import { h, enc } from './dom.js';
import { t, tx, fresh, problemText, title } from './ui.js';
import * as Charts from './charts.js';

const MANUAL = ['not-started', 'in-progress', 'completed', 'delayed'];
const TOKEN = 'planEditorToken', EDITOR = 'planEditorName';
const editing = () => !!sessionStorage.getItem(TOKEN);
const status = s => t('planStatus-' + s) === 'planStatus-' + s ? s : t('planStatus-' + s);

export async function plan() {
  const body = h('div', { id: 'plan-body' });
  const message = h('p', { id: 'editor-message', role: 'status', 'aria-live': 'polite' });
  const view = { body, heading: null, message };
  await render(view);
  return [view.heading, h('p', { text: t('planIntro') }), editorForm(view), message, body];
}

async function render(view, saved) {
  const [p, progress] = await Promise.all([fresh('/api/v1/plan'), fresh('/api/v1/plan/progress')]);
  const heading = title(tx(p.title));
  if (view.heading) view.heading.replaceWith(heading);
  view.heading = heading;
  view.body.replaceChildren(chart(progress.series), ...p.commitments.map(c => commitment(c, view)));
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
  if (!series.length) {
    out.append(h('p', { text: t('noData') }));
    return out;
  }
  const lines = [
    { name: t('planChecksPassed'), values: series.map(p => p.checksRun ? 100 * p.checksPassed / p.checksRun : 0) },
    { name: t('planActivitiesCompleted'), values: series.map(p => p.activities ? 100 * p.activitiesCompleted / p.activities : 0) }];
  out.append(Charts.line(lines, series.map(p => p.month), t('chartOf') + ' ' + t('planProgress'), l => l),
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
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, head.map(x => h('th', { scope: 'col', class: 'l', text: x })))),
      h('tbody', {}, c.activities.map(a => activity(a, view))))));
}

function activity(a, view) {
  return h('tr', { 'data-activity': a.id },
    h('td', { class: 'l' }, tx(a.title), h('br'), h('small', { text: tx(a.expectedResult) })),
    h('td', { class: 'l' }, a.responsible.join(', '), (a.supporting || []).length
      ? [h('br'), h('small', { class: 'supporting', text: `${t('planSupporting')}: ${a.supporting.join(', ')}` })] : null),
    h('td', { class: 'l', text: `${a.start || ''} → ${a.extendedEnd || a.end || ''}` }),
    h('td', { class: 'l status ' + a.status }, status(a.status),
      a.statusSource === 'plan-file' ? [h('br'), h('small', { class: 'status-source', text: t('planFromFile') })] : null,
      a.overdue ? [h('br'), h('span', { class: 'overdue', text: t('planOverdue') })] : null,
      editing() ? statusForm(a, view) : null),
    h('td', { class: 'l' }, manual(a.manual), (a.evidenceUrls || []).map((u, i) => h('div', { class: 'plan-file-evidence' },
      h('a', { href: u, rel: 'nofollow noopener', text: `${t('evidence')} ${i + 1}` }))), a.checks.map(k => h('div', {}, tx(k.label) + ': ',
      !k.configured ? t('planNotConfigured') : k.latest
        ? [`${k.latest.passed ? '✓' : '✗'} ${k.latest.month} `, h('small', { text: k.latest.observed })]
        : t('planPending')))));
}

/* A commitment's dates as the plan gives them: start → end (extension). */
function period(c) {
  if (!c.start && !c.end) return '—';
  return `${c.start || ''} → ${c.end || ''}` + (c.extendedEnd ? ` (${t('planExtended')} ${c.extendedEnd})` : '');
}

function manual(m) {
  if (!m) return null;
  return h('div', { class: 'manual' },
    m.evidenceUrl ? h('div', {}, h('a', { href: m.evidenceUrl, rel: 'nofollow noopener', text: t('evidence') })) : null,
    m.note ? h('div', { class: 'note', text: m.note }) : null,
    h('small', { text: `${m.editor}, ${(m.recordedAt || '').slice(0, 10)}` }));
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
  const form = h('form', { id: 'editor', class: 'card', 'aria-describedby': 'editor-help', onsubmit: async e => {
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
