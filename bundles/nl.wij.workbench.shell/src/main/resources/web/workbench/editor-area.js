// The editor area: the opened views, each with a button in the "Geopende weergaven" bar (with a
// close button) and a panel (section[data-view-panel]) holding an h2 with the view's label.
//
// A view's ES module is imported with dynamic import() the first time its panel is shown, then
// `render(body, context)` is called; the function it may return is called when the view is
// closed or its module disappears from the model. Views render their own headings from h3 down
// (`context.headingLevel`).

import { arrowKeyNavigation, h, replaceChildren, uniqueId, visuallyHidden } from './dom.js';

/**
 * @param {object} options
 * @param {HTMLElement} options.tabList  ul for the open-view buttons
 * @param {HTMLElement} options.panels  container for the view panels
 * @param {HTMLElement} options.empty  shown while no view is open; contains an element with tabindex=-1
 * @param {(view: object) => object} options.createContext  the `context` for a view's render()
 * @param {(view: object|null) => void} options.onChange  called when the active or open views change
 * @param {(view: object, error: Error) => void} [options.onLoadError]  a view's module failed to load
 */
export function createEditorArea({ tabList, panels, empty, createContext, onChange, onLoadError = () => {} }) {
  const entries = new Map();
  let recent = []; // ids, most recently activated last
  let activeId = null;

  arrowKeyNavigation(tabList, '.wij-tabs__tab', 'horizontal');
  tabList.addEventListener('keydown', (event) => {
    const id = event.target.dataset.tabView;
    if (event.key === 'Delete' && id) {
      event.preventDefault();
      close(id);
    }
  });

  function createEntry(view) {
    const panelId = uniqueId('weergave');
    const headingId = `${panelId}-kop`;
    const tabButton = h('button', {
      type: 'button', class: 'wij-tabs__tab', 'data-tab-view': view.id, 'aria-controls': panelId,
      onclick: () => activate(view.id, { focus: false }),
    });
    const closeButton = h('button', {
      type: 'button', class: 'wij-tabs__close', 'data-close-view': view.id,
      onclick: () => close(view.id),
    });
    const item = h('li', { class: 'wij-tabs__item', 'data-open-view': view.id }, tabButton, closeButton);
    const heading = h('h2', { id: headingId, class: 'wij-view__title', tabindex: '-1' });
    const description = h('p', { class: 'wij-view__description' });
    const body = h('div', { class: 'wij-view__body' });
    const panel = h('section', { id: panelId, class: 'wij-view', 'data-view-panel': view.id, 'aria-labelledby': headingId, hidden: true },
      h('div', { class: 'wij-view__header' }, heading, description), body);
    const entry = { view, item, tabButton, closeButton, panel, heading, description, body, state: 'new', dispose: null };
    label(entry, view);
    tabList.append(item);
    panels.append(panel);
    entries.set(view.id, entry);
    return entry;
  }

  function label(entry, view) {
    entry.view = view;
    replaceChildren(entry.tabButton, view.label);
    replaceChildren(entry.closeButton, h('span', { 'aria-hidden': 'true' }, '×'), visuallyHidden(`${view.label} sluiten`));
    entry.closeButton.title = `${view.label} sluiten`;
    replaceChildren(entry.heading, view.label);
    replaceChildren(entry.description, view.description ?? '');
    entry.description.hidden = !view.description;
  }

  /** Opens (or re-activates) a view. `focus` moves focus to its heading. */
  function open(view, { focus = true } = {}) {
    if (!entries.has(view.id)) {
      createEntry(view);
    }
    activate(view.id, { focus });
  }

  /** Adds a view's button without showing or loading it (restoring the previous session). */
  function add(view) {
    if (!entries.has(view.id)) {
      createEntry(view);
      recent.unshift(view.id);
    }
  }

  function activate(id, { focus = false } = {}) {
    const entry = entries.get(id);
    if (!entry) {
      return;
    }
    for (const other of entries.values()) {
      const current = other === entry;
      other.panel.hidden = !current;
      other.item.classList.toggle('wij-tabs__item--current', current);
      if (current) {
        other.tabButton.setAttribute('aria-current', 'true');
      } else {
        other.tabButton.removeAttribute('aria-current');
      }
    }
    empty.hidden = true;
    activeId = id;
    recent = recent.filter((other) => other !== id).concat(id);
    load(entry);
    onChange(entry.view);
    if (focus) {
      entry.heading.focus();
    }
  }

  async function load(entry) {
    if (entry.state !== 'new') {
      return;
    }
    entry.state = 'loading';
    const { body, view } = entry;
    body.setAttribute('aria-busy', 'true');
    replaceChildren(body, h('p', { class: 'wij-view__loading' }, 'Weergave wordt geladen…'));
    try {
      const module = await import(moduleUrl(view.module));
      if (entry.state !== 'loading') {
        return; // closed or reloaded meanwhile
      }
      if (typeof module.render !== 'function') {
        throw new Error('de module heeft geen functie render(element, context)');
      }
      replaceChildren(body);
      const result = await module.render(body, createContext(view));
      if (typeof result === 'function') {
        entry.dispose = result;
      }
      if (entry.state === 'loading') {
        entry.state = 'rendered';
      } else {
        runDispose(entry); // closed while rendering
      }
    } catch (error) {
      if (entry.state === 'loading') {
        entry.state = 'failed';
        showLoadError(entry, error);
        onLoadError(view, error);
      }
      console.error(`Weergave ${view.id} (${view.module}) kon niet worden geladen`, error);
    } finally {
      body.removeAttribute('aria-busy');
    }
  }

  function showLoadError(entry, error) {
    replaceChildren(entry.body,
      h('div', { class: 'wij-alert wij-alert--error', role: 'alert' },
        h('p', {}, h('strong', {}, 'Fout: '), `De weergave '${entry.view.label}' kon niet worden geladen. `,
          'Probeer het opnieuw; lukt het dan nog niet, meld het aan de beheerder.'),
        h('details', { class: 'wij-details' },
          h('summary', {}, 'Technische details'),
          h('p', {}, h('code', {}, `${entry.view.id} (${entry.view.module}): ${error.message}`))),
        h('button', { type: 'button', class: 'wij-button wij-button--secondary', onclick: () => reload(entry) }, 'Opnieuw proberen')));
  }

  function reload(entry) {
    runDispose(entry);
    entry.state = 'new';
    if (activeId === entry.view.id) {
      load(entry);
    }
  }

  /** Closes a view: calls its dispose function and shows the most recently used other view. */
  function close(id) {
    const entry = entries.get(id);
    if (!entry) {
      return;
    }
    const hadFocus = entry.item.contains(document.activeElement) || entry.panel.contains(document.activeElement);
    entry.state = 'closed';
    runDispose(entry);
    entry.item.remove();
    entry.panel.remove();
    entries.delete(id);
    recent = recent.filter((other) => other !== id);
    if (activeId === id) {
      activeId = null;
      const next = recent[recent.length - 1];
      if (next) {
        activate(next);
      } else {
        empty.hidden = false;
        onChange(null);
      }
    } else {
      onChange(activeId ? entries.get(activeId).view : null);
    }
    if (hadFocus) {
      (activeId ? entries.get(activeId).tabButton : empty.querySelector('[tabindex="-1"]')).focus();
    }
  }

  function runDispose(entry) {
    const dispose = entry.dispose;
    entry.dispose = null;
    if (dispose) {
      try {
        dispose();
      } catch (error) {
        console.error(`Opruimen van weergave ${entry.view.id} mislukte`, error);
      }
    }
  }

  /**
   * Brings the open views in line with a new workbench model: views that are gone are closed
   * (their labels are returned, for an announcement), renamed ones relabelled, and views whose
   * module URL changed (an updated bundle) are rendered again.
   */
  function sync(findView) {
    const removed = [];
    for (const [id, entry] of [...entries]) {
      const view = findView(id);
      if (!view) {
        removed.push(entry.view.label);
        close(id);
        continue;
      }
      const moduleChanged = view.module !== entry.view.module;
      label(entry, view);
      if (moduleChanged && entry.state !== 'new') {
        reload(entry);
      }
    }
    if (activeId) {
      onChange(entries.get(activeId).view);
    }
    return removed;
  }

  return {
    open,
    add,
    activate,
    close,
    sync,
    isOpen: (id) => entries.has(id),
    openIds: () => [...entries.keys()],
    activeId: () => activeId,
  };
}

/** Only same-origin modules are imported (the CSP enforces this as well; this gives a clear message). */
function moduleUrl(path) {
  const url = new URL(path, window.location.href);
  if (url.origin !== window.location.origin) {
    throw new Error(`module ${path} ligt niet op deze server`);
  }
  return url.href;
}
