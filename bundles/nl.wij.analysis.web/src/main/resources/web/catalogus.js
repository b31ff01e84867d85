// View "Catalogus" (nl.wij.analysis.web.view.catalogus): every published view per module (schema)
// with title, description, period, source, state and documented columns, from
// GET /api/analysis/catalog. Live: when a module is installed or removed the shell pushes an event
// and the catalog reloads in every open browser.
// Test hooks: data-catalog-module="core", data-catalog-view="core.gemeente", data-catalog-status.

import { h, onLiveChange } from './gedeeld.js';

const STATES = { AVAILABLE: 'beschikbaar', WAITING: 'wacht', REFUSED: 'geweigerd' };
const BADGES = { AVAILABLE: 'wij-badge--actief', WAITING: 'wij-badge--waarschuwing', REFUSED: 'wij-badge--fout' };

export function render(element, context) {
  const level = context.headingLevel ?? 3;
  const status = h('p', { class: 'wij-paragraph', role: 'status', 'aria-live': 'polite', dataset: { catalogStatus: '' } });
  const body = h('div');
  element.replaceChildren(
    h(`h${level}`, { class: 'wij-heading' }, 'Catalogus van views'),
    h('p', { class: 'wij-paragraph wij-paragraph--lead' }, 'Elke module publiceert views over haar gegevens. ',
      'Vraag ze op onder Zoekvragen, bijvoorbeeld: SELECT naam FROM core.gemeente.'),
    status, body);

  async function load() {
    try {
      const catalog = await context.api.get('/api/analysis/catalog');
      show(catalog);
    } catch (error) {
      status.textContent = `De catalogus kon niet worden geladen: ${error.message}`;
    }
  }

  function show(catalog) {
    const count = catalog.modules.reduce((n, m) => n + m.views.length, 0);
    status.textContent = count === 0
      ? 'Er zijn nog geen views: geen geïnstalleerde module publiceert er een.'
      : `${count} views in ${catalog.modules.length} ${catalog.modules.length === 1 ? 'module' : 'modules'}.`
        + ` Aantallen personen onder ${catalog.suppressionThreshold} worden onderdrukt, de andere afgerond op een veelvoud`
        + ` van ${catalog.suppressionThreshold}. Zoekvragen geven hoogstens ${new Intl.NumberFormat('nl-NL').format(catalog.maxRows)}`
        + ` rijen en stoppen na ${catalog.timeoutSeconds} seconden.`;
    body.replaceChildren(...catalog.modules.map((module) => h('section', { class: 'wij-section', dataset: { catalogModule: module.schema } },
      h(`h${level + 1}`, { class: 'wij-heading' }, `Module ${module.schema}`),
      h('p', { class: 'wij-paragraph' }, `Schema ${module.schema}, gepubliceerd door ${module.bundles.join(', ')}.`),
      module.views.map((view) => viewDetails(view)))));
  }

  function viewDetails(view) {
    return h('details', { class: 'wij-details', dataset: { catalogView: view.name } },
      h('summary', {}, h('code', {}, view.name), ` — ${view.title} `,
        h('span', { class: `wij-badge ${BADGES[view.state] ?? ''}` }, STATES[view.state] ?? view.state)),
      view.message ? h('p', { class: 'wij-alert wij-alert--warning' }, view.message) : null,
      h('p', { class: 'wij-paragraph' }, view.description),
      h('dl', {},
        h('dt', {}, 'Peildatum'), h('dd', {}, view.period || '—'),
        h('dt', {}, 'Bron'), h('dd', {}, view.source || '—')),
      h('div', { class: 'wij-table-scroll' },
        h('table', { class: 'wij-table wij-table--compact' },
          h('caption', {}, `Kolommen van ${view.name}`),
          h('thead', {}, h('tr', {}, ['Kolom', 'Type', 'Eenheid', 'Uitleg'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, view.columns.map((c) => h('tr', {},
            h('th', { scope: 'row' }, h('code', {}, c.name)), h('td', {}, c.type), h('td', {}, c.unit || ''),
            h('td', {}, c.description, c.personCount ? ' (aantal personen: kleine aantallen onderdrukt, afgerond)' : '')))))));
  }

  const stop = onLiveChange(load);
  load();
  return stop;
}
