// Shared code of the IHP views (nl.wij.ihp.web): the chosen gemeente and vestiging, links from
// signaleringen, Dutch number formatting, the traffic-light verdict (colour + symbol + word), the
// optional charts of the workbench (contract 3; the views work with tables alone when the charts
// bundle is absent), and a small form builder on the shell's form fields.

import { createNotice, formField, h, replaceChildren, uniqueId } from '/workbench/dom.js';

export const VIEWS = {
  overzicht: 'nl.wij.ihp.web.view.overzicht',
  vestiging: 'nl.wij.ihp.web.view.vestiging',
  gebouwen: 'nl.wij.ihp.web.view.gebouwen',
  verordening: 'nl.wij.ihp.web.view.verordening',
  plan: 'nl.wij.ihp.web.view.plan',
  raad: 'nl.wij.ihp.web.view.raad',
};
export const CHANGED = 'wij-ihp:gewijzigd';
const STYLESHEET = '/modules/nl.wij.ihp.web/ihp.css';
const PROBLEM_PREFIX = 'nl.wij.ihp.web.problem/';
const EDIT_ROLES = ['beheerder', 'beleidsmedewerker'];

const state = { gemeente: sessionStorage.getItem('wij-ihp-gemeente'), vestiging: null, gebouw: null, gemeenten: null };

export function ensureStylesheet() {
  if (!document.querySelector(`link[href="${STYLESHEET}"]`)) {
    document.head.append(h('link', { rel: 'stylesheet', href: STYLESHEET }));
  }
}

export function canEdit(context) {
  return (context.user?.roles ?? []).some((role) => EDIT_ROLES.includes(role));
}

/**
 * The frame every IHP view shares: an optional explanation, the message area, a toolbar (gemeente and
 * other choices) and the content, in `element`. Returns them with the view's heading level.
 */
export function viewFrame(element, context, intro = null) {
  ensureStylesheet();
  const notice = createNotice();
  const toolbar = h('div', { class: 'ihp-toolbar' });
  const inhoud = h('div', {});
  replaceChildren(element, intro ? h('p', { class: 'ihp-uitleg' }, intro) : null, notice.element, toolbar, inhoud);
  return { level: context.headingLevel ?? 3, notice, toolbar, inhoud };
}

/**
 * Runs `load` now and again whenever IHP data changed (or one of `events` fires); returns the
 * function that stops listening, for the view's render() to return.
 */
export function reloadOnChange(load, events = []) {
  const reload = () => load();
  const all = [CHANGED, ...events];
  all.forEach((name) => document.addEventListener(name, reload));
  load();
  return () => all.forEach((name) => document.removeEventListener(name, reload));
}

/** Tells the other IHP views that data changed (they reload). */
export function announceChange() {
  document.dispatchEvent(new CustomEvent(CHANGED));
}

// ---------------------------------------------------------------- selection

export async function gemeenten(api) {
  if (!state.gemeenten) {
    state.gemeenten = api.get('/api/ihp/gemeenten').catch((error) => {
      state.gemeenten = null;
      throw error;
    });
  }
  return state.gemeenten;
}

/** The chosen gemeente code (the one with the most vestigingen until the user picks another). */
export async function gemeente(api) {
  const data = await gemeenten(api);
  const codes = data.gemeenten.map((g) => g.code);
  if (!state.gemeente || !codes.includes(state.gemeente)) {
    state.gemeente = codes[0] ?? null;
  }
  return state.gemeente;
}

/** A select for the gemeente; calls onChange(code) after a choice. */
export async function gemeenteKiezer(api, onChange) {
  const data = await gemeenten(api);
  const huidig = await gemeente(api);
  const select = h('select', { class: 'wij-select', name: 'gemeente', dataset: { ihp: 'gemeente' } },
    data.gemeenten.map((g) => h('option', { value: g.code, selected: g.code === huidig },
      `${g.naam} (${g.code}, ${g.vestigingen} vestigingen)`)));
  select.addEventListener('change', () => {
    state.gemeente = select.value;
    sessionStorage.setItem('wij-ihp-gemeente', select.value);
    onChange(select.value);
  });
  return formField({ label: 'Gemeente', control: select }).element;
}

