// Shared helpers of the GOAB views: Dutch number formats, a small form builder on the shell's
// formField, "voorbeeld" badges, and charts/maps from nl.wij.workbench.charts when that bundle is
// there (the tables are always shown, the charts are an addition). No inline script or style.

import { createNotice, formField, h, heading, replaceChildren, scrollableTable, table, uniqueId } from '/workbench/dom.js';

export { createNotice, h, heading, replaceChildren, scrollableTable, table, uniqueId };

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** A number in Dutch notation, '–' for none. */
export function nummer(waarde) {
  return waarde === null || waarde === undefined || waarde === '' ? '–' : getal.format(Number(waarde));
}

/** An amount in euro, '–' for none. */
export function bedrag(waarde) {
  return waarde === null || waarde === undefined || waarde === '' ? '–' : euro.format(Number(waarde));
}

/** A percentage, '–' for none. */
export function procent(waarde) {
  return waarde === null || waarde === undefined ? '–' : `${getal.format(Number(waarde))}%`;
}

/** A suppressed count is shown as "<5", as DUO does. */
export function aantal(object, veld) {
  return object[`${veld}Onderdrukt`] ? '<5' : nummer(object[veld]);
}

/** A badge marking example data shipped with the demo. */
export function voorbeeldBadge(voorbeeld) {
  return voorbeeld ? h('span', { class: 'wij-badge wij-badge--waarschuwing', 'data-voorbeeld': '' }, 'voorbeeld') : null;
}

/** A notice that the shown data holds examples, not real figures of the gemeente. */
export function voorbeeldMelding(zichtbaar) {
  return zichtbaar
    ? h('p', { class: 'wij-alert wij-alert--warning', 'data-voorbeeld-melding': '' },
      h('strong', {}, 'Voorbeeldgegevens: '),
      'rijen met het label "voorbeeld" zijn met de demo meegeleverd en zijn geen echte gegevens van de gemeente.')
    : null;
}

/** A section with a heading and content. */
export function sectie(level, titel, ...inhoud) {
  const id = uniqueId('sectie');
  return h('section', { class: 'wij-section', 'aria-labelledby': id }, heading(level, titel, { id }), ...inhoud);
}

/** A scrollable data table labelled by its caption. */
export function tabel({ titel, kolommen, rijen, leeg, kenmerk }) {
  const element = table({ caption: titel, columns: kolommen, rows: rijen, empty: leeg ?? 'Geen gegevens.', className: 'wij-table--compact' });
  if (kenmerk) {
    element.setAttribute(kenmerk, '');
  }
  return scrollableTable(element, titel);
}

/**
 * A form from a field list: { naam, label, type: 'text'|'number'|'date'|'select'|'textarea', opties: [[waarde, label]],
 * verplicht, uitleg, waarde }. onSubmit(values) may throw an Error whose message is shown.
 */
