// Shared code of the editors' views (Modelverkenner and Formulier): the metamodel from
// GET /api/model/packages, the selected object, links from signaleringen, value formatting.
//
// How the Modelverkenner opens an object in the Formulier
// ---------------------------------------------------------
// The shell opens views by id only ("#weergave/<view id>"; an unknown id such as
// "...formulier?klasse=..." would be refused as an unknown view), so the object travels beside it:
//   1. in this module's state: ES modules are singletons per URL, so both views share `selected`;
//      select() stores it and dispatches `wij-editors:select` on document (detail {klasse, sleutel}),
//      which an open Formulier follows at once;
//   2. in the page's query string, which the shell leaves alone when it rewrites the hash:
//      /workbench/index.html?klasse=core.Vestiging&sleutel=16AH00#weergave/nl.wij.core.editors.view.formulier
//      is a link to that object that survives a reload and can be shared. The Formulier keeps it up
//      to date and removes it when it is closed.
// Signaleringen of the model check link to the Formulier view; their ids carry the object
// (nl.wij.core.editors.problem/<klasse>/<sleutel>/<n>), which a capturing click listener reads
// before the shell follows the link. Before either view was loaded the Formulier lists the objects
// with signaleringen instead.

export const EXPLORER_VIEW = 'nl.wij.core.editors.view.verkenner';
export const FORM_VIEW = 'nl.wij.core.editors.view.formulier';
export const SELECT_EVENT = 'wij-editors:select';
export const CHANGED_EVENT = 'wij-editors:changed';

const STYLESHEET = '/modules/nl.wij.core.editors/editors.css';
const PROBLEM_PREFIX = 'nl.wij.core.editors.problem/';
const EDIT_ROLES = ['beheerder', 'beleidsmedewerker'];

let selected = null;
let packages = null;

/** Adds the editors' stylesheet once (a <link>: the CSP allows same-origin stylesheets, no inline styles). */
export function ensureStylesheet() {
  if (!document.querySelector(`link[href="${STYLESHEET}"]`)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLESHEET;
    document.head.append(link);
  }
}

/** Whether the user may edit (the server checks it again). */
export function canEdit(context) {
  return (context.user?.roles ?? []).some((role) => EDIT_ROLES.includes(role));
}

// ---------------------------------------------------------------- metamodel

/**
 * The metamodel: `classes` (Map name -> class with features), `packages`. Cached per page;
 * `refresh` fetches it again (a module with a new package was installed).
 */
export async function metamodel(api, { refresh = false } = {}) {
  if (!packages || refresh) {
    packages = api.get('/api/model/packages').then((data) => {
      const classes = new Map();
      for (const p of data?.packages ?? []) {
        for (const c of p.classes ?? []) {
          classes.set(c.name, c);
        }
      }
      return { packages: data?.packages ?? [], classes };
    }).catch((error) => {
      packages = null;
      throw error;
    });
  }
  return packages;
}

export function objectsPath(klasse) {
  return `/api/model/objects/${encodeURIComponent(klasse)}`;
}

export function objectPath(klasse, sleutel) {
  return `${objectsPath(klasse)}/${encodeURIComponent(sleutel)}`;
}

// ---------------------------------------------------------------- selection

/** Selects an object for the Formulier: `{klasse, sleutel}`, or `{klasse, nieuw: true}` for a new one. */
export function select(ref) {
  selected = ref ? { ...ref } : null;
  document.dispatchEvent(new CustomEvent(SELECT_EVENT, { detail: selected }));
}

/** The selected object: the last select(), else the one in the page's query string. */
export function selection() {
  return selected ?? fromLocation();
}

function fromLocation() {
  const params = new URLSearchParams(window.location.search);
  const klasse = params.get('klasse');
  const sleutel = params.get('sleutel');
  return klasse && sleutel ? { klasse, sleutel } : null;
}

/** Puts the shown object in the page URL (or removes it), keeping the shell's hash. */
export function showInLocation(ref) {
  const url = new URL(window.location.href);
  if (ref?.klasse && ref?.sleutel) {
    url.searchParams.set('klasse', ref.klasse);
    url.searchParams.set('sleutel', ref.sleutel);
  } else {
    url.searchParams.delete('klasse');
    url.searchParams.delete('sleutel');
  }
  if (url.href !== window.location.href) {
    history.replaceState(history.state, '', url);
  }
}

/** Tells other views that an object changed (label updates in the Modelverkenner). */
export function announceChange(detail) {
  document.dispatchEvent(new CustomEvent(CHANGED_EVENT, { detail }));
}

// Signaleringen: a click on the link of a model-check problem selects its object first.
document.addEventListener('click', (event) => {
  const row = event.target.closest?.('[data-problem-id]');
  const link = event.target.closest?.('a[data-target-view]');
  if (!row || !link || link.dataset.targetView !== FORM_VIEW) {
    return;
  }
  const id = row.dataset.problemId ?? '';
  if (!id.startsWith(PROBLEM_PREFIX)) {
    return;
  }
  const [klasse, sleutel] = id.slice(PROBLEM_PREFIX.length).split('/');
  try {
    select({ klasse: decodeURIComponent(klasse), sleutel: decodeURIComponent(sleutel) });
  } catch {
    // not one of ours after all
  }
}, true);

// ---------------------------------------------------------------- values

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' });
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6 });

/** A value as text for people, by the feature's metamodel. */
export function formatValue(feature, value) {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
    return '';
  }
  if (Array.isArray(value)) {
    return value.map((item) => formatValue({ ...feature, many: false }, item)).join(', ');
  }
  switch (feature.input) {
    case 'reference':
      return value.label ?? value.key ?? '';
    case 'boolean':
      return value ? 'Ja' : 'Nee';
    case 'integer':
    case 'decimal':
      return typeof value === 'number' ? numberFormat.format(value) : String(value);
    case 'date': {
      const date = new Date(`${value}T00:00:00`);
      return Number.isNaN(date.getTime()) ? String(value) : dateFormat.format(date);
    }
    case 'datetime': {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? String(value) : dateTimeFormat.format(date);
    }
    case 'enum': {
      const literal = (feature.literals ?? []).find((l) => l.value === value);
      return literal ? literal.label : String(value);
    }
    default:
      return String(value);
  }
}

/** "verplicht", "lijst", "sleutel": the multiplicity of a feature in words. */
export function multiplicity(feature) {
  const words = [];
  if (feature.key) {
    words.push('sleutel');
  }
  words.push(feature.required ? 'verplicht' : 'niet verplicht');
  if (feature.many) {
    words.push(feature.upperBound > 0 ? `lijst, hoogstens ${feature.upperBound}` : 'lijst');
  }
  return words.join(', ');
}
