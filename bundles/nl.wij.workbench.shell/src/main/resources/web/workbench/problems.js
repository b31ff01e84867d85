// The Problems view ("Signaleringen") at the bottom of the shell, filled from GET /api/problems.
// A problem whose `target` is the id of a view in the current model links to that view
// (href "#weergave/<id>", handled by the shell's hash routing).

import { h, replaceChildren, visuallyHidden } from './dom.js';
import { severity } from './labels.js';

export function viewHref(viewId) {
  return '#weergave/' + encodeURIComponent(viewId);
}

/**
 * @param {object} options
 * @param {HTMLTableElement} options.table  the static table#signaleringen
 * @param {HTMLElement} options.count  where the number of problems is shown
 * @param {HTMLElement} options.toggle  button that shows/hides the content (aria-expanded)
 * @param {HTMLElement} options.content  the collapsible content
 * @param {HTMLElement} options.refreshButton  the "Vernieuwen" button
 * @param {object} options.api
 * @param {(id: string) => object|undefined} options.findView  view descriptor by id, if visible
 * @param {(text: string) => void} options.announce  status line message
 */
export function createProblemsView({ table, count, toggle, content, refreshButton, api, findView, announce }) {
  const body = table.tBodies[0];
  let problems = null;
  let loading = null;

  toggle.addEventListener('click', () => {
    const expanded = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', String(!expanded));
    toggle.textContent = expanded ? 'Tonen' : 'Verbergen';
    content.hidden = expanded;
  });
  refreshButton.addEventListener('click', async () => {
    await refresh();
    announce(`Signaleringen bijgewerkt: ${summary()}.`);
  });

  function summary() {
    if (!problems) {
      return 'niet beschikbaar';
    }
    return problems.length === 1 ? '1 signalering' : `${problems.length} signaleringen`;
  }

  /** Fetches the problems again; concurrent calls share one request. */
  function refresh() {
    if (!loading) {
      loading = api.get('/api/problems')
        .then((data) => {
          problems = [...(data?.problems ?? [])].sort(bySeverity);
          render();
        })
        .catch((error) => renderError(error))
        .finally(() => {
          loading = null;
        });
    }
    return loading;
  }

  /** Renders the last fetched problems again, e.g. because views (link targets) changed. */
  function render() {
    if (!problems) {
      return;
    }
    replaceChildren(count, `(${problems.length})`);
    if (!problems.length) {
      replaceChildren(body, emptyRow('Er zijn geen signaleringen.'));
      return;
    }
    replaceChildren(body, problems.map(problemRow));
  }

  function problemRow(problem) {
    const level = severity(problem.severity);
    const view = problem.target ? findView(problem.target) : undefined;
    const message = view
      ? h('a', { href: viewHref(view.id), class: 'wij-link', 'data-target-view': view.id },
        problem.message, visuallyHidden(` (open weergave ${view.label})`))
      : problem.message;
    return h('tr', { 'data-problem-id': problem.id, class: `wij-problems__row wij-problems__row--${String(problem.severity).toLowerCase()}` },
      h('td', {}, severityBadge(problem.severity, level)),
      h('th', { scope: 'row', class: 'wij-problems__message' }, message),
      h('td', {}, problem.source ?? ''));
  }

  function renderError(error) {
    problems = null;
    replaceChildren(count, '');
    replaceChildren(body, emptyRow(`De signaleringen konden niet worden opgehaald: ${error.message}`));
  }

  function emptyRow(text) {
    return h('tr', {}, h('td', { colspan: '3', class: 'wij-table__empty' }, text));
  }

  return { refresh, render };
}

export function severityBadge(value, level = severity(value)) {
  const modifier = String(value ?? 'onbekend').toLowerCase();
  return h('span', { class: `wij-badge wij-badge--${modifier}` },
    h('span', { class: 'wij-badge__symbol', 'aria-hidden': 'true' }, level.symbol), ' ', level.label);
}

function bySeverity(a, b) {
  return severity(a.severity).order - severity(b.severity).order
    || String(a.source ?? '').localeCompare(String(b.source ?? ''), 'nl');
}
