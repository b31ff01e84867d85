// View "Formulier": one object of any class, with its fields generated from the metamodel
// (velden.js), its properties ("Eigenschappen": every feature with type and documentation) and its
// audit trail ("Geschiedenis"). Actions: Opslaan, Ongedaan maken, Opnieuw, Verwijderen, Nieuw.
//
// Which object: see model.js (shared selection from the Modelverkenner or a signalering, and
// ?klasse=&sleutel= in the page URL). Without one it offers search, "Nieuw" and the objects with
// signaleringen.
//
// Saving: the changed fields go to POST /api/model/validate first; every finding is shown at its
// field (aria-describedby, aria-invalid) and in a summary with links to the fields. Then
// PUT /api/model/objects/<klasse>/<sleutel> (or POST for a new object). Undo/redo:
// POST /api/model/undo|redo; their labels come from GET /api/model/commands.
//
// Stable hooks for tests: controls have data-feature="<name>"; buttons data-action="opslaan",
// "ongedaan-maken", "opnieuw", "verwijderen", "bevestig-verwijderen", "nieuw".

import {
  confirmAction, createNotice, formatDateTime, h, heading, replaceChildren, scrollableTable, table, uniqueId,
} from '/workbench/dom.js';
import {
  SELECT_EVENT, announceChange, canEdit, ensureStylesheet, formatValue, metamodel, multiplicity, objectPath, objectsPath,
  select, selection, showInLocation,
} from './model.js';
import { createField } from './velden.js';

const ACTIONS = { CREATED: 'Aangemaakt', UPDATED: 'Gewijzigd', DELETED: 'Verwijderd' };