export function kiesVestiging(brin6) {
  state.vestiging = brin6;
  document.dispatchEvent(new CustomEvent('wij-ihp:vestiging', { detail: brin6 }));
}

export function gekozenVestiging() {
  return state.vestiging;
}

export function kiesGebouw(code) {
  state.gebouw = code;
  document.dispatchEvent(new CustomEvent('wij-ihp:gebouw', { detail: code }));
}

export function gekozenGebouw() {
  return state.gebouw;
}

// A click on an IHP signalering selects its object before the shell opens the view.
document.addEventListener('click', (event) => {
  const row = event.target.closest?.('[data-problem-id]');
  const link = event.target.closest?.('a[data-target-view]');
  const id = row?.dataset.problemId ?? '';
  if (!link || !id.startsWith(PROBLEM_PREFIX)) {
    return;
  }
  const [regel, ...sleutel] = id.slice(PROBLEM_PREFIX.length).split('/');
  const key = sleutel.join('/');
  if (regel === 'levensduur' || regel === 'binnenklimaat') {
    kiesGebouw(key);
  } else {
    kiesVestiging(key);
  }
}, true);

/** A link (button styled as link) that opens another IHP view, after `before()`. */
export function viewLink(context, viewId, text, before = () => {}, dataset = {}) {
  return h('button', {
    type: 'button', class: 'wij-button wij-button--subtle wij-button--small', dataset,
    onclick: () => { before(); context.openView(viewId); },
  }, text);
}

// ---------------------------------------------------------------- formatting

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

export function m2(value) {
  return value === null || value === undefined ? '–' : `${getal.format(value)} m²`;
}

export function bedrag(value) {
  return value === null || value === undefined ? '–' : euro.format(value);
}

export function aantal(value) {
  return value === null || value === undefined ? '–' : getal.format(value);
}

export function procent(value) {
  return value === null || value === undefined ? '–' : `${getal.format(value)}%`;
}

export function num(text, klasse = 'ihp-getal') {
  return h('span', { class: klasse }, text);
}

const OORDEEL = {
  TEKORT: { symbool: '▲', klasse: 'tekort' },
  KRAP: { symbool: '△', klasse: 'krap' },
  PASSEND: { symbool: '✓', klasse: 'passend' },
  OVERSCHOT: { symbool: '▽', klasse: 'overschot' },
  ONBEKEND: { symbool: '?', klasse: 'onbekend' },
};

/** The traffic light of a verdict: colour, a symbol (hidden from screen readers) and the Dutch words. */
export function oordeel(code, tekst) {
  const o = OORDEEL[code] ?? OORDEEL.ONBEKEND;
  return h('span', { class: `ihp-oordeel ihp-oordeel--${o.klasse}`, dataset: { oordeel: code } },
    h('span', { 'aria-hidden': 'true' }, o.symbool), tekst);
}

export function voorbeeldLabel(isVoorbeeld) {
  return isVoorbeeld ? h('span', { class: 'ihp-voorbeeld', title: 'Verzonnen voorbeeld, geen echte gegevens' }, 'voorbeeld') : null;
}

// ---------------------------------------------------------------- charts (optional)

let charts = null;

/** The workbench's chart modules, or null when the charts bundle is not installed. */
export async function grafieken() {
  if (charts === null) {
    charts = Promise.all([
      import('/modules/nl.wij.workbench.charts/grafiek.js'),
      import('/modules/nl.wij.workbench.charts/kaart.js'),
    ]).then(([grafiek, kaart]) => ({ grafiek, kaart })).catch(() => undefined);
  }
  return charts;
}

/** Renders a chart into `element` if the charts are there; else explains that the table has the figures. */
export async function grafiek(element, spec) {
  const modules = await grafieken();
  if (!modules) {
    replaceChildren(element, h('p', { class: 'ihp-uitleg' }, 'Grafieken zijn niet beschikbaar in deze werkbank; de tabel toont dezelfde cijfers.'));
    return null;
  }
  return modules.grafiek.renderChart(element, spec);
}

