/* A distribution's five-star ladder as the API gives it (distributionList[].stars in the 5-estrellas profile): each
   star met or not, and what decided it — the licence, a broken link, or how the format was read — with the value
   seen and where (its evidence path). */
import { h } from './dom.js';
import { t, tx } from './ui.js';
import { words } from './words.js';

const BASIS = {
  'licence-open': { es: 'licencia abierta', en: 'open licence' },
  'licence-closed': { es: 'licencia no abierta', en: 'licence not open' },
  'broken-link': { es: 'enlace roto', en: 'broken link' },
  sniffed: { es: 'formato según el contenido descargado', en: 'format from the downloaded content' },
  extension: { es: 'formato según la extensión de la URL', en: "format from the URL's extension" },
  declared: { es: 'formato declarado', en: 'declared format' },
  unknown: { es: 'formato desconocido', en: 'unknown format' },
};
const SAYS = {
  met: { es: 'Sí', en: 'Yes' },
  not: { es: 'No', en: 'No' },
  held: { es: 'su requisito se cumple, pero falta la estrella {k}', en: 'its own requirement holds, but star {k} is missing' },
  notHeld: { es: 'no se cumple', en: 'not met' },
  where: { es: 'visto en', en: 'seen in' },
};

function basis(s) {
  const key = s.basis === 'licence' ? (s.requirementMet ? 'licence-open' : 'licence-closed') : s.basis;
  return tx(BASIS[key]) || s.basis;
}

/** The ladder: one item per star, with data-star, data-met and data-basis for tests and styles. */
export function ladder(stars) {
  const firstMissing = (stars.steps.find(s => !s.met) || {}).star;
  return h('ol', { class: 'star-ladder' }, stars.steps.map(s => h('li', {
    class: s.met ? 'met-yes' : 'met-no', 'data-star': s.star, 'data-met': String(s.met), 'data-basis': s.basis },
  h('span', { 'aria-hidden': 'true', text: s.met ? '★ ' : '☆ ' }), t('star' + s.star),
  h('small', { class: 'why' }, ' — ' + tx(s.met ? SAYS.met : SAYS.not)
    + (s.met ? '' : ' (' + (s.requirementMet ? tx(SAYS.held).replace('{k}', firstMissing) : tx(SAYS.notHeld)) + ')')
    + ' · ' + basis(s) + ': ', h('span', { class: 'observed', title: s.observed, text: words(s.observed) }),
  ' · ' + tx(SAYS.where) + ' ', h('code', { class: 'evidence', text: s.evidence })))));
}
