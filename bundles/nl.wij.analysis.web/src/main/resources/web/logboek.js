// View "Logboek zoekvragen" (nl.wij.analysis.web.view.logboek), for a beheerder: who asked which
// query when, with rows, duration and outcome (GET /api/query/log). Test hook: data-query-log.

import { h } from './gedeeld.js';

const OUTCOMES = { OK: 'gelukt', REFUSED: 'geweigerd', INVALID: 'fout', TIMEOUT: 'te lang', CANCELLED: 'geannuleerd',
  UNAVAILABLE: 'niet mogelijk' };

export function render(element, context) {
  const level = context.headingLevel ?? 3;
  const status = h('p', { class: 'wij-paragraph', role: 'status' });
  const table = h('div', { class: 'wij-table-scroll' });
  element.replaceChildren(h(`h${level}`, { class: 'wij-heading' }, 'Logboek zoekvragen'),
    h('p', { class: 'wij-paragraph' }, 'Elke zoekvraag van analisten, scripts en BI-tools, de nieuwste eerst.'),
    h('button', { type: 'button', class: 'wij-button wij-button--secondary', onclick: load }, 'Vernieuwen'),
    status, table);

  async function load() {
    try {
      const { entries } = await context.api.get('/api/query/log?limit=500');
      status.textContent = `${entries.length} zoekvragen.`;
      table.replaceChildren(h('table', { class: 'wij-table wij-table--compact', dataset: { queryLog: '' } },
        h('caption', {}, 'Zoekvragen'),
        h('thead', {}, h('tr', {}, ['Tijdstip', 'Gebruiker', 'SQL', 'Rijen', 'Duur (ms)', 'Uitkomst']
          .map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, entries.map((e) => h('tr', {},
          h('td', {}, new Date(e.started).toLocaleString('nl-NL')), h('td', {}, e.user),
          h('td', {}, h('code', {}, e.sql)), h('td', {}, String(e.rows)), h('td', {}, String(e.durationMillis)),
          h('td', {}, OUTCOMES[e.outcome] ?? e.outcome, e.message ? `: ${e.message}` : ''))))));
    } catch (error) {
      status.textContent = `Het logboek kon niet worden geladen: ${error.message}`;
    }
  }

  load();
}
