// The WIJ workbench shell (loaded by /workbench/index.html).
//
// Startup: GET /api/session (401: to the login page), GET /api/workbench, render the header
// (perspectives, main menu, user), the navigation "Weergaven", the editor area, the problems
// view and the status line; then listen to GET /api/events:
//   event: workbench  -> fetch the model again and re-render without reloading the page; open
//                        views that are gone are closed (dispose called) and announced
//   event: modules    -> refresh the problems; dispatch `wij:modules` on document
//   event: problems   -> refresh the problems (if the server sends it)
//
// DOM events for views (listen on `document`, remove the listener in your dispose function):
//   `wij:modules`   detail: the event's JSON data, or null after a reconnect; a bundle changed state
//   `wij:workbench` detail: { version }; the workbench model was (re)applied
//
// URL: "#weergave/<view id>" opens a view (links in the problems view use it; the shell keeps the
// hash in line with the active view so a reload or shared link shows the same view).

import { api, setUnauthorizedHandler } from './api.js';
import { arrowKeyNavigation, byRankThenLabel, coalesce, h, keepFocus, replaceChildren } from './dom.js';
import { createEditorArea } from './editor-area.js';
import { roleList } from './labels.js';
import { connectLive } from './live.js';
import { createProblemsView } from './problems.js';
import { createStatusLine } from './status-line.js';

const LOGIN_PAGE = '/public/login.html';
const PRODUCT = 'WIJ — Werkbank Integraal Jeugdbeleid';
const HOME_PERSPECTIVE = 'wij.perspective.start';
const MAIN_MENU = 'wij.menu.main';
const VIEW_HASH = '#weergave/';

const byId = (id) => document.getElementById(id);

const elements = {
  user: byId('gebruiker'),
  roles: byId('rollen'),
  logout: byId('uitloggen'),
  perspectives: byId('perspectieven'),
  menuNav: byId('hoofdmenu-nav'),
  menuButton: byId('hoofdmenu-knop'),
  menu: byId('hoofdmenu'),
  navDescription: byId('perspectief-omschrijving'),
  nav: byId('weergaven'),
  empty: byId('geen-weergave'),
  emptyText: byId('geen-weergave-tekst'),
};

const state = {
  session: null,
  model: indexModel({}),
  perspectiveId: null,
  live: null,
  started: false,
  leaving: false,
};

const statusLine = createStatusLine(byId('statusregel'));

const editors = createEditorArea({
  tabList: byId('geopende-weergaven'),
  panels: byId('weergavepanelen'),
  empty: elements.empty,
  createContext,
  onChange: activeViewChanged,
  // A module import fails with a 401 when the session expired; checking the session then sends
  // the user to the login page (api.js calls the unauthorized handler).
  onLoadError: () => api.get('/api/session').catch(() => {}),
});

const problems = createProblemsView({
  table: byId('signaleringen'),
  count: byId('signaleringen-aantal'),
  toggle: byId('signaleringen-knop'),
  content: byId('signaleringen-inhoud'),
  refreshButton: byId('signaleringen-vernieuwen'),
  api,
  findView: (id) => state.model.viewsById.get(id),
  announce: statusLine.announce,
});

// ---------------------------------------------------------------- model

function indexModel(raw) {
  const views = [...(raw.views ?? [])].sort(byRankThenLabel);
  return {
    version: raw.version,
    perspectives: [...(raw.perspectives ?? [])].sort(byRankThenLabel),
    views,
    viewsById: new Map(views.map((view) => [view.id, view])),
    commands: new Map((raw.commands ?? []).map((command) => [command.id, command])),
    menuItems: (raw.menuItems ?? []).filter((item) => item.anchor === MAIN_MENU).sort(byRankThenLabel),
  };
}

function hasPerspective(id) {
  return state.model.perspectives.some((perspective) => perspective.id === id);
}

function defaultPerspective() {
  return hasPerspective(HOME_PERSPECTIVE) ? HOME_PERSPECTIVE : state.model.perspectives[0]?.id ?? null;
}

/** The perspective a view is listed under; views of an unknown perspective go to the home one. */
function perspectiveOf(view) {
  return hasPerspective(view.perspective) ? view.perspective : defaultPerspective();
}

function viewsOf(perspectiveId) {
  return state.model.views.filter((view) => perspectiveOf(view) === perspectiveId);
}

function currentPerspective() {
  return state.model.perspectives.find((perspective) => perspective.id === state.perspectiveId);
}

