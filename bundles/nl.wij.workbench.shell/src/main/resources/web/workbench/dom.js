// Small DOM helpers for the shell and its own views. No inline styles or handlers anywhere:
// the Content-Security-Policy forbids them; state is shown with classes, ARIA and `hidden`.

/**
 * Creates an element.
 *
 *   h('button', { type: 'button', class: 'wij-button', dataset: { viewId: id }, onclick: fn }, 'Open')
 *
 * Props: `class` (string or array; falsy entries skipped), `dataset`, `on<event>` listeners,
 * boolean values set/omit the attribute, `null`/`undefined`/`false` are skipped, `value`,
 * `checked` and `disabled` are set as properties. Children: nodes, strings, numbers, arrays;
 * null/undefined/false are skipped.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'class') {
      element.className = [].concat(value).filter(Boolean).join(' ');
    } else if (key === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value);
    } else if (key === 'value' || key === 'checked' || key === 'disabled') {
      element[key] = value;
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(parent, child);
    } else {
      parent.append(child instanceof Node ? child : String(child));
    }
  }
}

/** Replaces all children of `element`. */
export function replaceChildren(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

let idCounter = 0;

/** A document-unique id for ARIA references. */
export function uniqueId(prefix = 'wij') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** Text that is read by screen readers but not shown. */
export function visuallyHidden(text) {
  return h('span', { class: 'wij-visually-hidden' }, text);
}

/**
 * Wraps a table so that it scrolls horizontally on narrow screens; the wrapper is focusable and
 * labelled so keyboard users can scroll it too (WCAG 1.4.10, 2.1.1).
 */
export function scrollableTable(tableElement, label) {
  return h('div', { class: 'wij-table-scroll', role: 'region', 'aria-label': label, tabindex: '0' }, tableElement);
}

/**
 * A data table: `columns` are header labels, `rows` arrays of cell content (or `{ cells, props }`
 * for row attributes). The cell at index `rowHeader` (default 0; null for none) is a row header.
 * `labelledBy` is the id of the heading that names the table (instead of a caption).
 */
export function table({ caption, columns, rows, empty, id, rowHeader = 0, labelledBy, className }) {
  const cellsOf = (row) => (Array.isArray(row) ? { cells: row, props: {} } : row);
  const body = rows.length
    ? rows.map(cellsOf).map(({ cells, props }) => h('tr', props,
      cells.map((cell, i) => (i === rowHeader ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))))
    : [h('tr', {}, h('td', { colspan: String(columns.length), class: 'wij-table__empty' }, empty))];
  return h('table', { class: ['wij-table', className], id, 'aria-labelledby': labelledBy },
    caption ? h('caption', { class: 'wij-table__caption' }, caption) : null,
    h('thead', {}, h('tr', {}, columns.map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, body));
}

/**
 * A message area for a view: `status` messages are announced politely, `error` messages
 * assertively. Both regions stay in the DOM so that screen readers pick up changes.
 */
export function createNotice() {
  const status = h('div', { class: 'wij-notice', role: 'status' });
  const alert = h('div', { class: 'wij-notice', role: 'alert' });
  const element = h('div', { class: 'wij-notices' }, status, alert);
  return {
    element,
    success(text) {
      replaceChildren(alert);
      replaceChildren(status, h('p', { class: 'wij-alert wij-alert--success' }, h('strong', {}, 'Gelukt: '), text));
    },
    info(text) {
      replaceChildren(alert);
      replaceChildren(status, h('p', { class: 'wij-alert wij-alert--info' }, text));
    },
    error(text) {
      replaceChildren(status);
      replaceChildren(alert, h('p', { class: 'wij-alert wij-alert--error' }, h('strong', {}, 'Fout: '), text));
    },
    clear() {
      replaceChildren(status);
      replaceChildren(alert);
    },
  };
}

/**
 * Lets arrow keys move focus between the matching controls inside `container` (in addition to
 * Tab), with Home/End for the first/last. `orientation` is 'horizontal' or 'vertical'.
 */
export function arrowKeyNavigation(container, selector, orientation = 'horizontal') {
  const previousKeys = orientation === 'vertical' ? ['ArrowUp'] : ['ArrowLeft'];
  const nextKeys = orientation === 'vertical' ? ['ArrowDown'] : ['ArrowRight'];
  container.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !event.target.matches(selector)) {
      return;
    }
    const items = [...container.querySelectorAll(selector)].filter((item) => !item.disabled && !item.closest('[hidden]'));
    const index = items.indexOf(event.target);
    let next = null;
    if (previousKeys.includes(event.key)) {
      next = items[(index - 1 + items.length) % items.length];
    } else if (nextKeys.includes(event.key)) {
      next = items[(index + 1) % items.length];
    } else if (event.key === 'Home') {
      next = items[0];
    } else if (event.key === 'End') {
      next = items[items.length - 1];
    }
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
}

/**
 * Rebuilding a region can remove the focused control; this re-focuses the control with the same
 * `data-*` key afterwards (e.g. the same view's button), so keyboard users keep their place.
 */
export function keepFocus(container, dataKey, rebuild) {
  const active = document.activeElement;
  const key = active && container.contains(active) ? active.dataset[dataKey] : undefined;
  rebuild();
  if (key !== undefined) {
    const again = [...container.querySelectorAll(`[data-${toKebab(dataKey)}]`)].find((el) => el.dataset[dataKey] === key);
    if (again) {
      again.focus();
    }
  }
}

function toKebab(camel) {
  return camel.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

/** Formats an ISO date-time string or epoch milliseconds in Dutch; `empty` for null. */
export function formatDateTime(value, empty = '') {
  if (value === null || value === undefined || value === '') {
    return empty;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : dateTimeFormat.format(date);
}

/** Sorts by `rank` (lower first), then by Dutch `label`. */
export function byRankThenLabel(a, b) {
  return (a.rank ?? 0) - (b.rank ?? 0) || String(a.label ?? '').localeCompare(String(b.label ?? ''), 'nl');
}

/** A heading of the given level (views start at context.headingLevel, i.e. h3). */
export function heading(level, text, props = {}) {
  const clamped = Math.min(Math.max(level, 1), 6);
  return h(`h${clamped}`, { class: 'wij-heading', ...props }, text);
}

/**
 * A destructive action with an inline confirmation (no window.confirm, which test browsers and
 * some assistive technology handle badly): the button is replaced by the question, a confirm
 * button (focused) and "Annuleren"; Escape cancels.
 *
 * @param {object} options
 * @param {Array|string} options.label  content of the first button (e.g. text + visuallyHidden)
 * @param {string} options.question  e.g. "Account 'piet' verwijderen?"
 * @param {string} options.confirmLabel  e.g. "Ja, verwijderen"
 * @param {() => Promise|void} options.onConfirm
 * @param {object} [options.attributes]  extra attributes of the first button (data-*)
 * @param {object} [options.confirmAttributes]  extra attributes of the confirm button
 * @param {boolean} [options.open]  start with the question shown (to keep it across re-renders)
 * @param {(open: boolean) => void} [options.onOpenChange]  told when the question is shown/hidden
 */
export function confirmAction({
  label, question, confirmLabel, onConfirm, attributes = {}, confirmAttributes = {}, open = false, onOpenChange = () => {},
}) {
  const container = h('span', { class: 'wij-confirm' });
  const questionId = uniqueId('vraag');
  const start = h('button', { type: 'button', class: 'wij-button wij-button--danger wij-button--small', ...attributes, onclick: ask }, label);
  const yes = h('button', {
    type: 'button', class: 'wij-button wij-button--danger-primary wij-button--small', 'aria-describedby': questionId, ...confirmAttributes,
    onclick: () => onConfirm(),
  }, confirmLabel);
  const no = h('button', { type: 'button', class: 'wij-button wij-button--secondary wij-button--small', onclick: cancel }, 'Annuleren');

  function showQuestion() {
    replaceChildren(container, h('span', { id: questionId, class: 'wij-confirm__question' }, question), yes, no);
  }

  function ask() {
    showQuestion();
    onOpenChange(true);
    yes.focus();
  }

  function cancel() {
    replaceChildren(container, start);
    onOpenChange(false);
    start.focus();
  }

  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && container.contains(yes)) {
      event.preventDefault();
      cancel();
    }
  });
  if (open) {
    showQuestion();
  } else {
    replaceChildren(container, start);
  }
  return container;
}