/** Renders the gemeente choropleth (the DUO files have no coordinates of vestigingen, so no points). */
export async function kaart(element, spec) {
  const modules = await grafieken();
  if (!modules) {
    replaceChildren(element, h('p', { class: 'ihp-uitleg' }, 'De kaart is niet beschikbaar in deze werkbank.'));
    return null;
  }
  return modules.kaart.renderChoropleth(element, spec);
}

// ---------------------------------------------------------------- forms

/**
 * A form from field descriptions: `{ naam, label, type: 'text'|'number'|'select'|'multi'|'date'|'checkbox'|'textarea',
 * opties: [[value, label]], verplicht, uitleg, waarde }`. `onSubmit(values)` gets the values by name
 * (empty text as null); a thrown error's message is shown in the form's alert and focus moves there.
 */
export function formulier({ velden, knop, onSubmit, id }) {
  const controls = new Map();
  const alert = h('div', { role: 'alert', class: 'wij-notice' });
  const fields = velden.map((veld) => {
    const control = control_(veld);
    controls.set(veld.naam, { veld, control });
    if (veld.type === 'checkbox') {
      return h('div', { class: 'wij-form-field' }, h('label', { class: 'wij-checkbox-option' }, control, ' ', veld.label));
    }
    const label = veld.verplicht ? `${veld.label} (verplicht)` : veld.label;
    return formField({ label, control, description: veld.uitleg }).element;
  });
  const submit = h('button', { type: 'submit', class: 'wij-button wij-button--primary' }, knop);
  const form = h('form', { class: 'wij-form', id: id ?? uniqueId('ihp-formulier'), novalidate: true },
    alert, h('div', { class: 'ihp-velden' }, fields), h('div', { class: 'wij-form-actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = {};
    for (const [naam, { veld, control }] of controls) {
      if (veld.type === 'checkbox') {
        values[naam] = control.checked;
      } else if (veld.type === 'multi') {
        values[naam] = [...control.selectedOptions].map((option) => option.value);
      } else {
        const value = control.value.trim();
        values[naam] = value === '' ? null : value;
      }
    }
    submit.disabled = true;
    replaceChildren(alert);
    try {
      await onSubmit(values);
    } catch (error) {
      replaceChildren(alert, h('p', { class: 'wij-alert wij-alert--error', tabindex: '-1' }, h('strong', {}, 'Niet opgeslagen: '), error.message));
      alert.firstChild.focus();
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function control_(veld) {
  const common = { id: uniqueId(`ihp-${veld.naam}`), name: veld.naam, dataset: { veld: veld.naam } };
  if (veld.type === 'select') {
    return h('select', { ...common, class: 'wij-select' },
      (veld.verplicht ? [] : [h('option', { value: '' }, '(geen)')]).concat(
        veld.opties.map(([value, label]) => h('option', { value, selected: String(veld.waarde ?? '') === String(value) }, label))));
  }
  if (veld.type === 'multi') {
    return h('select', { ...common, class: 'wij-select', multiple: true, size: '5' },
      veld.opties.map(([value, label]) => h('option', { value, selected: (veld.waarde ?? []).includes(value) }, label)));
  }
  if (veld.type === 'checkbox') {
    return h('input', { ...common, type: 'checkbox', class: 'wij-checkbox', checked: Boolean(veld.waarde) });
  }
  if (veld.type === 'textarea') {
    return h('textarea', { ...common, class: 'wij-textbox', rows: '2', value: veld.waarde ?? '' });
  }
  return h('input', {
    ...common, type: veld.type === 'date' ? 'date' : 'text', class: 'wij-textbox', value: veld.waarde ?? '',
    inputmode: veld.type === 'number' ? 'decimal' : null, autocomplete: 'off',
  });
}

/** Options of an enum as [literal, label] pairs. */
export function opties(lijst) {
  return lijst.map((item) => (Array.isArray(item) ? item : [item, item]));
}