export function formulier({ level, titel, velden, knop, actie, onSubmit, notice }) {
  const formId = uniqueId('formulier');
  const meldingen = notice ?? createNotice();
  const controls = new Map();
  const fields = velden.map((veld) => {
    let control;
    if (veld.type === 'select') {
      control = h('select', { class: 'wij-select', name: veld.naam },
        veld.verplicht ? null : h('option', { value: '' }, '(geen)'),
        (veld.opties ?? []).map(([waarde, label]) => h('option', { value: waarde }, label)));
    } else if (veld.type === 'textarea') {
      control = h('textarea', { class: 'wij-textbox', name: veld.naam, rows: '3' });
    } else {
      control = h('input', {
        type: veld.type === 'number' ? 'text' : (veld.type ?? 'text'), class: 'wij-textbox', name: veld.naam,
        inputmode: veld.type === 'number' ? 'decimal' : null, autocomplete: 'off',
      });
    }
    if (veld.waarde !== undefined && veld.waarde !== null) {
      control.value = String(veld.waarde);
    }
    const field = formField({ label: veld.verplicht ? `${veld.label} (verplicht)` : veld.label, control, description: veld.uitleg });
    controls.set(veld.naam, { field, veld });
    return field.element;
  });
  const form = h('form', { class: 'wij-form wij-form--panel', 'aria-labelledby': formId, novalidate: true, onsubmit: submit },
    heading(level, titel, { id: formId }),
    fields,
    h('div', { class: 'wij-form-actions' },
      h('button', { type: 'submit', class: 'wij-button wij-button--primary', 'data-action': actie }, knop)));

  function waarden() {
    const values = {};
    controls.forEach(({ field }, naam) => {
      values[naam] = field.control.value.trim();
    });
    return values;
  }

  async function submit(event) {
    event.preventDefault();
    let eerste = null;
    controls.forEach(({ field, veld }) => {
      const leeg = veld.verplicht && !field.control.value.trim();
      field.setError(leeg ? `Vul ${veld.label.toLowerCase()} in.` : null);
      if (leeg && !eerste) {
        eerste = field.control;
      }
    });
    if (eerste) {
      meldingen.error('Niet opgeslagen: vul de gemarkeerde velden in.');
      eerste.focus();
      return;
    }
    try {
      const tekst = await onSubmit(waarden());
      meldingen.success(tekst);
    } catch (error) {
      meldingen.error(`Niet opgeslagen: ${error.message}`);
    }
  }

  return {
    element: h('div', {}, notice ? null : meldingen.element, form),
    waarden,
    zet(values) {
      Object.entries(values).forEach(([naam, waarde]) => {
        const entry = controls.get(naam);
        if (entry) {
          entry.field.control.value = waarde === null || waarde === undefined ? '' : String(waarde);
        }
      });
    },
    opties(naam, opties) {
      const entry = controls.get(naam);
      if (entry) {
        const huidig = entry.field.control.value;
        replaceChildren(entry.field.control, entry.veld.verplicht ? null : h('option', { value: '' }, '(geen)'),
          opties.map(([waarde, label]) => h('option', { value: waarde }, label)));
        entry.field.control.value = opties.some(([waarde]) => waarde === huidig) ? huidig : (opties[0]?.[0] ?? '');
      }
    },
  };
}

/** A select of options that calls onChange(value). */
export function keuzelijst({ label, opties, waarde, onChange, kenmerk }) {
  const control = h('select', { class: 'wij-select', onchange: () => onChange(control.value) },
    opties.map(([v, l]) => h('option', { value: v }, l)));
  if (kenmerk) {
    control.setAttribute(kenmerk, '');
  }
  control.value = waarde ?? '';
  return formField({ label, control }).element;
}

/**
 * Draws a chart with nl.wij.workbench.charts when it is installed; otherwise leaves the element
 * empty (the data table next to it carries the same figures).
 */
export async function grafiek(element, spec) {
  try {
    const charts = await import('/modules/nl.wij.workbench.charts/grafiek.js');
    replaceChildren(element);
    return charts.renderChart(element, spec);
  } catch {
    replaceChildren(element);
    return null;
  }
}

/** Draws a choropleth of gemeenten with nl.wij.workbench.charts when it is installed. */
export async function kaart(element, spec) {
  try {
    const maps = await import('/modules/nl.wij.workbench.charts/kaart.js');
    replaceChildren(element);
    return maps.renderChoropleth(element, spec);
  } catch {
    replaceChildren(element);
    return null;
  }
}

/** Download links for an export of the given path in CSV and XLSX. */
export function exportLinks(pad, label) {
  const scheider = pad.includes('?') ? '&' : '?';
  return h('p', { class: 'wij-actions' },
    h('a', { class: 'wij-link', href: `${pad}${scheider}formaat=csv`, download: '', 'data-export': 'csv' }, `${label} als CSV`),
    ' ',
    h('a', { class: 'wij-link', href: `${pad}${scheider}formaat=xlsx`, download: '', 'data-export': 'xlsx' }, `${label} als Excel (XLSX)`));
}

/** Whether the user may change policy data. */
export function magWijzigen(context) {
  const roles = context.user?.roles ?? [];
  return roles.includes('beheerder') || roles.includes('beleidsmedewerker');
}
