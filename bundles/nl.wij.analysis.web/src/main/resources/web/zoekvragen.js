// View "Zoekvragen" (nl.wij.analysis.web.view.zoekvragen): write SQL over the catalog, run it
// (POST /api/query; Ctrl+Enter), cancel it (POST /api/query/{id}/cancel), page through the result,
// download it as CSV or XLSX (POST /api/query/export), draw it as a bar, line, stacked or scatter
// chart (grafiek.js) or a map per gemeente (kaart.js), and save it with its chart, private or
// shared (/api/analysis/saved). Starter queries of the installed modules (/api/analysis/starters)
// are one click away and follow the installed modules live.
// Test hooks: data-query-sql, data-action="uitvoeren|annuleren|vorige|volgende|csv|xlsx|opslaan",
// data-query-status, data-query-result, data-query-page, data-query-chart, data-chart-type,
// data-chart-label, data-chart-values, data-saved-query, data-starter-query, data-save-name.

import { cell, h, onLiveChange, uid } from './gedeeld.js';

const PAGE_SIZE = 25;
const CHARTS = [['', 'Geen grafiek'], ['bar', 'Staafdiagram'], ['line', 'Lijndiagram'], ['stacked', 'Gestapelde staven'],
  ['scatter', 'Spreidingsdiagram (x en y)'], ['map', 'Kaart per gemeente (gemeentecode)']];
const NUMERIC = new Set(['INTEGER', 'SMALLINT', 'BIGINT', 'DECIMAL', 'NUMERIC', 'DOUBLE', 'REAL', 'FLOAT']);