/** Applies a (new) workbench model: re-renders header and navigation, syncs the open views. */
function applyModel(raw) {
  const previous = state.model;
  state.model = indexModel(raw);
  const lostPerspective = state.perspectiveId && !hasPerspective(state.perspectiveId)
    ? previous.perspectives.find((perspective) => perspective.id === state.perspectiveId) : null;
  if (!hasPerspective(state.perspectiveId)) {
    state.perspectiveId = defaultPerspective();
  }
  renderPerspectives();
  renderMenu();
  renderNavigation();
  for (const label of editors.sync((id) => state.model.viewsById.get(id))) {
    statusLine.announce(`Weergave '${label}' is verwijderd omdat de module is gestopt.`);
  }
  if (state.started) {
    if (lostPerspective) {
      statusLine.announce(`Perspectief '${lostPerspective.label}' is niet meer beschikbaar.`);
    }
    announceNewViews(previous);
  }
  problems.render();
  saveState();
  document.dispatchEvent(new CustomEvent('wij:workbench', { detail: { version: state.model.version } }));
}

function announceNewViews(previous) {
  const added = state.model.views.filter((view) => !previous.viewsById.has(view.id)).map((view) => `'${view.label}'`);
  if (added.length === 1) {
    statusLine.announce(`Nieuwe weergave beschikbaar: ${added[0]}.`);
  } else if (added.length > 1) {
    statusLine.announce(`Nieuwe weergaven beschikbaar: ${added.join(', ')}.`);
  }
}

/** Fetches the workbench model again; events arriving meanwhile lead to one more fetch. */
const refreshWorkbench = coalesce(async () => {
  try {
    applyModel(await api.get('/api/workbench'));
  } catch (error) {
    statusLine.announce(`De werkbank kon niet worden bijgewerkt: ${error.message}`);
  }
});

// ---------------------------------------------------------------- header

function renderPerspectives() {
  keepFocus(elements.perspectives, 'perspectiveId', () => replaceChildren(elements.perspectives,
    state.model.perspectives.map((perspective) => h('li', { class: 'wij-perspectives__item' },
      h('button', {
        type: 'button',
        class: 'wij-perspectives__button',
        'data-perspective-id': perspective.id,
        'aria-pressed': String(perspective.id === state.perspectiveId),
        title: perspective.description || null,
        onclick: () => switchPerspective(perspective.id),
      }, perspective.label)))));
}

/**
 * The user picked a perspective: show its views in the navigation and show one of them in the
 * editor area (the most recently used open one, else the first). Focus stays on the button.
 */
function switchPerspective(id) {
  state.perspectiveId = id;
  renderPerspectives();
  renderNavigation();
  saveState();
  const views = viewsOf(id);
  if (views.some((view) => view.id === editors.activeId())) {
    return;
  }
  const open = editors.openIds().filter((openId) => views.some((view) => view.id === openId));
  if (open.length) {
    editors.activate(open[open.length - 1]);
  } else if (views.length) {
    editors.open(views[0], { focus: false });
  }
}

function renderMenu() {
  const entries = state.model.menuItems
    .map((item) => ({ item, view: state.model.viewsById.get(state.model.commands.get(item.command)?.opensView) }))
    .filter(({ view }) => view);
  elements.menuNav.hidden = entries.length === 0;
  keepFocus(elements.menu, 'menuItemId', () => replaceChildren(elements.menu,
    entries.map(({ item, view }) => h('li', {},
      h('button', {
        type: 'button',
        class: 'wij-main-menu__item',
        'data-menu-item-id': item.id,
        'data-command-id': item.command,
        onclick: () => {
          setMenuOpen(false);
          openView(view.id);
        },
      }, item.label)))));
}

function setMenuOpen(open) {
  elements.menu.hidden = !open;
  elements.menuButton.setAttribute('aria-expanded', String(open));
}

function initMenu() {
  elements.menuButton.addEventListener('click', () => {
    const open = elements.menu.hidden;
    setMenuOpen(open);
    if (open) {
      elements.menu.querySelector('button')?.focus();
    }
  });
  elements.menuNav.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !elements.menu.hidden) {
      setMenuOpen(false);
      elements.menuButton.focus();
    }
  });
  elements.menuNav.addEventListener('focusout', (event) => {
    if (event.relatedTarget && !elements.menuNav.contains(event.relatedTarget)) {
      setMenuOpen(false);
    }
  });
  document.addEventListener('click', (event) => {
    if (!elements.menuNav.contains(event.target)) {
      setMenuOpen(false);
    }
  });
  arrowKeyNavigation(elements.menu, '.wij-main-menu__item', 'vertical');
}

