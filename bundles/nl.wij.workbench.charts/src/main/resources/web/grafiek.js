// Charts for every WIJ module: grouped bar, line, stacked bar and scatter charts as accessible SVG,
// with a visible legend, Dutch numbers, "geen gegevens" for missing values, labelled reference
// lines and a "Toon als tabel" toggle to a real data table. See the bundle README for the spec.
//
//   import { renderChart } from '/modules/nl.wij.workbench.charts/grafiek.js';
//   const chart = renderChart(element, { type: 'bar', title, x: { label, categories }, y: { label, unit }, series });
//   chart.update(otherSpec); chart.destroy();

import { h } from '/workbench/dom.js';
import {
  NO_DATA, createFrame, fitText, formatNumber, formatValue, isNumber, legendItem, niceScale, seriesColor, seriesFill,
  svg, textWidth, toNumber, watchWidth, withUnit,
} from './gedeeld.js';

const TYPES = ['bar', 'line', 'stacked', 'scatter'];
const TYPE_NAMES = { bar: 'Staafdiagram', line: 'Lijndiagram', stacked: 'Gestapeld staafdiagram', scatter: 'Spreidingsdiagram' };
const DASHES = [null, '7 4', '2 3', '9 3 2 3'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross'];
const MAX_LISTED = 12;

/**
 * Renders a chart into `element` (its content is replaced) and redraws it when the element
 * changes width. Returns `{ update(spec), destroy(), ready }` (`ready` resolves once drawn).
 */
export function renderChart(element, spec) {
  const frame = createFrame(element, 'grafiek');
  let current = null;
  const watcher = watchWidth(frame, (width) => draw(frame, current, width));

  function apply(next) {
    current = normalise(next);
    frame.setText(current);
    frame.setLegend(legend(current));
    frame.setTable(dataTable(current));
    frame.setNotes([missingNote(current)]);
    watcher.now();
  }

  apply(spec);
  return {
    update: apply,
    destroy() {
      watcher.stop();
      element.replaceChildren();
    },
    ready: Promise.resolve(),
  };
}

// ---------------------------------------------------------------- spec

function normalise(spec) {
  if (!spec || typeof spec !== 'object') {
    throw new TypeError('renderChart: geef een spec-object mee.');
  }
  const type = spec.type ?? 'bar';
  if (!TYPES.includes(type)) {
    throw new TypeError(`renderChart: onbekend grafiektype '${type}'; kies ${TYPES.join(', ')}.`);
  }
  const categories = (spec.x?.categories ?? []).map((c) => String(c ?? ''));
  const series = (spec.series ?? []).map((s, i) => ({
    name: String(s?.name ?? `Reeks ${i + 1}`),
    color: seriesColor(s, i),
    values: categories.map((_, j) => toNumber(s?.values?.[j])),
  }));
  const points = (spec.points ?? []).map((p, i) => ({
    label: p?.label === undefined || p?.label === null ? `Punt ${i + 1}` : String(p.label), x: toNumber(p?.x), y: toNumber(p?.y),
  }));
  const thresholds = (spec.thresholds ?? []).map((t) => ({ value: toNumber(t?.value), label: String(t?.label ?? 'Referentie') }))
    .filter((t) => t.value !== null);
  return {
    type,
    title: String(spec.title ?? ''),
    description: spec.description ? String(spec.description) : '',
    source: spec.source ? String(spec.source) : '',
    height: toNumber(spec.height),
    x: { label: String(spec.x?.label ?? ''), unit: spec.x?.unit ?? '', categories },
    y: { label: String(spec.y?.label ?? ''), unit: spec.y?.unit ?? '', decimals: toNumber(spec.y?.decimals) ?? undefined },
    series,
    points,
    thresholds,
  };
}

/** Every missing value as `series (category)` or the point's label. */
function missing(c) {
  if (c.type === 'scatter') {
    return c.points.filter((p) => p.x === null || p.y === null).map((p) => p.label);
  }
  return c.series.flatMap((s) => s.values.flatMap((v, j) => (v === null ? [`${s.name} (${c.x.categories[j]})`] : [])));
}

function missingNote(c) {
  const list = missing(c);
  if (list.length === 0) {
    return null;
  }
  const shown = list.slice(0, MAX_LISTED).join(', ');
  const more = list.length > MAX_LISTED ? ` en nog ${list.length - MAX_LISTED}` : '';
  return c.type === 'scatter'
    ? `Niet getoond, geen gegevens: ${shown}${more}.`
    : `Geen gegevens voor ${shown}${more}.`;
}

// ---------------------------------------------------------------- legend and table

function legend(c) {
  const items = [];
  if (c.type === 'line') {
    c.series.forEach((s, i) => items.push(legendItem([
      svg('line', { x1: 1, y1: 8, x2: 27, y2: 8, stroke: s.color, 'stroke-width': 2.5, 'stroke-dasharray': DASHES[i % DASHES.length] }),
      marker(MARKERS[i % MARKERS.length], 14, 8, s.color)], s.name)));
  } else if (c.type !== 'scatter') {
    c.series.forEach((s, i) => {
      const { fill, defs } = seriesFill(i, s.color);
      items.push(legendItem([defs ? svg('defs', {}, defs) : null,
        svg('rect', { x: 4, y: 1, width: 20, height: 14, fill, stroke: s.color, 'stroke-width': 1.5 })], s.name));
    });
    if (c.type === 'bar' && missing(c).length > 0) {
      items.push(legendItem(missingMarker(14, 8), NO_DATA));
    }
  }
  c.thresholds.forEach((t) => items.push(legendItem(
    svg('line', { x1: 1, y1: 8, x2: 27, y2: 8, class: 'wij-chart__threshold' }),
    `${t.label}: ${formatValue(t.value, c.y.unit, c.y.decimals)}`)));
  return items;
}

function dataTable(c) {
  const after = c.thresholds.length
    ? h('p', { class: 'wij-chart__note' }, `Referentielijn${c.thresholds.length > 1 ? 'en' : ''}: `,
      c.thresholds.map((t) => `${t.label} ${formatValue(t.value, c.y.unit, c.y.decimals)}`).join('; '), '.')
    : null;
  if (c.type === 'scatter') {
    return {
      caption: c.title,
      columns: ['Naam', withUnit(c.x.label || 'x', c.x.unit), withUnit(c.y.label || 'y', c.y.unit)],
      rows: c.points.map((p) => [p.label, formatNumber(p.x), formatNumber(p.y, c.y.decimals)]),
      after,
    };
  }
  const stacked = c.type === 'stacked';
  return {
    caption: c.y.label ? `${c.title} — ${withUnit(c.y.label, c.y.unit)}` : c.title,
    columns: [c.x.label || 'Categorie', ...c.series.map((s) => withUnit(s.name, c.y.unit)), ...(stacked ? [withUnit('Totaal', c.y.unit)] : [])],
    rows: c.x.categories.map((category, j) => {
      const values = c.series.map((s) => s.values[j]);
      const known = values.filter(isNumber);
      return [category, ...values.map((v) => formatNumber(v, c.y.decimals)),
        ...(stacked ? [known.length ? formatNumber(known.reduce((a, b) => a + b, 0), c.y.decimals) : NO_DATA] : [])];
    }),
    after,
  };
}

function summary(c) {
  const parts = [c.description];
  if (c.type === 'scatter') {
    const shown = c.points.filter((p) => p.x !== null && p.y !== null);
    parts.push(`${TYPE_NAMES.scatter} met ${shown.length} punten: ${withUnit(c.y.label || 'y', c.y.unit)} tegen ${withUnit(c.x.label || 'x', c.x.unit)}.`);
  } else {
    parts.push(`${TYPE_NAMES[c.type]} met ${c.series.length} ${c.series.length === 1 ? 'reeks' : 'reeksen'} `
      + `(${c.series.map((s) => s.name).join(', ')}) over ${c.x.categories.length} ${c.x.label || 'categorieën'}.`);
    let high = null;
    let low = null;
    c.series.forEach((s) => s.values.forEach((v, j) => {
      if (v !== null) {
        const where = `${s.name}, ${c.x.categories[j]}`;
        if (!high || v > high.v) high = { v, where };
        if (!low || v < low.v) low = { v, where };
      }
    }));
    if (high) {
      parts.push(`Hoogste waarde ${formatValue(high.v, c.y.unit, c.y.decimals)} (${high.where}); `
        + `laagste ${formatValue(low.v, c.y.unit, c.y.decimals)} (${low.where}).`);
    }
  }
  const count = missing(c).length;
  if (count) {
    parts.push(`${count} ${count === 1 ? 'waarde' : 'waarden'} zonder gegevens.`);
  }
  c.thresholds.forEach((t) => parts.push(`Referentielijn ${t.label} bij ${formatValue(t.value, c.y.unit, c.y.decimals)}.`));
  parts.push('Gebruik "Toon als tabel" voor alle waarden.');
  return parts.filter(Boolean).join(' ');
}

// ---------------------------------------------------------------- drawing

function draw(frame, c, width) {
  const height = Math.round(c.height ?? Math.min(420, Math.max(260, width * 0.5)));
  const titleId = `${frame.titleId}-svg`;
  const descId = `${frame.titleId}-desc`;
  const defs = svg('defs');
  const root = svg('svg', {
    class: 'wij-chart__svg', role: 'img', 'aria-labelledby': `${titleId} ${descId}`, width, height,
    viewBox: `0 0 ${width} ${height}`, focusable: 'false', 'data-type': c.type,
  }, svg('title', { id: titleId }, c.title), svg('desc', { id: descId }, summary(c)), defs);

  const yScale = niceScale(...yDomain(c), Math.max(3, Math.round(height / 70)));
  const yTickLabels = yScale.ticks.map((t) => formatNumber(t, yScale.digits));
  const directLabels = c.type === 'line' && c.series.length > 1;
  const margin = {
    top: 14,
    right: 16 + (directLabels ? Math.min(150, Math.max(...c.series.map((s) => textWidth(s.name)))) + 8 : 0),
    bottom: 30 + (c.x.label || c.type === 'scatter' ? 22 : 0),
    left: 14 + Math.max(...yTickLabels.map(textWidth)) + (c.y.label ? 24 : 0),
  };
  let bandLabels = null;
  if (c.type !== 'scatter') {
    bandLabels = categoryLabels(c.x.categories, (width - margin.left - margin.right) / Math.max(1, c.x.categories.length));
    margin.bottom += bandLabels.extra;
  }
  const plot = {
    left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom,
  };
  plot.width = Math.max(10, plot.right - plot.left);
  plot.height = Math.max(10, plot.bottom - plot.top);
  const y = (v) => plot.bottom - ((v - yScale.min) / (yScale.max - yScale.min)) * plot.height;

  // grid and y axis
  const yAxis = svg('g', { class: 'wij-chart__axis wij-chart__axis--y' });
  yScale.ticks.forEach((t, i) => {
    root.append(svg('line', { class: 'wij-chart__grid', x1: plot.left, x2: plot.right, y1: y(t), y2: y(t) }));
    yAxis.append(svg('text', { x: plot.left - 8, y: y(t), 'text-anchor': 'end', 'dominant-baseline': 'middle' }, yTickLabels[i]));
  });
  if (c.y.label) {
    const cy = plot.top + plot.height / 2;
    yAxis.append(svg('text', {
      class: 'wij-chart__axis-label', x: 14, y: cy, 'text-anchor': 'middle', transform: `rotate(-90 14 ${cy})`,
    }, withUnit(c.y.label, c.y.unit)));
  }
  root.append(yAxis);

  const marks = svg('g', { class: 'wij-chart__marks' });
  if (c.type === 'scatter') {
    drawScatter(root, marks, c, plot, y, height);
  } else {
    const band = plot.width / Math.max(1, c.x.categories.length);
    const xAxis = svg('g', { class: 'wij-chart__axis wij-chart__axis--x' });
    c.x.categories.forEach((category, j) => {
      const label = bandLabels.texts[j];
      if (label === null) {
        return;
      }
      const cx = plot.left + band * (j + 0.5);
      const text = bandLabels.rotated
        ? svg('text', { x: cx, y: plot.bottom + 14, 'text-anchor': 'end', transform: `rotate(-40 ${cx} ${plot.bottom + 14})` }, label)
        : svg('text', { x: cx, y: plot.bottom + 18, 'text-anchor': 'middle' }, label);
      if (label !== category) {
        text.append(svg('title', {}, category));
      }
      xAxis.append(text);
    });
    if (c.x.label) {
      xAxis.append(svg('text', { class: 'wij-chart__axis-label', x: plot.left + plot.width / 2, y: height - 8, 'text-anchor': 'middle' },
        withUnit(c.x.label, c.x.unit)));
    }
    root.append(xAxis);
    if (c.type === 'line') {
      drawLines(marks, c, plot, band, y, directLabels);
    } else {
      drawBars(defs, marks, c, plot, band, y);
    }
  }
  root.append(marks);
  // the zero line / x axis on top of the grid
  const base = yScale.min <= 0 && yScale.max >= 0 ? y(0) : plot.bottom;
  root.append(svg('line', { class: 'wij-chart__axis-line', x1: plot.left, x2: plot.right, y1: base, y2: base }));
  drawThresholds(root, c, plot, y);
  frame.graphic.replaceChildren(root);
}

function yDomain(c) {
  const values = [];
  if (c.type === 'scatter') {
    c.points.forEach((p) => p.x !== null && p.y !== null && values.push(p.y));
  } else if (c.type === 'stacked') {
    c.x.categories.forEach((_, j) => {
      let up = 0;
      let down = 0;
      c.series.forEach((s) => {
        const v = s.values[j];
        if (v !== null) {
          if (v >= 0) up += v; else down += v;
        }
      });
      values.push(up, down);
    });
  } else {
    c.series.forEach((s) => s.values.forEach((v) => v !== null && values.push(v)));
  }
  c.thresholds.forEach((t) => values.push(t.value));
  if (c.type === 'bar' || c.type === 'stacked' || values.length === 0) {
    values.push(0);
  }
  return [Math.min(...values), Math.max(...values)];
}

/** Category labels that fit their band: straight, rotated, shortened, or every n-th. */
function categoryLabels(categories, band) {
  const widest = Math.max(0, ...categories.map(textWidth));
  if (widest <= band - 6) {
    return { rotated: false, texts: categories, extra: 0 };
  }
  const step = Math.max(1, Math.ceil(16 / band));
  const texts = categories.map((c, j) => (j % step === 0 ? fitText(c, 110) : null));
  return { rotated: true, texts, extra: Math.min(80, Math.max(...texts.filter(Boolean).map(textWidth)) * 0.65) };
}

function drawBars(defs, marks, c, plot, band, y) {
  const stacked = c.type === 'stacked';
  const groupWidth = band * 0.8;
  const barWidth = stacked ? Math.min(groupWidth, 80) : Math.min(groupWidth / Math.max(1, c.series.length), 60);
  const fills = c.series.map((s, i) => {
    const { fill, defs: pattern } = seriesFill(i, s.color);
    if (pattern) {
      defs.append(pattern);
    }
    return fill;
  });
  const showValues = !stacked && c.series.length * c.x.categories.length <= 40;
  c.x.categories.forEach((category, j) => {
    const start = plot.left + band * j + (band - (stacked ? barWidth : barWidth * c.series.length)) / 2;
    let up = 0;
    let down = 0;
    c.series.forEach((s, i) => {
      const v = s.values[j];
      const x = stacked ? start : start + barWidth * i;
      const name = `${s.name}, ${category}`;
      if (v === null) {
        if (!stacked) {
          marks.append(missingMarker(x + barWidth / 2, y(0) - 6, name));
        }
        return;
      }
      let from = 0;
      if (stacked) {
        from = v >= 0 ? up : down;
        if (v >= 0) up += v; else down += v;
      }
      const top = y(Math.max(from, from + v));
      const bottom = y(Math.min(from, from + v));
      marks.append(svg('rect', {
        class: 'wij-chart__bar', x: x + 0.5, y: top, width: Math.max(1, barWidth - 1), height: Math.max(0, bottom - top),
        fill: fills[i], stroke: s.color, 'stroke-width': 1, 'data-series': i, 'data-category': j,
      }, svg('title', {}, `${name}: ${formatValue(v, c.y.unit, c.y.decimals)}`)));
      const label = formatNumber(v, c.y.decimals);
      if (showValues && textWidth(label) <= barWidth + 4) {
        marks.append(svg('text', {
          class: 'wij-chart__value-label', x: x + barWidth / 2, y: v >= 0 ? top - 4 : bottom + 13, 'text-anchor': 'middle',
        }, label));
      }
    });
    if (stacked && c.series.length > 1 && (up !== 0 || down !== 0)) {
      const total = formatNumber(up + down, c.y.decimals);
      if (textWidth(total) <= band) {
        marks.append(svg('text', { class: 'wij-chart__value-label', x: start + barWidth / 2, y: y(up) - 4, 'text-anchor': 'middle' }, total));
      }
    }
  });
}

function drawLines(marks, c, plot, band, y, directLabels) {
  const ends = [];
  c.series.forEach((s, i) => {
    const group = svg('g', { class: 'wij-chart__series', 'data-series': i });
    let d = '';
    let previous = false;
    s.values.forEach((v, j) => {
      if (v === null) {
        previous = false;
        return;
      }
      const x = plot.left + band * (j + 0.5);
      d += `${previous ? 'L' : 'M'}${x.toFixed(1)} ${y(v).toFixed(1)}`;
      previous = true;
    });
    if (d) {
      group.append(svg('path', {
        class: 'wij-chart__line', d, fill: 'none', stroke: s.color, 'stroke-width': 2.5, 'stroke-dasharray': DASHES[i % DASHES.length],
        'stroke-linejoin': 'round',
      }));
    }
    s.values.forEach((v, j) => {
      const x = plot.left + band * (j + 0.5);
      const name = `${s.name}, ${c.x.categories[j]}`;
      if (v === null) {
        return;
      }
      const point = marker(MARKERS[i % MARKERS.length], x, y(v), s.color);
      point.classList.add('wij-chart__point');
      point.append(svg('title', {}, `${name}: ${formatValue(v, c.y.unit, c.y.decimals)}`));
      group.append(point);
    });
    const last = s.values.map((v, j) => [v, j]).filter(([v]) => v !== null).pop();
    if (last) {
      ends.push({ name: s.name, color: s.color, x: plot.left + band * (last[1] + 0.5), y: y(last[0]) });
    }
    marks.append(group);
  });
  if (directLabels) {
    ends.sort((a, b) => a.y - b.y);
    let floor = -Infinity;
    ends.forEach((end) => {
      const ly = Math.max(end.y, floor + 14);
      floor = ly;
      marks.append(svg('text', {
        class: 'wij-chart__direct-label', x: plot.right + 8, y: ly, 'dominant-baseline': 'middle', fill: end.color,
      }, fitText(end.name, 150)));
    });
  }
}

function drawScatter(root, marks, c, plot, y, height) {
  const shown = c.points.filter((p) => p.x !== null && p.y !== null);
  const xs = shown.map((p) => p.x);
  const xScale = niceScale(Math.min(...xs, xs.length ? Infinity : 0), Math.max(...xs, xs.length ? -Infinity : 1),
    Math.max(3, Math.round(plot.width / 90)));
  const x = (v) => plot.left + ((v - xScale.min) / (xScale.max - xScale.min)) * plot.width;
  const xAxis = svg('g', { class: 'wij-chart__axis wij-chart__axis--x' });
  xScale.ticks.forEach((t) => {
    root.append(svg('line', { class: 'wij-chart__grid', x1: x(t), x2: x(t), y1: plot.top, y2: plot.bottom }));
    xAxis.append(svg('text', { x: x(t), y: plot.bottom + 18, 'text-anchor': 'middle' }, formatNumber(t, xScale.digits)));
  });
  xAxis.append(svg('text', { class: 'wij-chart__axis-label', x: plot.left + plot.width / 2, y: height - 8, 'text-anchor': 'middle' },
    withUnit(c.x.label || 'x', c.x.unit)));
  root.append(xAxis);
  const labelled = shown.length <= 30;
  shown.forEach((p) => {
    marks.append(svg('circle', {
      class: 'wij-chart__point', cx: x(p.x), cy: y(p.y), r: 4.5, fill: c.series[0]?.color ?? seriesColor(null, 0), stroke: '#ffffff', 'stroke-width': 1,
    }, svg('title', {}, `${p.label}: ${withUnit(c.x.label || 'x', '')} ${formatValue(p.x, c.x.unit)}, `
      + `${withUnit(c.y.label || 'y', '')} ${formatValue(p.y, c.y.unit, c.y.decimals)}`)));
    if (labelled) {
      const right = x(p.x) < plot.right - 100;
      marks.append(svg('text', {
        class: 'wij-chart__point-label', x: x(p.x) + (right ? 7 : -7), y: y(p.y) - 6, 'text-anchor': right ? 'start' : 'end',
      }, fitText(p.label, 100)));
    }
  });
}

function drawThresholds(root, c, plot, y) {
  c.thresholds.forEach((t) => {
    const ty = y(t.value);
    root.append(svg('g', { class: 'wij-chart__reference' },
      svg('line', { class: 'wij-chart__threshold', x1: plot.left, x2: plot.right, y1: ty, y2: ty }),
      svg('text', { class: 'wij-chart__threshold-label wij-chart__halo', x: plot.right - 4, y: ty - 5, 'text-anchor': 'end' },
        `${t.label}: ${formatValue(t.value, c.y.unit, c.y.decimals)}`)));
  });
}

/** A data-point marker of the given shape centred on (x, y). */
function marker(shape, x, y, color) {
  const r = 4.5;
  const common = { fill: color, stroke: '#ffffff', 'stroke-width': 1 };
  switch (shape) {
    case 'square':
      return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, ...common });
    case 'triangle':
      return svg('path', { d: `M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z`, ...common });
    case 'diamond':
      return svg('path', { d: `M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`, ...common });
    case 'cross':
      return svg('path', { d: `M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`, stroke: color, 'stroke-width': 2.5, fill: 'none' });
    default:
      return svg('circle', { cx: x, cy: y, r, ...common });
  }
}

/** The mark of a missing value: an open circle (also in the legend as "geen gegevens"). */
function missingMarker(x, y, name) {
  return svg('circle', { class: 'wij-chart__missing', cx: x, cy: y, r: 4, fill: '#ffffff', stroke: '#545454', 'stroke-width': 1.5 },
    name ? svg('title', {}, `${name}: ${NO_DATA}`) : null);
}
