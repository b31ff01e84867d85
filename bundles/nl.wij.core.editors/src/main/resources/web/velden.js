// Form fields generated from the metamodel (a feature of GET /api/model/packages): one widget per
// feature, chosen by `feature.input` and `feature.many`:
//   text, integer, decimal   text box (numbers as text: the server converts and explains)
//   boolean                  check box; a nullable boolean (EBooleanObject) is a choice Onbekend/Ja/Nee
//   date, datetime           date (and time) input
//   enum                     choice list; many-valued: a group of check boxes
//   reference                the current object and a picker with search; many-valued: a list with
//                            "Toevoegen…" and a remove button per item
//   other many-valued        text area, one value per line
// Every widget: label from the model, the documentation as its description, a * for required
// (aria-required), an error text tied to the control with aria-describedby and aria-invalid.
// Widget interface: { feature, element, focus(), get(), set(value), setError(text), readOnly(bool) }.
// `get()` gives the JSON the API expects; the control carries data-feature="<name>" for tests.

import { h, replaceChildren, uniqueId, visuallyHidden } from '/workbench/dom.js';
import { objectsPath } from './model.js';

export function createField(feature, { api, onChange, keyLocked = false }) {
  if (feature.input === 'reference') {
    return feature.many ? referenceListField(feature, api, onChange) : referenceField(feature, api, onChange);
  }
  if (feature.input === 'enum' && feature.many) {
    return enumListField(feature, onChange);
  }
  if (feature.input === 'boolean' && !feature.many && !feature.nullable) {
    return checkboxField(feature, onChange);
  }
  return simpleField(feature, onChange, keyLocked);
}

function requiredMark(feature) {
  return feature.required && feature.input !== 'boolean'
    ? h('span', { class: 'wij-editors-required', 'aria-hidden': 'true', title: 'verplicht' }, ' *')
    : null;
}

