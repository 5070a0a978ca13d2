/* The header's search box, an ARIA 1.2 combobox with a list popup: as a person types, institutions, datasets and
   publishers whose names contain the text (case and accents ignored by the API) are offered in three groups.
   ArrowDown/ArrowUp move through the options (the focus stays in the box, aria-activedescendant follows),
   Enter opens the chosen one (with none chosen, every result at #/buscar/TEXT), Escape closes the list and, when
   closed, empties the box. Also the #/buscar/TEXT view. */
import { h, enc } from './dom.js';
import { t, get, title, withProfile } from './ui.js';

const MIN = 2;
const MAX_EACH = 5;

/* The three groups of an answer of /api/v1/search, each hit as {href, text, note}; every href keeps the current
   profile (?profile=ID), as every other in-app link does. */
function groups(r) {
  return [
    ['searchInstitutions', r.institutions.map(i => ({ href: withProfile('#/institucion/' + enc(i.code)), text: i.name, note: i.code }))],
    ['searchDatasets', r.datasets.map(d => ({ href: withProfile('#/conjunto/' + d.id), text: d.title || String(d.id), note: d.institution || '' }))],
    ['searchPublishers', r.publishers.map(p => ({ href: p.institution ? withProfile('#/institucion/' + enc(p.institution)) : null,
      text: p.name, note: p.datasets + ' ' + t('datasets').toLowerCase() + (p.institution ? ' · ' + p.institution : '') }))]
  ].filter(([, hits]) => hits.length);
}

/* Wires the combobox onto the header form (#search, #q). */
export function initSearch() {
  const form = document.getElementById('search');
  const input = document.getElementById('q');
  const list = h('div', { id: 'q-list', role: 'listbox', class: 'search-list', hidden: '' });
  const status = h('p', { id: 'q-status', class: 'sr-only', role: 'status' });
  form.append(list, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'q-list');
  let options = [];
  let active = -1;
  let timer = null;
  let asked = '';

  const close = () => {
    list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const open = () => { if (options.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); } };
  const mark = i => {
    options.forEach((o, k) => o.setAttribute('aria-selected', k === i ? 'true' : 'false'));
    active = i;
    if (i < 0) { input.removeAttribute('aria-activedescendant'); return; }
    input.setAttribute('aria-activedescendant', options[i].id);
    options[i].scrollIntoView({ block: 'nearest' });
  };
  const go = href => { close(); if (href) location.hash = href; };

  function render(r) {
    list.replaceChildren();
    options = [];
    let n = 0;
    groups(r).forEach(([key, hits], g) => {
      const label = h('div', { id: 'q-group-' + g, role: 'presentation', class: 'search-group', text: t(key) });
      const group = h('div', { role: 'group', 'aria-labelledby': label.id }, label);
      hits.slice(0, MAX_EACH).forEach(hit => {
        const o = h('div', { id: 'q-opt-' + n++, role: 'option', class: 'search-option', 'aria-selected': 'false',
          'data-href': hit.href, 'aria-disabled': hit.href ? null : 'true',
          onmousedown: e => e.preventDefault(), onclick: () => go(hit.href) },
        h('span', { text: hit.text }), ' ', h('small', { text: hit.note }));
        options.push(o);
        group.append(o);
      });
      list.append(group);
    });
    status.textContent = options.length ? options.length + ' ' + t('searchSuggestions') : t('noResults');
    active = -1;
    if (options.length) open(); else close();
  }

  async function suggest() {
    const text = input.value.trim();
    if (text.length < MIN) { options = []; list.replaceChildren(); close(); return; }
    asked = text;
    try {
      const r = await get('/api/v1/search?limit=' + MAX_EACH + '&q=' + enc(text));
      if (asked === text && document.activeElement === input) render(r);
    } catch (e) { close(); }
  }

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(suggest, 150); });
  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!options.length) return;
      if (list.hidden) open();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      mark(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      go(options[active].dataset.href);
    } else if (e.key === 'Escape') {
      if (!list.hidden) { e.preventDefault(); close(); } else { input.value = ''; }
    }
  });
  input.addEventListener('blur', close);
  form.addEventListener('submit', close);
  window.addEventListener('hashchange', close);
}

/* #/buscar/TEXT: every result, grouped. */
export async function searchView(text) {
  const r = await get('/api/v1/search?q=' + enc(text));
  const out = [title(t('searchResults') + ': ' + text)];
  const found = groups(r);
  if (!found.length) out.push(h('p', { text: t('noResults') }));
  found.forEach(([key, hits], g) => out.push(h('h2', { id: 'results-' + g, text: t(key) + ' (' + hits.length + ')' }),
    h('ul', { class: 'search-results', 'aria-labelledby': 'results-' + g }, hits.map(x => h('li', {},
      x.href ? h('a', { href: x.href, text: x.text }) : x.text, ' ', h('small', { text: x.note }))))));
  return out;
}
