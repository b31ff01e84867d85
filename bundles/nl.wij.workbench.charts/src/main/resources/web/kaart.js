// Choropleth maps of gemeenten or provincies as accessible SVG: boundaries from /api/geo/*,
// projected in the browser (equirectangular, x scaled by cos(latitude): good enough for the
// Netherlands), values in classes (quantiles or given breaks) with a legend, "geen gegevens"
// hatched, highlighted areas outlined, every area keyboard-reachable with its name and value, a
// "Toon als tabel" toggle, and a note listing codes that are not on the map (merged gemeenten).
//
//   import { renderChoropleth } from '/modules/nl.wij.workbench.charts/kaart.js';
//   const map = renderChoropleth(element, { title, level: 'gemeente', values: { GM0479: 45 }, unit: 'scholen' });
//   await map.ready; map.update(otherSpec); map.destroy();

import { h, uniqueId } from '/workbench/dom.js';
import {
  NO_DATA, createFrame, formatNumber, formatValue, legendItem, svg, toNumber, unitSuffix, watchWidth, withUnit,
} from './gedeeld.js';

const LEVELS = {
  gemeente: { path: '/api/geo/gemeenten', noun: 'Gemeente', plural: 'gemeenten' },
  provincie: { path: '/api/geo/provincies', noun: 'Provincie', plural: 'provincies' },
};

/** Sequential blues, light to dark; classes pick evenly spaced steps. */
const RAMP = ['#e3edf7', '#b4cde8', '#7fa8d6', '#4a7fbf', '#2a5d9c', '#154273', '#0b2a4d'];
const MAX_CLASSES = RAMP.length;
const PROVINCE_ALIASES = { 'fryslân': 'friesland', fryslan: 'friesland' };
const MAX_LISTED = 20;

/** Boundaries per level, fetched once per page (a failed fetch is tried again next time). */
const boundaries = new Map();