export function render(element, context) {
  const level = context.headingLevel ?? 3;
  const heading = (text, sub = 1) => h(`h${level + sub}`, { class: 'wij-heading' }, text);
  const ids = { sql: uid('sql'), type: uid('grafiek'), label: uid('label'), name: uid('naam'), description: uid('omschrijving'),
    shared: uid('gedeeld') };
  const state = { result: null, page: 0, running: null, savedId: null, chartHandle: null, lastSql: '' };

  const sql = h('textarea', { id: ids.sql, class: 'wij-textbox wij-textbox--code', rows: 8, spellcheck: 'false',
    dataset: { querySql: '' }, 'aria-describedby': `${ids.sql}-hulp`,
    onkeydown: (event) => { if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); } } });
  const runButton = h('button', { type: 'button', class: 'wij-button wij-button--primary', dataset: { action: 'uitvoeren' },
    onclick: () => run() }, 'Uitvoeren');
  const cancelButton = h('button', { type: 'button', class: 'wij-button wij-button--secondary', dataset: { action: 'annuleren' },
    disabled: true, onclick: cancel }, 'Annuleren');
  const status = h('div', { role: 'status', 'aria-live': 'polite', dataset: { queryStatus: '' } });
  const result = h('div', { dataset: { queryResult: '' } });
  const chartType = h('select', { id: ids.type, class: 'wij-select', dataset: { chartType: '' }, onchange: drawChart },
    CHARTS.map(([value, label]) => h('option', { value }, label)));
  const chartLabel = h('select', { id: ids.label, class: 'wij-select', dataset: { chartLabel: '' }, onchange: drawChart });
  const chartValues = h('fieldset', { class: 'wij-fieldset', dataset: { chartValues: '' } });
  const chart = h('div', { dataset: { queryChart: '' } });
  const name = h('input', { id: ids.name, class: 'wij-textbox', type: 'text', maxlength: 200, dataset: { saveName: '' } });
  const description = h('input', { id: ids.description, class: 'wij-textbox', type: 'text', maxlength: 2000 });
  const shared = h('input', { id: ids.shared, type: 'checkbox', class: 'wij-checkbox' });
  const saveStatus = h('div', { role: 'status', 'aria-live': 'polite' });
  const savedList = h('ul', { class: 'wij-list' });
  const starterList = h('ul', { class: 'wij-list' });

  element.replaceChildren(
    h(`h${level}`, { class: 'wij-heading' }, 'Vragen over de catalogus'),
    h('section', { class: 'wij-section' }, heading('Startvragen'),
      h('p', { class: 'wij-paragraph' }, 'Vragen die de geïnstalleerde modules al kunnen beantwoorden.'), starterList),
    h('section', { class: 'wij-section' }, heading('Opgeslagen zoekvragen'), savedList),
    h('section', { class: 'wij-section' }, heading('Zoekvraag'),
      h('div', { class: 'wij-form-field' },
        h('label', { class: 'wij-form-label', for: ids.sql }, 'SQL (alleen lezen, over de views van de catalogus)'),
        h('p', { id: `${ids.sql}-hulp`, class: 'wij-form-field-description' },
          'Eén SELECT- of VALUES-opdracht, bijvoorbeeld SELECT naam, plaats FROM core.vestiging. Ctrl+Enter voert uit.'),
        sql),
      h('div', { class: 'wij-actions' }, runButton, cancelButton),
      status, result),
    h('section', { class: 'wij-section' }, heading('Grafiek of kaart'),
      h('div', { class: 'wij-form-field' }, h('label', { class: 'wij-form-label', for: ids.type }, 'Soort'), chartType),
      h('div', { class: 'wij-form-field' }, h('label', { class: 'wij-form-label', for: ids.label },
        'Kolom met categorieën, labels of gemeentecode'), chartLabel),
      chartValues, chart),
    h('section', { class: 'wij-section' }, heading('Opslaan'),
      h('div', { class: 'wij-form-field' }, h('label', { class: 'wij-form-label', for: ids.name }, 'Naam'), name),
      h('div', { class: 'wij-form-field' }, h('label', { class: 'wij-form-label', for: ids.description }, 'Omschrijving'), description),
      h('div', { class: 'wij-checkbox-option' }, shared, h('label', { for: ids.shared }, 'Delen met alle analisten')),
      h('div', { class: 'wij-actions' },
        h('button', { type: 'button', class: 'wij-button wij-button--primary', dataset: { action: 'opslaan' }, onclick: save }, 'Opslaan'),
        h('button', { type: 'button', class: 'wij-button wij-button--secondary', onclick: () => { state.savedId = null; save(); } },
          'Opslaan als nieuwe')),
      saveStatus));

  // ------------------------------------------------------------------ running

  function newId() {
    return globalThis.crypto?.randomUUID?.() ?? `q-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  }

  async function run() {
    if (state.running) {
      return;
    }
    const text = sql.value.trim();
    if (!text) {
      alert(status, 'error', 'Schrijf eerst een zoekvraag.');
      sql.focus();
      return;
    }
    const id = newId();
    state.running = id;
    runButton.disabled = true;
    cancelButton.disabled = false;
    alert(status, 'info', 'Bezig met de zoekvraag…');
    const started = performance.now();
    try {
      const answer = await context.api.post('/api/query', { sql: text, id });
      state.result = answer;
      state.lastSql = text;
      state.page = 0;
      const seconds = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format((performance.now() - started) / 1000);
      alert(status, 'success', `${new Intl.NumberFormat('nl-NL').format(answer.rowCount)} rijen in ${seconds} s`
        + (answer.truncated ? ` (afgekapt: de zoekvraag gaf meer dan ${answer.maxRows} rijen).` : '.'));
      showResult();
      fillChartChoices();
      drawChart();
    } catch (error) {
      alert(status, 'error', error.message);
    } finally {
      state.running = null;
      runButton.disabled = false;
      cancelButton.disabled = true;
    }
  }

  async function cancel() {
    if (!state.running) {
      return;
    }
    try {
      await context.api.post(`/api/query/${encodeURIComponent(state.running)}/cancel`, {});
    } catch (error) {
      alert(status, 'error', error.message);
    }
  }

  function alert(target, kind, text) {
    target.replaceChildren(h('p', { class: `wij-alert wij-alert--${kind}` }, text));
  }

  // ------------------------------------------------------------------ result table with paging

  function showResult() {
    const r = state.result;
    const pages = Math.max(1, Math.ceil(r.rows.length / PAGE_SIZE));
    const from = state.page * PAGE_SIZE;
    const rows = r.rows.slice(from, from + PAGE_SIZE);
    const nf = new Intl.NumberFormat('nl-NL');
    const info = r.rows.length === 0 ? 'Geen rijen.'
      : `Rijen ${nf.format(from + 1)}–${nf.format(from + rows.length)} van ${nf.format(r.rows.length)} (pagina ${state.page + 1} van ${pages})`;
    result.replaceChildren(
      h('div', { class: 'wij-table-scroll' }, h('table', { class: 'wij-table wij-table--compact' },
        h('caption', {}, 'Resultaat'),
        h('thead', {}, h('tr', {}, r.columns.map((c, i) => h('th', { scope: 'col', title: r.types[i] }, c)))),
        h('tbody', {}, rows.map((row) => h('tr', {}, row.map((v, i) => h('td', {}, cell(v, r.types[i])))))))),
      h('p', { class: 'wij-paragraph', dataset: { queryPage: '' } }, info),
      h('div', { class: 'wij-actions' },
        h('button', { type: 'button', class: 'wij-button wij-button--secondary', dataset: { action: 'vorige' },
          disabled: state.page === 0, onclick: () => { state.page -= 1; showResult(); } }, 'Vorige pagina'),
        h('button', { type: 'button', class: 'wij-button wij-button--secondary', dataset: { action: 'volgende' },
          disabled: state.page >= pages - 1, onclick: () => { state.page += 1; showResult(); } }, 'Volgende pagina'),
        h('button', { type: 'button', class: 'wij-button wij-button--subtle', dataset: { action: 'csv' },
          onclick: () => download('csv') }, 'Download CSV'),
        h('button', { type: 'button', class: 'wij-button wij-button--subtle', dataset: { action: 'xlsx' },
          onclick: () => download('xlsx') }, 'Download XLSX')));
  }

  async function download(format) {
    try {
      const session = await context.api.get('/api/session');
      const response = await fetch('/api/query/export', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken ?? '' },
        body: JSON.stringify({ sql: state.lastSql, format, title: name.value.trim() || 'Zoekvraag' }),
      });
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        throw new Error(problem.reason ?? `Downloaden mislukt (${response.status}).`);
      }
      const disposition = response.headers.get('Content-Disposition') ?? '';
      const file = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `zoekvraag.${format}`;
      const url = URL.createObjectURL(await response.blob());
      const link = h('a', { href: url, download: file, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      alert(status, 'success', `${file} is gedownload.`);
    } catch (error) {
      alert(status, 'error', error.message);
    }
  }

  // ------------------------------------------------------------------ charts

  function fillChartChoices(chartDefinition = null) {
    const r = state.result;
    if (!r) {
      return;
    }
    const wanted = chartDefinition ?? currentChart();
    chartLabel.replaceChildren(...r.columns.map((c) => h('option', { value: c }, c)));
    if (wanted?.label && r.columns.includes(wanted.label)) {
      chartLabel.value = wanted.label;
    }
    const numeric = r.columns.filter((c, i) => NUMERIC.has(r.types[i]));
    const boxes = numeric.map((c) => {
      const box = uid('waarde');
      return h('div', { class: 'wij-checkbox-option' },
        h('input', { type: 'checkbox', id: box, class: 'wij-checkbox', value: c, onchange: drawChart,
          checked: wanted ? wanted.values?.includes(c) : numeric.indexOf(c) === 0 }),
        h('label', { for: box }, c));
    });
    chartValues.replaceChildren(h('legend', { class: 'wij-form-label' }, 'Kolommen met getallen'), ...(boxes.length > 0 ? boxes
      : [h('p', { class: 'wij-paragraph' }, 'Het resultaat heeft geen kolommen met getallen.')]));
    if (wanted?.type !== undefined) {
      chartType.value = wanted.type ?? '';
    }
  }

  function currentChart() {
    if (!chartType.value) {
      return null;
    }
    const values = [...chartValues.querySelectorAll('input:checked')].map((box) => box.value);
    return { type: chartType.value, label: chartLabel.value, values };
  }

  async function drawChart() {
    state.chartHandle?.destroy?.();
    state.chartHandle = null;
    chart.replaceChildren();
    const definition = currentChart();
    const r = state.result;
    if (!definition || !r || r.rows.length === 0) {
      return;
    }
    if (definition.values.length === 0 || (definition.type === 'scatter' && definition.values.length < 2)) {
      alert(chart, 'info', definition.type === 'scatter' ? 'Kies twee kolommen met getallen: x en y.'
        : 'Kies minstens één kolom met getallen.');
      return;
    }
    const at = (column) => r.columns.indexOf(column);
    const title = name.value.trim() || 'Resultaat van de zoekvraag';
    try {
      if (definition.type === 'map') {
        const { renderChoropleth } = await import('/modules/nl.wij.workbench.charts/kaart.js');
        const values = {};
        for (const row of r.rows) {
          values[String(row[at(definition.label)])] = row[at(definition.values[0])];
        }
        state.chartHandle = renderChoropleth(chart, { title, level: 'gemeente', values, label: definition.values[0],
          unit: '', fit: 'values' });
        return;
      }
      const { renderChart } = await import('/modules/nl.wij.workbench.charts/grafiek.js');
      if (definition.type === 'scatter') {
        state.chartHandle = renderChart(chart, { type: 'scatter', title,
          x: { label: definition.values[0] }, y: { label: definition.values[1] },
          points: r.rows.map((row) => ({ x: row[at(definition.values[0])], y: row[at(definition.values[1])],
            label: String(row[at(definition.label)] ?? '') })) });
        return;
      }
      state.chartHandle = renderChart(chart, { type: definition.type, title,
        x: { label: definition.label, categories: r.rows.map((row) => String(row[at(definition.label)] ?? '')) },
        y: { label: definition.values.join(', ') },
        series: definition.values.map((v) => ({ name: v, values: r.rows.map((row) => row[at(v)]) })) });
    } catch (error) {
      alert(chart, 'error', `De grafiek kon niet worden getekend: ${error.message}`);
    }
  }

  // ------------------------------------------------------------------ saved and starter queries

  async function loadSaved() {
    try {
      const { queries } = await context.api.get('/api/analysis/saved');
      savedList.replaceChildren(...(queries.length === 0 ? [h('li', {}, 'Nog geen opgeslagen zoekvragen.')]
        : queries.map((q) => h('li', { dataset: { savedQuery: q.name } },
          h('button', { type: 'button', class: 'wij-button wij-button--subtle', onclick: () => open(q, q.id) },
            q.name), ` ${q.shared ? '(gedeeld)' : '(privé)'}${q.mine ? '' : `, van ${q.owner}`} `,
          q.description ? h('span', {}, q.description) : null,
          q.mine ? h('button', { type: 'button', class: 'wij-button wij-button--small wij-button--danger',
            'aria-label': `Verwijder ${q.name}`, onclick: () => remove(q) }, 'Verwijderen') : null))));
    } catch (error) {
      savedList.replaceChildren(h('li', {}, `Opgeslagen zoekvragen konden niet worden geladen: ${error.message}`));
    }
  }

  async function loadStarters() {
    try {
      const { queries } = await context.api.get('/api/analysis/starters');
      starterList.replaceChildren(...(queries.length === 0 ? [h('li', {}, 'Geen startvragen: installeer een module.')]
        : queries.map((q) => h('li', { dataset: { starterQuery: q.id } },
          h('button', { type: 'button', class: 'wij-button wij-button--subtle', onclick: () => open(q, null) }, q.title),
          ' ', h('span', {}, q.description)))));
    } catch (error) {
      starterList.replaceChildren(h('li', {}, `Startvragen konden niet worden geladen: ${error.message}`));
    }
  }

  async function open(query, savedId) {
    state.savedId = savedId;
    sql.value = query.sql;
    name.value = query.name ?? query.title ?? '';
    description.value = query.description ?? '';
    shared.checked = Boolean(query.shared);
    chartType.value = query.chart?.type ?? '';
    await run();
    fillChartChoices(query.chart ?? { type: '' });
    drawChart();
  }

  async function save() {
    const body = { name: name.value.trim(), description: description.value.trim(), shared: shared.checked,
      sql: sql.value.trim(), chart: currentChart() };
    try {
      const stored = state.savedId ? await context.api.put(`/api/analysis/saved/${encodeURIComponent(state.savedId)}`, body)
        : await context.api.post('/api/analysis/saved', body);
      state.savedId = stored.id;
      alert(saveStatus, 'success', `Opgeslagen als '${stored.name}'.`);
      loadSaved();
    } catch (error) {
      alert(saveStatus, 'error', error.message);
    }
  }

  async function remove(query) {
    try {
      await context.api.del(`/api/analysis/saved/${encodeURIComponent(query.id)}`);
      if (state.savedId === query.id) {
        state.savedId = null;
      }
      alert(saveStatus, 'success', `'${query.name}' is verwijderd.`);
      loadSaved();
    } catch (error) {
      alert(saveStatus, 'error', error.message);
    }
  }

  const stop = onLiveChange(loadStarters);
  loadStarters();
  loadSaved();
  return () => {
    stop();
    state.chartHandle?.destroy?.();
  };
}