function description(feature) {
  const parts = [];
  // Documentation that only repeats the label ("Straatnaam van het bezoekadres.") is left out.
  const repeatsLabel = feature.documentation.replace(/\.$/, '').toLocaleLowerCase('nl') === feature.label.toLocaleLowerCase('nl');
  if (feature.documentation && !repeatsLabel) {
    parts.push(feature.documentation);
  }
  // The data type's documentation explains a code's form (Postcode: "vier cijfers, een spatie ...");
  // shown for patterned text types unless the feature's own documentation already opens the same way.
  const firstPhrase = (text) => (text ?? '').split(/[:,.(]/)[0].trim().toLocaleLowerCase('nl');
  if (feature.typeDocumentation && (feature.patterns ?? []).length
      && firstPhrase(feature.typeDocumentation) !== firstPhrase(feature.documentation)) {
    parts.push(`Vorm: ${feature.typeDocumentation}`);
  }
  if (feature.many && feature.input !== 'enum' && feature.input !== 'reference') {
    parts.push('Eén waarde per regel.');
  }
  return parts.join(' ');
}

/** Keeps aria-describedby = description + error on the given controls. */
function errorHandling(controls, descriptionId, errorElement, { invalidOn = controls } = {}) {
  return (text) => {
    replaceChildren(errorElement, text || '');
    errorElement.hidden = !text;
    for (const control of invalidOn) {
      if (text) {
        control.setAttribute('aria-invalid', 'true');
      } else {
        control.removeAttribute('aria-invalid');
      }
    }
    for (const control of controls) {
      const describedBy = [descriptionId, text ? errorElement.id : null].filter(Boolean).join(' ');
      if (describedBy) {
        control.setAttribute('aria-describedby', describedBy);
      } else {
        control.removeAttribute('aria-describedby');
      }
    }
  };
}

// ------------------------------------------------------------------ simple: one control with a label

function simpleField(feature, onChange, keyLocked) {
  const id = uniqueId(`veld-${feature.name}`);
  const control = simpleControl(feature, id);
  control.dataset.feature = feature.name;
  if (feature.required && feature.input !== 'boolean') {
    control.setAttribute('aria-required', 'true');
  }
  control.addEventListener('change', () => onChange(feature));
  const text = description(feature);
  const descriptionId = text ? `${id}-uitleg` : null;
  const error = h('p', { id: `${id}-fout`, class: 'wij-form-field-error', hidden: true });
  const element = h('div', { class: 'wij-form-field', 'data-field': feature.name },
    h('label', { class: 'wij-form-label', for: id }, feature.label, requiredMark(feature)),
    text ? h('p', { id: descriptionId, class: 'wij-form-field-description' }, text) : null,
    error, control);
  const setError = errorHandling([control], descriptionId, error);
  setError(null);
  const field = {
    feature,
    element,
    focus: () => control.focus(),
    setError,
    get: () => readSimple(feature, control),
    set: (value) => writeSimple(feature, control, value),
    readOnly: (locked) => {
      const lock = locked || (keyLocked && feature.key) || !feature.changeable;
      if (control.tagName === 'SELECT') {
        control.disabled = lock;
      } else {
        control.readOnly = lock;
      }
    },
  };
  field.readOnly(false);
  return field;
}

function simpleControl(feature, id) {
  if (feature.many) {
    return h('textarea', { id, class: 'wij-textbox wij-editors-textarea', rows: '3', spellcheck: 'false' });
  }
  switch (feature.input) {
    case 'enum':
      return h('select', { id, class: 'wij-select' },
        h('option', { value: '' }, feature.required ? '— kies —' : '(geen)'),
        (feature.literals ?? []).map((l) => h('option', { value: l.value, title: l.documentation || null }, l.label)));
    case 'boolean':
      return h('select', { id, class: 'wij-select' },
        h('option', { value: '' }, 'Onbekend'), h('option', { value: 'true' }, 'Ja'), h('option', { value: 'false' }, 'Nee'));
    case 'date':
      return h('input', { id, type: 'date', class: 'wij-textbox wij-editors-input--date' });
    case 'datetime':
      return h('input', { id, type: 'datetime-local', step: '1', class: 'wij-textbox wij-editors-input--date' });
    case 'integer':
      return h('input', { id, type: 'text', inputmode: 'numeric', autocomplete: 'off', class: 'wij-textbox wij-editors-input--number' });
    case 'decimal':
      return h('input', { id, type: 'text', inputmode: 'decimal', autocomplete: 'off', class: 'wij-textbox wij-editors-input--number' });
    default:
      return h('input', {
        id, type: 'text', class: 'wij-textbox', autocomplete: 'off', spellcheck: feature.key ? 'false' : null,
        maxlength: feature.maxLength ? String(feature.maxLength) : null,
      });
  }
}

function readSimple(feature, control) {
  if (feature.many) {
    return control.value.split('\n').map((line) => line.trim()).filter(Boolean);
  }
  const value = control.value.trim();
  if (value === '') {
    return null;
  }
  if (feature.input === 'boolean') {
    return value === 'true';
  }
  return value;
}

function writeSimple(feature, control, value) {
  if (feature.many) {
    control.value = (value ?? []).join('\n');
  } else if (value === null || value === undefined) {
    control.value = '';
  } else if (feature.input === 'boolean') {
    control.value = value ? 'true' : 'false';
  } else if (feature.input === 'datetime') {
    control.value = String(value).slice(0, 19);
  } else {
    control.value = String(value);
  }
}

// ------------------------------------------------------------------ check box (primitive boolean)

function checkboxField(feature, onChange) {
  const id = uniqueId(`veld-${feature.name}`);
  const box = h('input', { id, type: 'checkbox', class: 'wij-checkbox', 'data-feature': feature.name, onchange: () => onChange(feature) });
  const text = description(feature);
  const descriptionId = text ? `${id}-uitleg` : null;
  const error = h('p', { id: `${id}-fout`, class: 'wij-form-field-error', hidden: true });
  const element = h('div', { class: 'wij-form-field', 'data-field': feature.name },
    error,
    h('div', { class: 'wij-checkbox-option' }, box,
      h('label', { class: 'wij-checkbox-option__label', for: id }, feature.label)),
    text ? h('p', { id: descriptionId, class: 'wij-form-field-description wij-editors-checkbox-description' }, text) : null);
  const setError = errorHandling([box], descriptionId, error);
  setError(null);
  return {
    feature,
    element,
    focus: () => box.focus(),
    setError,
    get: () => box.checked,
    set: (value) => {
      box.checked = Boolean(value);
    },
    readOnly: (locked) => {
      box.disabled = locked || !feature.changeable;
    },
  };
}

// ------------------------------------------------------------------ enum list (check boxes)

function enumListField(feature, onChange) {
  const id = uniqueId(`veld-${feature.name}`);
  const text = description(feature);
  const descriptionId = text ? `${id}-uitleg` : null;
  const error = h('p', { id: `${id}-fout`, class: 'wij-form-field-error', hidden: true });
  const boxes = (feature.literals ?? []).map((literal) => h('input', {
    type: 'checkbox', class: 'wij-checkbox', id: uniqueId(`${id}-${literal.value}`), value: literal.value,
    'data-feature': feature.name, onchange: () => onChange(feature),
  }));
  const element = h('fieldset', { class: 'wij-fieldset wij-form-field', 'data-field': feature.name },
    h('legend', { class: 'wij-fieldset__legend' }, feature.label, requiredMark(feature)),
    text ? h('p', { id: descriptionId, class: 'wij-form-field-description' }, text) : null,
    error,
    boxes.map((box, i) => h('div', { class: 'wij-checkbox-option' }, box,
      h('label', { class: 'wij-checkbox-option__label', for: box.id }, feature.literals[i].label))));
  const setError = errorHandling(boxes, descriptionId, error);
  setError(null);
  return {
    feature,
    element,
    focus: () => boxes[0]?.focus(),
    setError,
    get: () => boxes.filter((box) => box.checked).map((box) => box.value),
    set: (values) => {
      const set = new Set(values ?? []);
      boxes.forEach((box) => {
        box.checked = set.has(box.value);
      });
    },
    readOnly: (locked) => boxes.forEach((box) => {
      box.disabled = locked || !feature.changeable;
    }),
  };
}

// ------------------------------------------------------------------ references

/**
 * A search-and-pick panel for objects of the reference's type: a search box, up to 20 matches as
 * buttons, "Annuleren". Escape closes it. `onPick(summary)` gets {class, key, label}.
 */
function picker(feature, api, onPick, onClose) {
  const searchId = uniqueId(`zoek-${feature.name}`);
  const input = h('input', { id: searchId, type: 'search', class: 'wij-textbox', autocomplete: 'off', 'data-picker-for': feature.name });
  const status = h('p', { class: 'wij-editors-status', role: 'status' });
  const list = h('ul', { class: 'wij-editors-results' });
  const typeLabel = feature.typeLabel.toLocaleLowerCase('nl');
  const panel = h('div', { class: 'wij-editors-picker', hidden: true },
    h('label', { class: 'wij-form-label', for: searchId }, `Zoek een ${typeLabel}`),
    h('div', { class: 'wij-editors-picker__search' }, input,
      h('button', { type: 'button', class: 'wij-button wij-button--secondary', onclick: () => load() }, 'Zoeken'),
      h('button', { type: 'button', class: 'wij-button wij-button--subtle', onclick: () => close() }, 'Annuleren')),
    status, list);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      load();
    }
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });

  async function load() {
    replaceChildren(status, 'Bezig met zoeken…');
    try {
      const params = new URLSearchParams({ limit: '20' });
      if (input.value.trim()) {
        params.set('search', input.value.trim());
      }
      const data = await api.get(`${objectsPath(feature.referenceType)}?${params}`);
      const objects = data?.objects ?? [];
      replaceChildren(list, objects.map((o) => h('li', {},
        h('button', {
          type: 'button', class: 'wij-editors-link-button', 'data-action': 'kies', 'data-sleutel': o.key,
          onclick: () => {
            onPick({ class: o.class, key: o.key, label: o.label });
            close();
          },
        }, visuallyHidden('Kies '), o.label))));
      replaceChildren(status, objects.length === 0 ? 'Niets gevonden.'
        : `${objects.length} van ${data.total} getoond${data.total > objects.length ? '; verfijn de zoekterm voor de rest' : ''}.`);
    } catch (error) {
      replaceChildren(status, `Zoeken is mislukt: ${error.message}`);
    }
  }

  function open() {
    panel.hidden = false;
    input.value = '';
    replaceChildren(list);
    input.focus();
    load();
  }

  function close() {
    panel.hidden = true;
    onClose();
  }

  return { element: panel, open, close, isOpen: () => !panel.hidden };
}

