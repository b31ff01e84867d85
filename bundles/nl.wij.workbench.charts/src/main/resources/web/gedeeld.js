// Shared parts of grafiek.js and kaart.js: SVG elements, Dutch number formatting, the figure frame
// with its legend, notes, source line and the "Toon als tabel" toggle, and resizing.
// No inline styles or handlers (strict CSP): colours are SVG presentation attributes, everything
// else comes from grafieken.css.

import { h, replaceChildren, scrollableTable, table, uniqueId } from '/workbench/dom.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLESHEET = '/modules/nl.wij.workbench.charts/grafieken.css';

/** Shown for a missing value everywhere: in tables, labels, notes. */
export const NO_DATA = 'geen gegevens';

/**
 * Categorical colours, each at least 4.5:1 against white (so also usable for text); series are
 * told apart by pattern or marker as well, never by colour alone.
 */
export const PALETTE = ['#154273', '#c25400', '#1e6b22', '#8a1f7a', '#4d4d4d', '#007a78', '#7a5c00', '#a80000'];

/** Creates an SVG element: attributes (null/undefined/false skipped), children (nodes or text). */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(key, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

const formats = new Map();

function numberFormat(digits) {
  const key = digits ?? 'auto';
  if (!formats.has(key)) {
    formats.set(key, new Intl.NumberFormat('nl-NL', digits === undefined || digits === null
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  }
  return formats.get(key);
}

/** A number in Dutch (`1.234,5`); `geen gegevens` for null. `digits` fixes the decimals. */
export function formatNumber(value, digits) {
  return isNumber(value) ? numberFormat(digits).format(value) : NO_DATA;
}

/** A number with its unit: `1.234 leerlingen`, `12,5%`; `geen gegevens` for null. */
export function formatValue(value, unit, digits) {
  return isNumber(value) ? `${formatNumber(value, digits)}${unitSuffix(unit)}` : NO_DATA;
}

/**
 * What follows a number: ` leerlingen`, `%` (no space), or nothing. The unit `aantal` (a plain
 * count) is shown in axis titles and column headers only, not after each number.
 */
export function unitSuffix(unit) {
  if (!unit || unit === 'aantal') {
    return '';
  }
  return unit === '%' ? '%' : ` ${unit}`;
}

/** An axis or column title with its unit in parentheses: `Leerlingen (aantal)`. */
export function withUnit(label, unit) {
  return unit ? `${label} (${unit})` : label;
}

export function isNumber(value) {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A spec value as a number or null (numeric strings are accepted, anything else is null). */
export function toNumber(value) {
  if (isNumber(value)) {
    return value;
  }
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
}

/** Adds grafieken.css once (a <link>: the CSP allows same-origin stylesheets). */
export function ensureStylesheet() {
  if (!document.querySelector(`link[href="${STYLESHEET}"]`)) {
    document.head.append(h('link', { rel: 'stylesheet', href: STYLESHEET }));
  }
}

/**
 * "Nice" axis ticks between min and max: steps of 1, 2, 2,5 or 5 times a power of ten, about
 * `count` of them; the domain is widened to whole steps.
 */
export function niceScale(min, max, count = 5) {
  let low = min;
  let high = max;
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= low === 0 ? 0 : pad;
    high += pad;
  }
  const raw = (high - low) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-12);
  const start = Math.floor(low / step + 1e-9) * step;
  const end = Math.ceil(high / step - 1e-9) * step;
  const ticks = [];
  for (let v = start; v <= end + step / 2; v += step) {
    ticks.push(Number(v.toPrecision(12)));
  }
  const digits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9) + (String(step / power).includes('.') ? 1 : 0));
  return { min: start, max: end, step, ticks, digits: Math.min(digits, 6) };
}

/** Rough text width at the charts' 12px font (no layout needed, so it works while hidden). */
export function textWidth(text) {
  return String(text).length * 6.6;
}