export function render(element, context) {
  ensureStylesheet();
  const level = context.headingLevel ?? 3;
  const editable = canEdit(context);
  const ids = {
    title: uniqueId('formulier-titel'), data: uniqueId('gegevens'), props: uniqueId('eigenschappen'),
    history: uniqueId('geschiedenis'), summary: uniqueId('foutoverzicht'), undoNote: uniqueId('ongedaan-uitleg'),
  };
  const state = {
    meta: null, klasse: null, object: null, creating: false, fields: [], dirty: false, disposed: false, token: 0,
  };
  const touched = new Set(); // fields changed since the form was shown; validated while typing
  let validateTimer = null;

  const title = heading(level, 'Object kiezen', { id: ids.title, tabindex: '-1', class: 'wij-heading wij-editors-title' });
  const subtitle = h('p', { class: 'wij-editors-subtitle' });
  const notice = createNotice();
  const summary = h('div', { id: ids.summary, class: 'wij-alert wij-alert--error wij-editors-summary', tabindex: '-1', hidden: true });
  const undoButton = h('button', {
    type: 'button', class: 'wij-button wij-button--secondary', 'data-action': 'ongedaan-maken', 'aria-describedby': ids.undoNote, onclick: undo,
  }, 'Ongedaan maken');
  const redoButton = h('button', {
    type: 'button', class: 'wij-button wij-button--secondary', 'data-action': 'opnieuw', 'aria-describedby': ids.undoNote, onclick: redo,
  }, 'Opnieuw');
  const newKind = h('select', { id: uniqueId('nieuw-soort'), class: 'wij-select wij-editors-new__kind' });
  const newButton = h('button', { type: 'button', class: 'wij-button wij-button--secondary', 'data-action': 'nieuw', onclick: () => startNew(newKind.value) }, 'Nieuw');
  const undoNote = h('p', { id: ids.undoNote, class: 'wij-actions__note' });
  const toolbar = h('div', { class: 'wij-actions wij-editors-toolbar', role: 'group', 'aria-label': 'Bewerken' },
    undoButton, redoButton,
    h('span', { class: 'wij-editors-new' },
      h('label', { class: 'wij-editors-new__label', for: newKind.id }, 'Nieuw object van soort'), newKind, newButton),
    undoNote);
  const body = h('div', { class: 'wij-editors-form-body' });

  element.append(h('div', { class: 'wij-editors-form-header' }, title, subtitle),
    editable ? toolbar : h('p', { class: 'wij-alert wij-alert--info' }, 'U kunt deze gegevens bekijken. Wijzigen mag een beleidsmedewerker of beheerder.'),
    notice.element, summary, body);

  const onSelect = (event) => {
    const ref = event.detail;
    if (ref) {
      guard(() => (ref.nieuw ? startNew(ref.klasse) : show(ref)));
    }
  };
  document.addEventListener(SELECT_EVENT, onSelect);
  window.addEventListener('beforeunload', beforeUnload);

  start();

  return () => {
    state.disposed = true;
    document.removeEventListener(SELECT_EVENT, onSelect);
    window.removeEventListener('beforeunload', beforeUnload);
    showInLocation(null);
  };

  // ------------------------------------------------------------ start and choosing

  async function start() {
    try {
      state.meta = await metamodel(context.api);
    } catch (error) {
      notice.error(`Het gegevensmodel kon niet worden opgehaald: ${error.message}`);
      return;
    }
    fillNewKinds();
    refreshCommands();
    const ref = selection();
    if (ref?.nieuw) {
      startNew(ref.klasse);
    } else if (ref) {
      show(ref);
    } else {
      showChooser();
    }
  }

  function fillNewKinds() {
    const concrete = [...state.meta.classes.values()].filter((c) => !c.abstract)
      .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
    replaceChildren(newKind, concrete.map((c) => h('option', { value: c.name }, c.label)));
  }

  function beforeUnload(event) {
    if (state.dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  }

  /** Runs `next` now, or after the user agreed to drop unsaved changes. */
  function guard(next) {
    if (!state.dirty) {
      next();
      return;
    }
    const question = h('div', { class: 'wij-alert wij-alert--warning' },
      h('p', {}, 'U hebt wijzigingen die nog niet zijn opgeslagen.'),
      h('div', { class: 'wij-actions' },
        h('button', {
          type: 'button', class: 'wij-button wij-button--danger', 'data-action': 'weggooien', onclick: () => {
            state.dirty = false;
            notice.clear();
            next();
          },
        }, 'Wijzigingen weggooien'),
        h('button', {
          type: 'button', class: 'wij-button wij-button--secondary', onclick: () => {
            notice.clear();
            state.fields[0]?.focus();
          },
        }, 'Terug naar het formulier')));
    notice.clear();
    replaceChildren(notice.element.lastElementChild, question);
    question.querySelector('button').focus();
  }

  function resetView() {
    state.token += 1;
    state.fields = [];
    state.dirty = false;
    clearErrors();
    return state.token;
  }

  function showChooser(message) {
    resetView();
    state.object = null;
    state.klasse = null;
    state.creating = false;
    showInLocation(null);
    replaceChildren(title, 'Object kiezen');
    replaceChildren(subtitle, 'Kies een object in de Modelverkenner, zoek het hier, of maak een nieuw object.');
    if (message) {
      notice.info(message);
    }
    const chooser = createChooser();
    replaceChildren(body, chooser.element);
    chooser.loadProblems();
  }

  function createChooser() {
    const searchId = uniqueId('object-zoeken');
    const kind = h('select', { id: uniqueId('object-soort'), class: 'wij-select' },
      [...state.meta.classes.values()].sort((a, b) => a.label.localeCompare(b.label, 'nl'))
        .map((c) => h('option', { value: c.name }, c.label)));
    if (state.lastClass && state.meta.classes.has(state.lastClass)) {
      kind.value = state.lastClass;
    }
    const input = h('input', { id: uniqueId('object-zoekterm'), type: 'search', class: 'wij-textbox', autocomplete: 'off' });
    const status = h('p', { class: 'wij-editors-status', role: 'status' });
    const list = h('ul', { class: 'wij-editors-results' });
    const problems = h('div', { class: 'wij-editors-problems' }, h('p', {}, 'Signaleringen worden opgehaald…'));
    const problemsId = uniqueId('objecten-signaleringen');

    async function find(event) {
      event.preventDefault();
      replaceChildren(status, 'Bezig met zoeken…');
      try {
        const params = new URLSearchParams({ limit: '25' });
        if (input.value.trim()) {
          params.set('search', input.value.trim());
        }
        const data = await context.api.get(`${objectsPath(kind.value)}?${params}`);
        const objects = data?.objects ?? [];
        replaceChildren(list, objects.map((o) => h('li', {}, h('button', {
          type: 'button', class: 'wij-editors-link-button', 'data-action': 'open-object', 'data-sleutel': o.key,
          onclick: () => select({ klasse: o.class, sleutel: o.key }),
        }, o.label))));
        replaceChildren(status, objects.length ? `${objects.length} van ${data.total} getoond.` : 'Niets gevonden.');
      } catch (error) {
        replaceChildren(status, `Zoeken is mislukt: ${error.message}`);
      }
    }

    async function loadProblems() {
      try {
        const data = await context.api.get('/api/model/problems?limit=20');
        const items = data?.problems ?? [];
        replaceChildren(problems, items.length
          ? h('ul', { class: 'wij-editors-results' }, items.map((p) => h('li', {}, h('button', {
            type: 'button', class: 'wij-editors-link-button', 'data-action': 'open-signalering', 'data-sleutel': p.key,
            onclick: () => select({ klasse: p.class, sleutel: p.key }),
          }, `${p.classLabel} ${p.label}: ${p.message}`))))
          : h('p', {}, 'Er zijn geen signaleringen uit de modelcontrole.'));
      } catch (error) {
        replaceChildren(problems, h('p', {}, `De signaleringen konden niet worden opgehaald: ${error.message}`));
      }
    }

    const element = h('div', { class: 'wij-editors-chooser' },
      h('form', { class: 'wij-form wij-form--panel', role: 'search', 'aria-labelledby': searchId, novalidate: true, onsubmit: find },
        heading(level + 1, 'Object zoeken', { id: searchId }),
        h('div', { class: 'wij-form-field' }, h('label', { class: 'wij-form-label', for: kind.id }, 'Soort gegevens'), kind),
        h('div', { class: 'wij-form-field' }, h('label', { class: 'wij-form-label', for: input.id }, 'Zoekterm (leeg: de eerste 25)'), input),
        h('div', { class: 'wij-form-actions' }, h('button', { type: 'submit', class: 'wij-button wij-button--primary' }, 'Zoeken')),
        status, list),
      h('section', { class: 'wij-section', 'aria-labelledby': problemsId },
        heading(level + 1, 'Objecten met signaleringen', { id: problemsId }), problems));
    return { element, loadProblems };
  }

  // ------------------------------------------------------------ showing an object

  async function show(ref, { message = null, focusTitle = true } = {}) {
    const token = resetView();
    notice.clear();
    const klasse = state.meta.classes.get(ref.klasse);
    if (!klasse) {
      showChooser(`Onbekende soort gegevens '${ref.klasse}'; is de module ervan gestopt?`);
      return;
    }
    replaceChildren(body, h('p', { class: 'wij-view__loading', 'aria-busy': 'true' }, 'Het object wordt opgehaald…'));
    let object;
    try {
      object = await context.api.get(objectPath(ref.klasse, ref.sleutel));
    } catch (error) {
      if (token === state.token) {
        showChooser(error.status === 404 ? `${klasse.label} ${ref.sleutel} bestaat niet (meer).` : `Het object kon niet worden opgehaald: ${error.message}`);
      }
      return;
    }
    if (token !== state.token || state.disposed) {
      return;
    }
    display(object, { message, focusTitle });
  }

  function display(object, { message = null, focusTitle = false, findings = [] } = {}) {
    resetView();
    const klasse = state.meta.classes.get(object.class);
    state.object = object;
    state.klasse = klasse;
    state.lastClass = object.class;
    state.creating = false;
    showInLocation({ klasse: object.class, sleutel: object.key });
    if (!klasse.abstract) {
      newKind.value = object.class; // "Nieuw" offers another object of the same kind first
    }
    replaceChildren(title, `${klasse.label}: ${object.label}`);
    replaceChildren(subtitle, klasse.documentation);
    buildForm(klasse, object.values, { keyLocked: true });
    loadHistory();
    if (message) {
      notice.success(message);
    }
    if (findings.length) {
      showFindings(findings, { summaryOnError: false });
    } else {
      checkStored();
    }
    if (focusTitle) {
      title.focus();
    }
  }

  function startNew(klasseName) {
    const klasse = state.meta.classes.get(klasseName);
    if (!klasse || klasse.abstract) {
      notice.error('Kies een soort gegevens waarvan objecten gemaakt kunnen worden.');
      return;
    }
    if (!editable) {
      return;
    }
    guard(() => {
      resetView();
      notice.clear();
      state.object = null;
      state.klasse = klasse;
      state.creating = true;
      showInLocation(null);
      replaceChildren(title, `Nieuw: ${klasse.label}`);
      replaceChildren(subtitle, klasse.documentation);
      buildForm(klasse, {}, { keyLocked: false });
      state.fields[0]?.focus();
    });
  }

  function buildForm(klasse, values, { keyLocked }) {
    const onChange = (feature) => {
      state.dirty = true;
      validateSoon(feature);
    };
    state.fields = klasse.features.map((feature) => createField(feature, { api: context.api, onChange, keyLocked }));
    for (const field of state.fields) {
      field.set(values[field.feature.name] ?? (field.feature.many ? [] : null));
      field.readOnly(!editable);
    }
    state.loaded = Object.fromEntries(state.fields.map((field) => [field.feature.name, JSON.stringify(field.get())]));

    const saveButton = h('button', { type: 'submit', class: 'wij-button wij-button--primary', 'data-action': 'opslaan' },
      state.creating ? 'Aanmaken' : 'Opslaan');
    const actions = editable ? h('div', { class: 'wij-form-actions' }, saveButton,
      state.creating ? h('button', { type: 'button', class: 'wij-button wij-button--secondary', onclick: () => { state.dirty = false; showChooser(); } }, 'Annuleren')
        : confirmAction({
          label: 'Verwijderen',
          question: `${klasse.label} '${state.object.label}' verwijderen? U kunt dit ongedaan maken.`,
          confirmLabel: 'Ja, verwijderen',
          attributes: { 'data-action': 'verwijderen' },
          confirmAttributes: { 'data-action': 'bevestig-verwijderen' },
          onConfirm: remove,
        })) : null;
    const form = h('form', { class: 'wij-form wij-editors-form', novalidate: true, 'aria-labelledby': ids.data, onsubmit: save },
      heading(level + 1, 'Gegevens', { id: ids.data }),
      editable ? h('p', { class: 'wij-form-field-description' }, 'Velden met een * zijn verplicht.') : null,
      state.fields.map((field) => field.element),
      actions);
    const sections = [form];
    if (!state.creating) {
      sections.push(propertiesSection(klasse, state.object), historySection());
    }
    replaceChildren(body, sections);
  }

  // ------------------------------------------------------------ values and validation

  function changedValues() {
    const values = {};
    for (const field of state.fields) {
      const value = field.get();
      const serial = JSON.stringify(value);
      if (state.creating ? value !== null && !(Array.isArray(value) && value.length === 0) : serial !== state.loaded[field.feature.name]) {
        values[field.feature.name] = value;
      }
    }
    return values;
  }

  function validateSoon(feature) {
    touched.add(feature.name);
    clearTimeout(validateTimer);
    validateTimer = setTimeout(() => validate({ only: touched }), 300);
  }

  async function validate({ only = null } = {}) {
    const path = state.creating ? `/api/model/validate/${encodeURIComponent(state.klasse.name)}`
      : `/api/model/validate/${encodeURIComponent(state.object.class)}/${encodeURIComponent(state.object.key)}`;
    const token = state.token;
    const result = await context.api.post(path, { values: changedValues() });
    if (token !== state.token) {
      return null;
    }
    showFindings(result.findings ?? [], { only, summaryOnError: !only });
    return result;
  }

  /** Shows the stored object's own validation findings at their fields (e.g. when opened from a signalering). */
  async function checkStored() {
    const token = state.token;
    try {
      const result = await context.api.post(
        `/api/model/validate/${encodeURIComponent(state.object.class)}/${encodeURIComponent(state.object.key)}`, { values: {} });
      if (token === state.token && (result.findings ?? []).length) {
        showFindings(result.findings, { summaryOnError: false });
      }
    } catch {
      // the form works without it; saving validates again
    }
  }

  function clearErrors() {
    state.fields.forEach((field) => field.setError(null));
    summary.hidden = true;
    replaceChildren(summary);
    touched.clear();
  }

  /** Shows findings at their fields (only the touched ones while typing) and, on save, in the summary. */
  function showFindings(findings, { only = null, summaryOnError = true }) {
    const byField = new Map();
    const general = [];
    for (const finding of findings) {
      const field = state.fields.find((f) => f.feature.name === finding.feature);
      if (field) {
        byField.set(field, [...(byField.get(field) ?? []), finding]);
      } else {
        general.push(finding);
      }
    }
    for (const field of state.fields) {
      if (only && !only.has(field.feature.name)) {
        continue;
      }
      const messages = (byField.get(field) ?? []).map((f) => withoutLabel(f.message, field.feature.label));
      field.setError(messages.length ? messages.join(' ') : null);
    }
    // errors the stored object already had do not stop a save (blocking: false); they stay at their fields
    const errors = findings.filter((f) => f.severity === 'FOUT' && f.blocking !== false);
    if (!summaryOnError || !errors.length) {
      if (!only) {
        summary.hidden = true;
      }
      return;
    }
    const items = errors.map((finding) => {
      const field = state.fields.find((f) => f.feature.name === finding.feature);
      return h('li', {}, field
        ? h('a', {
          href: `#${ids.summary}`, class: 'wij-link', onclick: (event) => {
            event.preventDefault();
            field.focus();
          },
        }, finding.message)
        : finding.message);
    });
    replaceChildren(summary,
      h('p', {}, h('strong', {}, errors.length === 1 ? 'Er is 1 fout; het object is niet opgeslagen.' : `Er zijn ${errors.length} fouten; het object is niet opgeslagen.`)),
      h('ul', { class: 'wij-editors-summary__list' }, items), general.filter((g) => g.severity !== 'FOUT').map((g) => h('p', {}, g.message)));
    summary.hidden = false;
    summary.focus();
  }

  function withoutLabel(message, label) {
    return message.startsWith(`${label}: `) ? message.slice(label.length + 2) : message;
  }

  // ------------------------------------------------------------ actions

  async function save(event) {
    event.preventDefault();
    clearTimeout(validateTimer);
    notice.clear();
    const values = changedValues();
    if (!state.creating && Object.keys(values).length === 0) {
      notice.info('Er zijn geen wijzigingen om op te slaan.');
      return;
    }
    try {
      const check = await validate();
      if (check && !check.valid) {
        return;
      }
      const result = state.creating
        ? await context.api.post(objectsPath(state.klasse.name), { values })
        : await context.api.put(objectPath(state.object.class, state.object.key), { values });
      state.dirty = false;
      updateCommands(result.commands);
      announceChange({ klasse: result.class, sleutel: result.key, label: result.object?.label });
      display(result.object, {
        message: result.changed ? `${state.klasse.label} is opgeslagen.` : 'Er was niets gewijzigd.',
        findings: result.findings ?? [],
      });
      title.focus();
    } catch (error) {
      summary.hidden = false;
      replaceChildren(summary, h('p', {}, h('strong', {}, 'Niet opgeslagen: '), error.message));
      summary.focus();
    }
  }

  async function remove() {
    const { object, klasse } = state;
    try {
      const result = await context.api.del(objectPath(object.class, object.key));
      state.dirty = false;
      updateCommands(result?.commands);
      announceChange({ klasse: object.class, sleutel: object.key, deleted: true });
      showChooser(`${klasse.label} '${object.label}' is verwijderd. Met 'Ongedaan maken' komt het terug.`);
      title.focus();
    } catch (error) {
      notice.error(error.message);
    }
  }

  function undo() {
    guard(() => replay('/api/model/undo'));
  }

  function redo() {
    guard(() => replay('/api/model/redo'));
  }

  async function replay(path) {
    try {
      const result = await context.api.post(path);
      state.dirty = false;
      updateCommands(result.commands);
      announceChange({ klasse: result.class, sleutel: result.key, label: result.object?.label, deleted: result.deleted });
      if (result.deleted) {
        showChooser(`${result.command}. Het object ${result.key} bestaat nu niet meer.`);
        title.focus();
      } else {
        display(result.object, { message: `${result.command}.`, focusTitle: true });
      }
    } catch (error) {
      notice.error(error.message);
      refreshCommands();
    }
  }

  async function refreshCommands() {
    if (!editable) {
      return;
    }
    try {
      updateCommands(await context.api.get('/api/model/commands'));
    } catch {
      // the buttons keep their last state
    }
  }

  function updateCommands(commands) {
    if (!commands) {
      return;
    }
    undoButton.disabled = !commands.undo;
    redoButton.disabled = !commands.redo;
    const parts = [];
    parts.push(commands.undo ? `Ongedaan maken herstelt: ${commands.undo}.` : 'Er is niets om ongedaan te maken.');
    if (commands.redo) {
      parts.push(`Opnieuw doet: ${commands.redo}.`);
    }
    replaceChildren(undoNote, parts.join(' '));
  }

  // ------------------------------------------------------------ properties and history

  function propertiesSection(klasse, object) {
    return h('section', { class: 'wij-section', 'aria-labelledby': ids.props },
      heading(level + 1, 'Eigenschappen', { id: ids.props }),
      h('p', { class: 'wij-paragraph' }, `Alle eigenschappen van ${klasse.label.toLocaleLowerCase('nl')} zoals het gegevensmodel ze beschrijft, met de opgeslagen waarden.`),
      scrollableTable(table({
        labelledBy: ids.props,
        className: 'wij-table--compact wij-editors-properties',
        columns: ['Eigenschap', 'Waarde', 'Soort', 'Uitleg'],
        empty: 'Deze soort heeft geen eigenschappen.',
        rows: klasse.features.map((feature) => ({
          props: { 'data-property': feature.name },
          cells: [
            h('span', {}, feature.label, h('br'), h('code', { class: 'wij-editors-code' }, feature.name)),
            formatValue(feature, object.values[feature.name]) || h('span', { class: 'wij-editors-empty' }, '—'),
            `${feature.typeLabel} (${multiplicity(feature)})`,
            feature.documentation,
          ],
        })),
      }), 'Tabel met eigenschappen'));
  }

  function historySection() {
    return h('section', { class: 'wij-section', 'aria-labelledby': ids.history },
      heading(level + 1, 'Geschiedenis', { id: ids.history }),
      h('div', { class: 'wij-editors-history', 'aria-busy': 'true' }, h('p', {}, 'De geschiedenis wordt opgehaald…')));
  }

  async function loadHistory() {
    const token = state.token;
    const { object, klasse } = state;
    const area = body.querySelector('.wij-editors-history');
    if (!area) {
      return;
    }
    try {
      const data = await context.api.get(`${objectPath(object.class, object.key)}/history`);
      if (token !== state.token) {
        return;
      }
      const entries = [...(data?.entries ?? [])].reverse();
      replaceChildren(area, scrollableTable(table({
        labelledBy: ids.history,
        className: 'wij-table--compact wij-editors-history-table',
        columns: ['Wanneer', 'Wie', 'Wat', 'Eigenschap', 'Oude waarde', 'Nieuwe waarde'],
        empty: 'Er is geen geschiedenis van dit object.',
        rows: entries.map((e) => [
          formatDateTime(e.timestamp), e.user, ACTIONS[e.action] ?? e.action, e.featureLabel ?? '—',
          e.oldValue ?? '—', e.newValue ?? '—',
        ]),
      }), `Tabel met de geschiedenis van ${klasse.label.toLocaleLowerCase('nl')} ${object.label}`));
    } catch (error) {
      replaceChildren(area, h('p', {}, `De geschiedenis kon niet worden opgehaald: ${error.message}`));
    } finally {
      area.removeAttribute('aria-busy');
    }
  }
}