function referenceField(feature, api, onChange) {
  const id = uniqueId(`veld-${feature.name}`);
  const text = description(feature);
  const descriptionId = text ? `${id}-uitleg` : null;
  const error = h('p', { id: `${id}-fout`, class: 'wij-form-field-error', hidden: true });
  const current = h('span', { id: `${id}-waarde`, class: 'wij-editors-ref__value', 'data-feature-value': feature.name });
  const change = h('button', {
    type: 'button', class: 'wij-button wij-button--secondary wij-button--small', 'data-feature': feature.name,
    'aria-labelledby': `${id}-wijzig ${id}-legend`, onclick: () => choose.open(),
  }, h('span', { id: `${id}-wijzig` }, 'Kiezen…'));
  const clear = h('button', {
    type: 'button', class: 'wij-button wij-button--subtle wij-button--small', onclick: () => {
      value = null;
      show();
      onChange(feature);
      change.focus();
    },
  }, 'Leegmaken', visuallyHidden(` (${feature.label})`));
  let value = null;
  let locked = false;
  const choose = picker(feature, api, (picked) => {
    value = picked;
    show();
    onChange(feature);
  }, () => change.focus());
  const element = h('fieldset', { class: 'wij-fieldset wij-form-field wij-editors-ref', 'data-field': feature.name },
    h('legend', { id: `${id}-legend`, class: 'wij-fieldset__legend' }, feature.label, requiredMark(feature)),
    text ? h('p', { id: descriptionId, class: 'wij-form-field-description' }, text) : null,
    error,
    h('div', { class: 'wij-editors-ref__row' }, current, change, clear),
    choose.element);
  const setError = errorHandling([change], descriptionId, error, { invalidOn: [] });
  setError(null);

  function show() {
    replaceChildren(current, value ? value.label ?? value.key : h('em', {}, 'Niet ingevuld'));
    replaceChildren(change.querySelector('span'), value ? 'Wijzigen…' : 'Kiezen…');
    clear.hidden = !value || locked || feature.required;
    change.hidden = locked;
  }
  show();
  return {
    feature,
    element,
    focus: () => change.focus(),
    setError: (message) => {
      setError(message);
      element.classList.toggle('wij-editors-ref--invalid', Boolean(message));
    },
    get: () => (value ? value.key : null),
    set: (v) => {
      value = v ? { ...v } : null;
      show();
    },
    readOnly: (lock) => {
      locked = lock || !feature.changeable;
      if (locked && choose.isOpen()) {
        choose.close();
      }
      show();
    },
  };
}