function renderUser() {
  replaceChildren(elements.user, state.session.user);
  replaceChildren(elements.roles, `(${roleList(state.session.roles)})`);
}

async function logout() {
  try {
    await api.post('/api/logout');
  } catch (error) {
    if (error.status !== 401) {
      statusLine.announce(`Uitloggen is mislukt: ${error.message}`);
      return;
    }
  }
  clearState();
  leave(`${LOGIN_PAGE}?uitgelogd=1`);
}

// ---------------------------------------------------------------- navigation and views

function renderNavigation() {
  const perspective = currentPerspective();
  replaceChildren(elements.navDescription, perspective
    ? h('span', {}, 'Perspectief ', h('strong', {}, perspective.label), perspective.description ? `: ${perspective.description}` : '')
    : '');
  const views = state.perspectiveId ? viewsOf(state.perspectiveId) : [];
  keepFocus(elements.nav, 'viewId', () => replaceChildren(elements.nav, views.length
    ? views.map(navItem)
    : h('li', { class: 'wij-side-nav__empty' }, 'Hier zijn (nog) geen weergaven.')));
  markCurrentView();
}

function navItem(view) {
  const descriptionId = view.description ? `omschrijving-${cssSafe(view.id)}` : null;
  return h('li', { class: 'wij-side-nav__item' },
    h('button', {
      type: 'button',
      class: 'wij-side-nav__link',
      'data-view-id': view.id,
      'aria-describedby': descriptionId,
      title: view.description || null,
      onclick: () => openView(view.id),
    }, view.label),
    descriptionId ? h('span', { id: descriptionId, hidden: true }, view.description) : null);
}

function cssSafe(id) {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}

function markCurrentView() {
  const active = editors.activeId();
  for (const button of elements.nav.querySelectorAll('[data-view-id]')) {
    if (button.dataset.viewId === active) {
      button.setAttribute('aria-current', 'true');
    } else {
      button.removeAttribute('aria-current');
    }
  }
}

/** Opens a view by id (navigation, main menu, problem links, context.openView). */
function openView(id, { focus = true } = {}) {
  const view = state.model.viewsById.get(id);
  if (!view) {
    statusLine.announce(`De weergave '${id}' is niet (meer) beschikbaar.`);
    return false;
  }
  const perspectiveId = perspectiveOf(view);
  if (perspectiveId !== state.perspectiveId) {
    state.perspectiveId = perspectiveId;
    renderPerspectives();
    renderNavigation();
  }
  editors.open(view, { focus });
  return true;
}

function activeViewChanged(view) {
  document.title = view ? `${view.label} — ${PRODUCT}` : PRODUCT;
  markCurrentView();
  const hash = view ? VIEW_HASH + encodeURIComponent(view.id) : '';
  if (window.location.hash !== hash && (hash || window.location.hash.startsWith(VIEW_HASH))) {
    history.replaceState(null, '', hash || window.location.pathname + window.location.search);
  }
  if (!view && state.started) {
    replaceChildren(elements.emptyText, 'Er is geen weergave geopend. Kies een weergave onder Weergaven.');
  }
  saveState();
}

/** The `context` argument of a view module's render(element, context). */
function createContext(view) {
  return Object.freeze({
    api,
    user: Object.freeze({ user: state.session.user, roles: Object.freeze([...(state.session.roles ?? [])]) }),
    openView: (id) => openView(id),
    view: Object.freeze({ ...view }),
    headingLevel: 3,
  });
}

function viewIdFromHash() {
  if (!window.location.hash.startsWith(VIEW_HASH)) {
    return null;
  }
  try {
    return decodeURIComponent(window.location.hash.slice(VIEW_HASH.length));
  } catch {
    return null;
  }
}

function initHashLinks() {
  window.addEventListener('hashchange', () => {
    const id = viewIdFromHash();
    if (id && id !== editors.activeId()) {
      openView(id);
    }
  });
  document.addEventListener('click', (event) => {
    const link = event.target.closest(`a[href^="${VIEW_HASH}"]`);
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      openView(decodeURIComponent(link.getAttribute('href').slice(VIEW_HASH.length)));
    }
  });
}