/**
 * Wraps an async loader so that concurrent calls share one run, and a call during a run causes
 * exactly one more run afterwards (for refreshes triggered by live events).
 */
export function coalesce(load) {
  let running = null;
  let again = false;
  return function run() {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await load();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
}

/**
 * A labelled form field in NL Design System order: label, description, error message, control.
 * Returns `setError(text|null)`, which sets aria-invalid and links the message with
 * aria-describedby.
 */
export function formField({ label, control, description }) {
  if (!control.id) {
    control.id = uniqueId('veld');
  }
  const descriptionId = description ? `${control.id}-uitleg` : null;
  const error = h('p', { id: `${control.id}-fout`, class: 'wij-form-field-error', hidden: true });
  const element = h('div', { class: 'wij-form-field' },
    h('label', { class: 'wij-form-label', for: control.id }, label),
    description ? h('p', { id: descriptionId, class: 'wij-form-field-description' }, description) : null,
    error,
    control);
  const setError = (text) => {
    replaceChildren(error, text || '');
    error.hidden = !text;
    if (text) {
      control.setAttribute('aria-invalid', 'true');
    } else {
      control.removeAttribute('aria-invalid');
    }
    const describedBy = [descriptionId, text ? error.id : null].filter(Boolean).join(' ');
    if (describedBy) {
      control.setAttribute('aria-describedby', describedBy);
    } else {
      control.removeAttribute('aria-describedby');
    }
  };
  setError(null);
  return { element, control, setError };
}