function referenceListField(feature, api, onChange) {
  const id = uniqueId(`veld-${feature.name}`);
  const text = description(feature);
  const descriptionId = text ? `${id}-uitleg` : null;
  const error = h('p', { id: `${id}-fout`, class: 'wij-form-field-error', hidden: true });
  const list = h('ul', { class: 'wij-editors-ref__list', 'data-feature-value': feature.name });
  const add = h('button', {
    type: 'button', class: 'wij-button wij-button--secondary wij-button--small', 'data-feature': feature.name,
    onclick: () => choose.open(),
  }, 'Toevoegen…', visuallyHidden(` (${feature.label})`));
  let values = [];
  let locked = false;
  const choose = picker(feature, api, (picked) => {
    if (!values.some((v) => v.key === picked.key)) {
      values.push(picked);
      show();
      onChange(feature);
    }
  }, () => add.focus());
  const element = h('fieldset', { class: 'wij-fieldset wij-form-field wij-editors-ref', 'data-field': feature.name },
    h('legend', { class: 'wij-fieldset__legend' }, feature.label, requiredMark(feature)),
    text ? h('p', { id: descriptionId, class: 'wij-form-field-description' }, text) : null,
    error, list, add, choose.element);
  const setError = errorHandling([add], descriptionId, error, { invalidOn: [] });
  setError(null);

  function show() {
    replaceChildren(list, values.length ? values.map((v) => h('li', { class: 'wij-editors-ref__item' },
      h('span', {}, v.label ?? v.key),
      locked ? null : h('button', {
        type: 'button', class: 'wij-button wij-button--subtle wij-button--small', onclick: () => {
          values = values.filter((other) => other.key !== v.key);
          show();
          onChange(feature);
          add.focus();
        },
      }, 'Verwijderen', visuallyHidden(` ${v.label ?? v.key} uit ${feature.label}`))))
      : h('li', {}, h('em', {}, 'Geen')));
    add.hidden = locked;
  }
  show();
  return {
    feature,
    element,
    focus: () => add.focus(),
    setError,
    get: () => values.map((v) => v.key),
    set: (v) => {
      values = (v ?? []).map((item) => ({ ...item }));
      show();
    },
    readOnly: (lock) => {
      locked = lock || !feature.changeable;
      show();
    },
  };
}
