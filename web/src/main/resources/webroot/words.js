/* Machine strings of findings and checks (observed and expected values such as "format=CSV; mediaType=text/csv",
   "age=45 days; periodicity=monthly (30 days)" or "latest=2026-09 age=2m max=4m reachable") in words, in the
   reader's language. Rules write these strings and stored findings keep them, old ones included; what is not
   recognised is shown with its field named in words ("Formato: CSV"), never as key=value. */
import { t, when, label, ago } from './ui.js';

const EMPTY = /^\(vac[ií]o\/empty\)$|^null$|^$/;
const fill = (k, vals) => Object.entries(vals).reduce((s, [n, v]) => s.split('{' + n + '}').join(v), t(k));
const outcome = code => label('probeOutcome', code);

/* Declared update frequencies: ISO 8601 durations (R/P1M, P3M, PT1H), the EU frequency authority's codes
   (…/frequency/MONTHLY) and the words catalogs use (monthly, mensual, trimestral). */
const EU = { ANNUAL: 'P1Y', BIENNIAL: 'P2Y', TRIENNIAL: 'P3Y', QUARTERLY: 'P3M', MONTHLY: 'P1M', BIWEEKLY: 'P2W',
  WEEKLY: 'P1W', DAILY: 'P1D', HOURLY: 'PT1H', YEARLY: 'P1Y', IRREG: 'freqIrreg', IRREGULAR: 'freqIrreg',
  CONT: 'freqCont', UPDATE_CONT: 'freqCont', CONTINUOUS: 'freqCont', NEVER: 'freqNever', UNKNOWN: 'freqUnknown',
  ANUAL: 'P1Y', SEMESTRAL: 'P6M', TRIMESTRAL: 'P3M', BIMESTRAL: 'P2M', MENSUAL: 'P1M', QUINCENAL: 'P2W',
  SEMANAL: 'P1W', DIARIA: 'P1D', DIARIO: 'P1D' };

const I18N_ONCE = new Set(['Y', 'M', 'W', 'D', 'H', 'Min']);

/** A declared update frequency in words ("mensual", "cada 3 meses"); one not recognised as it is. */
export function periodicity(value) {
  const raw = String(value ?? '').trim();
  const code = EU[raw.replace(/^.*\/frequency\//, '').toUpperCase()] || raw;
  if (code.startsWith('freq')) return t(code);
  const m = /^(?:R\/)?P(T?)(\d+)([YMWDH])$/.exec(code);
  if (!m) return raw;
  const unit = m[1] && m[3] === 'M' ? 'Min' : m[3];
  const once = I18N_ONCE.has(unit) && Number(m[2]) === 1;
  return once ? t('freq1' + unit) : fill('freqEvery', { n: m[2], unit: t('freqUnit' + unit) });
}

/* One recognised whole string, or null. */
function known(s) {
  let m = /^latest=(\d{4}-\d{2}) age=(\d+)m max=(\d+)m(?: (\w+))?$/.exec(s);
  if (m) return fill('wLatest', { month: when(m[1]), ago: ago(m[2], 'month'), max: m[3] }) + (m[4] ? '; ' + outcome(m[4]) : '');
  m = /^age=(\d+) days; periodicity=(.*) \((\d+) days\)$/.exec(s);
  if (m) return fill('wAge', { ago: ago(m[1], 'day') }) + '; ' + fill('wPeriodicity', { p: periodicity(m[2]), d: m[3] });
  m = /^age < (\d+) days \(due (\d+), overdue (\d+), delinquent (\d+); HDX (.*)\)$/.exec(s);
  if (m) return fill('wAgeBelow', { n: m[1], due: m[2], overdue: m[3], delinquent: m[4], row: m[5] });
  m = /^(\w+) format=([\w.+-]+)$/.exec(s);
  if (m) return outcome(m[1]) + '; ' + label('field', 'format') + ': ' + m[2];
  return null;
}

/* Codes of probe outcomes and star bases (client_error, licence-not-open...) inside a sentence, by their names;
   older stored texts carry them ("0 stars (licence-not-open)."). */
const outcomes = s => s.replace(/\b([a-z]+(?:[_-][a-z]+)+)\b/g, (c, code) => {
  const l = ['probeOutcome', 'starBasis'].map(k => label(k, code)).find(x => !x.endsWith(t('unlabelled')));
  return l || c;
});

/** A finding's message in the reader's language, any code left in it by its name. */
export const prose = text => outcomes(text || '');

/* "name=value" in words: the field's label (paths such as dataset.modified or distributions[2].format named by
   their last part), the value, or "empty". */
function pair(name, value) {
  const field = name.replace(/^.*\./, '').replace(/^name /, '').trim();
  const v = value.trim();
  if (field === 'stars' && /^\d$/.test(v)) return fill('wStars', { n: v });
  const known = ['field', 'starBasis'].map(k => label(k, field)).find(l => !l.endsWith(t('unlabelled')));
  return (known || field) + ': ' + (EMPTY.test(v) ? t('wEmpty') : outcomes(v));
}

/** The words of a machine string, or the string itself when it has no key=value part. */
export function words(s) {
  if (s === null || s === undefined) return '';
  const text = String(s).trim();
  const k = known(text);
  if (k !== null) return k;
  if (!/[\w\]]=/.test(text)) return outcomes(text);
  return text.split(/;\s*/).map(part => {
    const m = /^([\w.\[\] -]+?)=(.*)$/.exec(part);
    return m ? pair(m[1], m[2]) : part === 'link not checked' ? t('wLinkNotChecked') : outcomes(part);
  }).join('; ');
}
