// Shared helpers of the analyst workspace's views (not an API for other bundles).
// Plain ES module; no inline script or style (strict CSP).

import { uniqueId } from '/workbench/dom.js';

export { h } from '/workbench/dom.js';

/** A unique element id with a readable prefix. */
export function uid(prefix) {
  return uniqueId(`nl-wij-analysis-${prefix}`);
}

/** A value of a result cell as Dutch text. */
export function cell(value, type) {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'boolean') {
    return value ? 'ja' : 'nee';
  }
  if (typeof value === 'number') {
    return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6 }).format(value);
  }
  if (type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}-${m}-${y}`;
  }
  return String(value);
}

/** Calls `callback` at most once per `ms` after the last of a burst of events. */
export function debounce(callback, ms) {
  let timer = null;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(callback, ms);
  };
}

/** Listens to the shell's live events (catalog or modules changed); returns the remover. */
export function onLiveChange(callback) {
  const listener = debounce(callback, 400);
  document.addEventListener('wij:workbench', listener);
  document.addEventListener('wij:modules', listener);
  return () => {
    document.removeEventListener('wij:workbench', listener);
    document.removeEventListener('wij:modules', listener);
  };
}