function loadBoundaries(level) {
  if (!boundaries.has(level)) {
    const promise = fetch(LEVELS[level].path, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then((response) => {
        if (!response.ok) {
          throw new Error(`de server antwoordde ${response.status}`);
        }
        return response.json();
      })
      .then((collection) => collection.features.map(prepareFeature));
    promise.catch(() => boundaries.delete(level));
    boundaries.set(level, promise);
  }
  return boundaries.get(level);
}

function prepareFeature(feature) {
  const geometry = feature.geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const bbox = [Infinity, Infinity, -Infinity, -Infinity];
  polygons.forEach((rings) => rings[0].forEach(([lon, lat]) => {
    bbox[0] = Math.min(bbox[0], lon);
    bbox[1] = Math.min(bbox[1], lat);
    bbox[2] = Math.max(bbox[2], lon);
    bbox[3] = Math.max(bbox[3], lat);
  }));
  return { code: feature.properties.code, name: feature.properties.name, polygons, bbox };
}

/**
 * Renders a choropleth into `element` (its content is replaced). Returns
 * `{ update(spec), destroy(), ready }`; `ready` resolves when the map is drawn (or an error is shown).
 */
export function renderChoropleth(element, spec) {
  const frame = createFrame(element, 'kaart');
  let state = null;
  let destroyed = false;
  let generation = 0;
  const watcher = watchWidth(frame, (width) => state && draw(frame, state, width));

  function apply(next) {
    const current = normalise(next);
    const mine = ++generation;
    frame.setText(current);
    if (!state || state.spec.level !== current.level) {
      frame.graphic.replaceChildren(h('p', { class: 'wij-map__status', role: 'status' }, 'Kaart wordt geladen…'));
    }
    return loadBoundaries(current.level).then((features) => {
      if (destroyed || mine !== generation) {
        return;
      }
      state = model(current, features);
      frame.setLegend(legend(state));
      frame.setTable(dataTable(state));
      frame.setNotes(notes(state));
      watcher.now();
    }, (error) => {
      if (!destroyed && mine === generation) {
        state = null;
        frame.setLegend([]);
        frame.setNotes([]);
        frame.setTable({ caption: current.title, columns: [LEVELS[current.level].noun, withUnit(current.label, current.unit)], rows: [] });
        frame.graphic.replaceChildren(h('p', { class: 'wij-alert wij-alert--error', role: 'alert' },
          `De grenzen van de ${LEVELS[current.level].plural} konden niet worden geladen (${error.message}). Probeer het later opnieuw.`));
      }
    });
  }

  const ready = apply(spec);
  return {
    update: apply,
    destroy() {
      destroyed = true;
      watcher.stop();
      element.replaceChildren();
    },
    ready,
  };
}

// ---------------------------------------------------------------- spec and model

function normalise(spec) {
  if (!spec || typeof spec !== 'object') {
    throw new TypeError('renderChoropleth: geef een spec-object mee.');
  }
  const level = spec.level ?? 'gemeente';
  if (!LEVELS[level]) {
    throw new TypeError(`renderChoropleth: onbekend niveau '${level}'; kies gemeente of provincie.`);
  }
  const entries = spec.values instanceof Map ? [...spec.values] : Object.entries(spec.values ?? {});
  const breaks = Array.isArray(spec.breaks) ? [...new Set(spec.breaks.map(toNumber).filter((b) => b !== null))].sort((a, b) => a - b) : null;
  return {
    level,
    title: String(spec.title ?? ''),
    description: spec.description ? String(spec.description) : '',
    source: spec.source ? String(spec.source) : '',
    unit: spec.unit ? String(spec.unit) : '',
    label: spec.label ? String(spec.label) : 'Waarde',
    values: entries.map(([key, value]) => ({ key: String(key), value: toNumber(value) })),
    classes: Math.min(MAX_CLASSES, Math.max(1, Math.round(toNumber(spec.classes) ?? 5))),
    breaks: breaks && breaks.length ? breaks.slice(0, MAX_CLASSES - 1) : null,
    highlight: (spec.highlight ?? []).map(String),
    onSelect: typeof spec.onSelect === 'function' ? spec.onSelect : null,
    fit: ['values', 'highlight'].includes(spec.fit) ? spec.fit : 'all',
    names: spec.names ?? {},
    decimals: toNumber(spec.decimals) ?? undefined,
    height: toNumber(spec.height),
  };
}

/** `GM0479` from `GM0479`, `gm479`, `0479`, `479` or 479; anything else unchanged. */
export function normaliseGemeenteCode(key) {
  const text = String(key).trim().toUpperCase();
  const digits = text.startsWith('GM') ? text.slice(2) : text;
  return /^\d{1,4}$/.test(digits) ? `GM${digits.padStart(4, '0')}` : text;
}

function model(spec, features) {
  const lookup = new Map();
  features.forEach((f) => lookup.set(spec.level === 'gemeente' ? f.code : f.code.toLowerCase(), f));
  const keyOf = (key) => {
    if (spec.level === 'gemeente') {
      return normaliseGemeenteCode(key);
    }
    const lower = key.trim().toLowerCase();
    return PROVINCE_ALIASES[lower] ?? lower;
  };
  const values = new Map();
  const unmatched = [];
  spec.values.forEach(({ key, value }) => {
    const feature = lookup.get(keyOf(key));
    if (feature) {
      values.set(feature.code, value);
    } else {
      unmatched.push({ key, value, name: spec.names[key] ?? spec.names[keyOf(key)] ?? null });
    }
  });
  const highlighted = new Set(spec.highlight.map((key) => lookup.get(keyOf(key))?.code).filter(Boolean));
  const numbers = [...values.values()].filter((v) => v !== null).sort((a, b) => a - b);
  const classes = classify(spec, numbers);
  return { spec, features, values, unmatched, highlighted, numbers, classes };
}

/** Class boundaries, labels (with the unit) and colours: given breaks, or quantiles of the values on the map. */
function classify(spec, numbers) {
  const fmt = (v) => formatNumber(v, spec.decimals);
  const unit = unitSuffix(spec.unit);
  let breaks;
  let labels;
  if (spec.breaks) {
    breaks = spec.breaks;
    labels = [`minder dan ${fmt(breaks[0])}${unit}`,
      ...breaks.slice(1).map((b, i) => `${fmt(breaks[i])} tot ${fmt(b)}${unit}`),
      `${fmt(breaks[breaks.length - 1])}${unit} of meer`];
  } else if (numbers.length === 0) {
    breaks = [];
    labels = [];
  } else {
    const min = numbers[0];
    const max = numbers[numbers.length - 1];
    const k = Math.min(spec.classes, new Set(numbers).size);
    breaks = [];
    for (let i = 1; i < k; i++) {
      const b = numbers[Math.floor((i * numbers.length) / k)];
      if (b > min && !breaks.includes(b)) {
        breaks.push(b);
      }
    }
    const bounds = [min, ...breaks];
    labels = bounds.map((b, i) => (i < bounds.length - 1 ? `${fmt(b)} tot ${fmt(bounds[i + 1])}${unit}`
      : min === max ? `${fmt(min)}${unit}` : `${fmt(b)} tot en met ${fmt(max)}${unit}`));
  }
  const count = labels.length;
  const colors = labels.map((_, i) => RAMP[count === 1 ? 4 : Math.round((i * (RAMP.length - 1)) / (count - 1))]);
  const classOf = (v) => (v === null || count === 0 ? -1 : breaks.filter((b) => v >= b).length);
  const counts = labels.map(() => 0);
  numbers.forEach((v) => counts[classOf(v)]++);
  return { labels, colors, classOf, counts };
}

// ---------------------------------------------------------------- legend, table, notes, summary

function noun(state, count) {
  const level = LEVELS[state.spec.level];
  return count === 1 ? level.noun.toLowerCase() : level.plural;
}

function legend(state) {
  const { classes } = state;
  const items = classes.labels.map((label, i) => legendItem(
    svg('rect', { x: 2, y: 1, width: 24, height: 14, fill: classes.colors[i], stroke: '#545454', 'stroke-width': 1 }),
    `${label} (${classes.counts[i]} ${noun(state, classes.counts[i])})`));
  const withoutData = state.features.length - state.numbers.length;
  if (withoutData > 0) {
    const pattern = noDataPattern();
    items.push(legendItem([svg('defs', {}, pattern.element),
      svg('rect', { x: 2, y: 1, width: 24, height: 14, fill: pattern.fill, stroke: '#545454', 'stroke-width': 1 })],
    `${NO_DATA} (${withoutData} ${noun(state, withoutData)})`));
  }
  if (state.highlighted.size > 0) {
    items.push(legendItem([svg('rect', { x: 3, y: 2, width: 22, height: 12, class: 'wij-map__highlight-halo' }),
      svg('rect', { x: 3, y: 2, width: 22, height: 12, class: 'wij-map__highlight' })],
    `Gemarkeerd: ${highlightedNames(state).join(', ')}`));
  }
  return items;
}

function highlightedNames(state) {
  return state.features.filter((f) => state.highlighted.has(f.code)).map((f) => f.name).sort(byDutch);
}

function byDutch(a, b) {
  return String(a).localeCompare(String(b), 'nl');
}

function valueText(state, value) {
  return formatValue(value, state.spec.unit, state.spec.decimals);
}

function dataTable(state) {
  const { spec, classes } = state;
  const gemeente = spec.level === 'gemeente';
  const rows = state.features
    .filter((f) => state.values.has(f.code) || state.highlighted.has(f.code))
    .sort((a, b) => byDutch(a.name, b.name))
    .map((f) => {
      const value = state.values.get(f.code) ?? null;
      const klass = classes.classOf(value);
      return [state.highlighted.has(f.code) ? `${f.name} (gemarkeerd)` : f.name, ...(gemeente ? [f.code] : []),
        formatNumber(value, spec.decimals), klass < 0 ? NO_DATA : classes.labels[klass]];
    });
  state.unmatched.forEach((u) => rows.push([u.name ?? u.key, ...(gemeente ? [u.key] : []), formatNumber(u.value, spec.decimals),
    'niet op de kaart']));
  return {
    caption: spec.title,
    columns: [LEVELS[spec.level].noun, ...(gemeente ? ['Code'] : []), withUnit(spec.label, spec.unit), 'Klasse'],
    rows,
  };
}

function notes(state) {
  if (state.unmatched.length === 0) {
    return [];
  }
  const listed = state.unmatched.slice(0, MAX_LISTED)
    .map((u) => `${u.key}${u.name ? ` ${u.name}` : ''} (${valueText(state, u.value)})`).join(', ');
  const more = state.unmatched.length > MAX_LISTED ? ` en nog ${state.unmatched.length - MAX_LISTED}` : '';
  const why = state.spec.level === 'gemeente'
    ? 'Deze codes komen niet voor in de gemeentegrenzen van de kaart, meestal omdat gemeenten sindsdien zijn samengevoegd (herindeling).'
    : 'Deze namen komen niet voor in de provinciegrenzen van de kaart.';
  return [`Niet op de kaart: ${listed}${more}. ${why} De waarden staan wel in de tabel.`];
}

function summary(state) {
  const { spec, classes, numbers } = state;
  const parts = [spec.description];
  parts.push(`Kaart van ${numbers.length} ${noun(state, numbers.length)} met een waarde`
    + (classes.labels.length ? `, in ${classes.labels.length} ${classes.labels.length === 1 ? 'klasse' : 'klassen'}` : '') + '.');
  if (numbers.length) {
    const named = state.features.filter((f) => (state.values.get(f.code) ?? null) !== null);
    const high = named.reduce((a, b) => (state.values.get(b.code) > state.values.get(a.code) ? b : a));
    const low = named.reduce((a, b) => (state.values.get(b.code) < state.values.get(a.code) ? b : a));
    parts.push(`Hoogste waarde ${valueText(state, state.values.get(high.code))} (${high.name}); `
      + `laagste ${valueText(state, state.values.get(low.code))} (${low.name}).`);
  }
  if (state.highlighted.size) {
    parts.push(`Gemarkeerd: ${highlightedNames(state).join(', ')}.`);
  }
  if (state.unmatched.length) {
    parts.push(`${state.unmatched.length} ${state.unmatched.length === 1 ? 'code staat' : 'codes staan'} niet op de kaart; zie de toelichting.`);
  }
  parts.push(`Met Tab komt u op de kaart; de pijltjestoetsen gaan van ${LEVELS[spec.level].noun.toLowerCase()} naar `
    + `${LEVELS[spec.level].noun.toLowerCase()} en noemen naam en waarde`
    + (spec.onSelect ? '; Enter of spatie kiest.' : '.'));
  return parts.filter(Boolean).join(' ');
}

// ---------------------------------------------------------------- drawing

function noDataPattern() {
  const id = uniqueId('geen-gegevens');
  const element = svg('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svg('rect', { width: 6, height: 6, fill: '#f5f5f5' }),
    svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#949494', 'stroke-width': 1.2 }));
  return { element, fill: `url(#${id})` };
}

/** The features to zoom to: all, those with a value, or the highlighted ones (all when none). */
function fitted(state) {
  const { spec } = state;
  let chosen = state.features;
  if (spec.fit === 'values') {
    chosen = state.features.filter((f) => (state.values.get(f.code) ?? null) !== null || state.highlighted.has(f.code));
  } else if (spec.fit === 'highlight') {
    chosen = state.features.filter((f) => state.highlighted.has(f.code));
  }
  return chosen.length ? chosen : state.features;
}

function draw(frame, state, width) {
  const { spec, classes } = state;
  const focus = fitted(state);
  const box = focus.reduce((b, f) => [Math.min(b[0], f.bbox[0]), Math.min(b[1], f.bbox[1]), Math.max(b[2], f.bbox[2]), Math.max(b[3], f.bbox[3])],
    [Infinity, Infinity, -Infinity, -Infinity]);
  const k = Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180);
  const dx = Math.max(1e-6, (box[2] - box[0]) * k);
  const dy = Math.max(1e-6, box[3] - box[1]);
  const height = Math.round(spec.height ?? Math.min(720, Math.max(240, (width * dy) / dx)));
  const pad = 8;
  const scale = Math.min((width - 2 * pad) / dx, (height - 2 * pad) / dy);
  const ox = (width - dx * scale) / 2;
  const oy = (height - dy * scale) / 2;
  const project = ([lon, lat]) => `${(ox + (lon - box[0]) * k * scale).toFixed(1)} ${(oy + (box[3] - lat) * scale).toFixed(1)}`;
  const inView = (f) => f.bbox[2] >= box[0] && f.bbox[0] <= box[2] && f.bbox[3] >= box[1] && f.bbox[1] <= box[3];

  const titleId = `${frame.titleId}-svg`;
  const descId = `${frame.titleId}-desc`;
  const pattern = noDataPattern();
  const root = svg('svg', {
    class: 'wij-chart__svg wij-map__svg', role: 'group', 'aria-labelledby': titleId, 'aria-describedby': descId, width, height,
    viewBox: `0 0 ${width} ${height}`, 'data-level': spec.level, 'data-fit': spec.fit,
  }, svg('title', { id: titleId }, spec.title), svg('desc', { id: descId }, summary(state)), svg('defs', {}, pattern.element));
  const areas = svg('g', { class: 'wij-map__areas' });
  const highlights = svg('g', { class: 'wij-map__highlights', 'aria-hidden': 'true' });
  const focusHalo = svg('path', { class: 'wij-map__focus-halo', d: '' });
  const focusLine = svg('path', { class: 'wij-map__focus', d: '' });
  const interactive = [];

  state.features.forEach((f) => {
    const d = f.polygons.map((rings) => rings.map((ring) => `M${ring.map(project).join('L')}Z`).join('')).join('');
    const value = state.values.get(f.code) ?? null;
    const klass = classes.classOf(value);
    const label = `${f.name}: ${valueText(state, value)}${state.highlighted.has(f.code) ? ' (gemarkeerd)' : ''}`;
    const context = spec.fit !== 'all' && !inView(f);
    const area = svg('path', {
      class: ['wij-map__area', context ? 'wij-map__area--context' : null, spec.onSelect && !context ? 'wij-map__area--selectable' : null]
        .filter(Boolean).join(' '),
      d, 'fill-rule': 'evenodd', fill: klass < 0 ? pattern.fill : classes.colors[klass],
      'data-code': f.code, 'data-class': klass,
    });
    if (context) {
      area.setAttribute('aria-hidden', 'true');
    } else {
      area.setAttribute('role', spec.onSelect ? 'button' : 'img');
      area.setAttribute('aria-label', label);
      area.setAttribute('tabindex', '-1');
      area.append(svg('title', {}, label));
      interactive.push({ area, feature: f, d });
    }
    areas.append(area);
    if (state.highlighted.has(f.code)) {
      highlights.append(svg('path', { class: 'wij-map__highlight-halo', d }), svg('path', { class: 'wij-map__highlight', d, 'data-code': f.code }));
    }
  });
  interactive.sort((a, b) => byDutch(a.feature.name, b.feature.name));
  const start = interactive.find((i) => state.highlighted.has(i.feature.code)) ?? interactive[0];
  if (start) {
    start.area.setAttribute('tabindex', '0');
  }
  root.append(areas, highlights, svg('g', { class: 'wij-map__focus-layer', 'aria-hidden': 'true' }, focusHalo, focusLine));
  // listeners on an HTML wrapper: Chrome makes SVG elements with focus listeners focusable themselves
  const canvas = h('div', { class: 'wij-map__canvas' }, root);
  keyboard(canvas, interactive, spec, focusHalo, focusLine);
  frame.graphic.replaceChildren(canvas);
}

/** Roving focus: one Tab stop; arrows, Home and End move between areas (alphabetical); Enter/Space select. */
function keyboard(group, interactive, spec, focusHalo, focusLine) {
  const index = new Map(interactive.map((item, i) => [item.area, i]));
  const move = (to) => {
    interactive.forEach((item) => item.area.setAttribute('tabindex', '-1'));
    to.area.setAttribute('tabindex', '0');
    to.area.focus();
  };
  group.addEventListener('focusin', (event) => {
    const i = index.get(event.target);
    if (i !== undefined) {
      focusHalo.setAttribute('d', interactive[i].d);
      focusLine.setAttribute('d', interactive[i].d);
    }
  });
  group.addEventListener('focusout', () => {
    focusHalo.setAttribute('d', '');
    focusLine.setAttribute('d', '');
  });
  group.addEventListener('keydown', (event) => {
    const i = index.get(event.target);
    if (i === undefined || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const last = interactive.length - 1;
    const target = {
      ArrowRight: Math.min(last, i + 1), ArrowDown: Math.min(last, i + 1), ArrowLeft: Math.max(0, i - 1), ArrowUp: Math.max(0, i - 1),
      Home: 0, End: last,
    }[event.key];
    if (target !== undefined) {
      event.preventDefault();
      move(interactive[target]);
    } else if ((event.key === 'Enter' || event.key === ' ') && spec.onSelect) {
      event.preventDefault();
      spec.onSelect(interactive[i].feature.code);
    }
  });
  if (spec.onSelect) {
    group.addEventListener('click', (event) => {
      const i = index.get(event.target.closest('.wij-map__area'));
      if (i !== undefined) {
        move(interactive[i]);
        spec.onSelect(interactive[i].feature.code);
      }
    });
  }
}