// ---------------------------------------------------------------- session state (per browser tab)

function stateKey() {
  return `wij.shell.${state.session?.user}`;
}

function saveState() {
  if (!state.started) {
    return;
  }
  try {
    sessionStorage.setItem(stateKey(), JSON.stringify({
      perspective: state.perspectiveId, open: editors.openIds(), active: editors.activeId(),
    }));
  } catch {
    // Storage unavailable (privacy settings): the shell works without it.
  }
}

function loadState() {
  try {
    return JSON.parse(sessionStorage.getItem(stateKey()) ?? 'null') ?? {};
  } catch {
    return {};
  }
}

function clearState() {
  try {
    sessionStorage.removeItem(stateKey());
  } catch {
    // ignore
  }
}

/** Restores the open views of this browser tab; shows the view from the URL or the last active one. */
function openInitialViews(saved) {
  for (const id of saved.open ?? []) {
    const view = state.model.viewsById.get(id);
    if (view) {
      editors.add(view);
    }
  }
  const candidates = [viewIdFromHash(), saved.active, viewsOf(state.perspectiveId)[0]?.id, state.model.views[0]?.id];
  const first = candidates.find((id) => id && state.model.viewsById.has(id));
  if (first) {
    openView(first, { focus: false });
  } else {
    replaceChildren(elements.emptyText, 'Er zijn voor u (nog) geen weergaven beschikbaar.');
  }
}

// ---------------------------------------------------------------- live updates

function startLive() {
  state.live = connectLive({
    url: '/api/events',
    handlers: {
      workbench: (data) => {
        if (!data || data.version !== state.model.version) {
          refreshWorkbench();
        }
      },
      modules: (data) => {
        problems.refresh();
        document.dispatchEvent(new CustomEvent('wij:modules', { detail: data }));
      },
      problems: () => problems.refresh(),
    },
    onStateChange: (connection, { recovered }) => {
      if (state.leaving) {
        return;
      }
      statusLine.setConnection(connection);
      if (recovered) {
        // Events may have been missed while the stream was down.
        statusLine.announce('Verbinding hersteld.');
        refreshWorkbench();
        problems.refresh();
        loadProfile();
        document.dispatchEvent(new CustomEvent('wij:modules', { detail: null }));
      }
    },
    beforeReconnect: async () => {
      const session = await api.get('/api/session');
      api.setCsrfToken(session.csrfToken);
    },
  });
}

async function loadProfile() {
  try {
    const health = await api.get('/api/health');
    statusLine.setProfile(health?.profile);
  } catch {
    // The profile is informative only; the connection state tells about problems.
  }
}

// ---------------------------------------------------------------- startup

function leave(url) {
  if (state.leaving) {
    return;
  }
  state.leaving = true;
  state.live?.close();
  window.location.replace(url);
}

function showStartupError(error) {
  elements.empty.hidden = false;
  replaceChildren(elements.empty,
    h('div', { class: 'wij-alert wij-alert--error', role: 'alert' },
      h('p', { id: 'geen-weergave-tekst', tabindex: '-1' }, h('strong', {}, 'Fout: '), `De werkbank kon niet worden gestart. ${error.message}`),
      h('button', { type: 'button', class: 'wij-button wij-button--primary', onclick: () => window.location.reload() }, 'Opnieuw proberen')));
  statusLine.setConnection('disconnected');
}

async function start() {
  setUnauthorizedHandler(() => leave(state.started ? `${LOGIN_PAGE}?verlopen=1` : LOGIN_PAGE));
  initMenu();
  initHashLinks();
  arrowKeyNavigation(elements.perspectives, '.wij-perspectives__button', 'horizontal');
  arrowKeyNavigation(elements.nav, '.wij-side-nav__link', 'vertical');
  elements.logout.addEventListener('click', logout);
  window.addEventListener('pagehide', () => {
    state.leaving = true;
    state.live?.close();
  });

  try {
    state.session = await api.get('/api/session');
    api.setCsrfToken(state.session.csrfToken);
    renderUser();
    const saved = loadState();
    state.perspectiveId = saved.perspective ?? null;
    applyModel(await api.get('/api/workbench'));
    state.started = true;
    openInitialViews(saved);
  } catch (error) {
    if (error.status !== 401) {
      showStartupError(error);
    }
    return;
  }
  problems.refresh();
  loadProfile();
  startLive();
}

start();