/** Shortens a label to about `width` pixels with an ellipsis. */
export function fitText(text, width) {
  const value = String(text);
  const max = Math.max(3, Math.floor(width / 6.6));
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/**
 * The figure every chart and map lives in:
 *
 *   <figure class="wij-chart">
 *     <figcaption> title, description </figcaption>
 *     <div toolbar> [Toon als tabel] </div>
 *     <div graphic> the SVG </div>   <ul legend>   <div table (hidden)>
 *     <div notes>   <p source>
 *
 * The toggle swaps graphic + legend for a real <table> with a caption (and back); the button keeps
 * focus and says what it will show next. `kind` is 'grafiek' or 'kaart' (used in texts).
 */
export function createFrame(element, kind) {
  ensureStylesheet();
  const titleId = uniqueId('grafiek-titel');
  const tableId = uniqueId('grafiek-tabel');
  const title = h('span', { class: 'wij-chart__title', id: titleId });
  const description = h('span', { class: 'wij-chart__description' });
  const toggle = h('button', {
    type: 'button', class: 'wij-button wij-button--secondary wij-button--small wij-chart__toggle', 'aria-controls': tableId,
  }, 'Toon als tabel');
  const graphic = h('div', { class: 'wij-chart__graphic' });
  const legend = h('ul', { class: 'wij-chart__legend', 'aria-label': 'Legenda' });
  const tableArea = h('div', { class: 'wij-chart__table', id: tableId, hidden: true });
  const notes = h('div', { class: 'wij-chart__notes' });
  const source = h('p', { class: 'wij-chart__source' });
  const figure = h('figure', { class: ['wij-chart', `wij-chart--${kind}`], 'aria-labelledby': titleId },
    h('figcaption', { class: 'wij-chart__caption' }, title, description),
    h('div', { class: 'wij-chart__toolbar' }, toggle),
    graphic, legend, tableArea, notes, source);
  let showingTable = false;

  function show(tableShown) {
    showingTable = tableShown;
    graphic.hidden = tableShown;
    legend.hidden = tableShown || legend.childElementCount === 0;
    tableArea.hidden = !tableShown;
    toggle.textContent = tableShown ? `Toon als ${kind}` : 'Toon als tabel';
    figure.classList.toggle('wij-chart--table', tableShown);
  }
  toggle.addEventListener('click', () => show(!showingTable));
  element.replaceChildren(figure);

  return {
    titleId,
    graphic,
    /** Fills caption, legend items, table, notes and source line. */
    setText({ title: titleText, description: descriptionText, source: sourceText }) {
      title.textContent = titleText || '';
      description.textContent = descriptionText || '';
      description.hidden = !descriptionText;
      source.textContent = sourceLine(sourceText);
      source.hidden = !sourceText;
    },
    setLegend(items) {
      replaceChildren(legend, items);
      legend.hidden = showingTable || items.length === 0;
    },
    setTable({ caption, columns, rows, after }) {
      replaceChildren(tableArea, scrollableTable(table({ caption, columns, rows, empty: NO_DATA, className: 'wij-chart__data' }),
        `Tabel: ${caption}`), after || null);
    },
    setNotes(lines) {
      replaceChildren(notes, lines.filter(Boolean).map((line) => h('p', { class: 'wij-chart__note' }, line)));
    },
    /** The width available for the graphic (0 while hidden). */
    width() {
      return graphic.clientWidth;
    },
  };
}

/** `Bron: DUO` from `DUO` or `Bron: DUO`. */
function sourceLine(text) {
  if (!text) {
    return '';
  }
  return /^bron\b/i.test(text.trim()) ? text.trim() : `Bron: ${text.trim()}`;
}

/** A legend entry: a small SVG swatch and its text. */
export function legendItem(swatch, text) {
  return h('li', { class: 'wij-chart__legend-item' },
    svg('svg', { class: 'wij-chart__swatch', width: 28, height: 16, viewBox: '0 0 28 16', 'aria-hidden': 'true', focusable: 'false' }, swatch),
    h('span', {}, text));
}

/**
 * Redraws through `draw(width)` when the frame's graphic changes width (debounced to one frame).
 * While the table is shown the graphic is hidden (width 0) and nothing is drawn; when it is shown
 * again it is redrawn only if the width changed meanwhile.
 */
export function watchWidth(frame, draw) {
  let last = -1;
  let pending = 0;
  const redraw = () => {
    pending = 0;
    const width = frame.width();
    if (width > 0 && Math.abs(width - last) >= 1) {
      last = width;
      draw(width);
    }
  };
  const schedule = () => {
    if (!pending) {
      pending = requestAnimationFrame(redraw);
    }
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(frame.graphic);
  return {
    /** Draws now at the current width (after a spec change; 640 while hidden). */
    now() {
      const width = frame.width();
      last = width > 0 ? width : -1;
      draw(width > 0 ? width : 640);
    },
    stop() {
      observer.disconnect();
      if (pending) {
        cancelAnimationFrame(pending);
      }
    },
  };
}

/**
 * A fill for series `index`: the colour, with a white pattern from the second series on (stripes,
 * dots, cross-hatch, ...), so series differ without colour. Returns `{ fill, defs }` where `defs`
 * is a <pattern> to put in the SVG's <defs> (null for solid).
 */
export function seriesFill(index, color) {
  const kind = index % 6;
  if (kind === 0) {
    return { fill: color, defs: null };
  }
  const id = uniqueId('patroon');
  const base = svg('rect', { width: 8, height: 8, fill: color });
  const marks = {
    1: [svg('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#ffffff', 'stroke-width': 2.5 })],
    2: [svg('circle', { cx: 4, cy: 4, r: 1.6, fill: '#ffffff' })],
    3: [svg('line', { x1: 0, y1: 4, x2: 8, y2: 4, stroke: '#ffffff', 'stroke-width': 1.5 }),
      svg('line', { x1: 4, y1: 0, x2: 4, y2: 8, stroke: '#ffffff', 'stroke-width': 1.5 })],
    4: [svg('line', { x1: 0, y1: 4, x2: 8, y2: 4, stroke: '#ffffff', 'stroke-width': 2.5 })],
    5: [svg('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#ffffff', 'stroke-width': 2.5 })],
  }[kind];
  const rotate = kind === 1 ? 45 : kind === 5 ? -45 : 0;
  const pattern = svg('pattern', {
    id, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: rotate ? `rotate(${rotate})` : null,
  }, base, marks);
  return { fill: `url(#${id})`, defs: pattern };
}

/** The colour of series `index`, or the series' own `color`. */
export function seriesColor(series, index) {
  return typeof series?.color === 'string' && /^#[0-9a-f]{3,8}$|^[a-z]+$/i.test(series.color)
    ? series.color : PALETTE[index % PALETTE.length];
}
