// View "Modelverkenner": every stored object as a tree, derived from the metamodel by the server
// (GET /api/model/tree): the root classes (Gemeente first), under each object the classes that
// refer to it (Gemeente > Vestiging > Leerlingtelling). Children load when a node is opened
// (GET /api/model/objects/<klasse>/<sleutel>/children and ?feature=&value= lists), 100 at a time.
// Choosing an object opens it in the Formulier. Search: GET /api/model/search.
//
// Keyboard (WAI-ARIA tree pattern): arrow up/down move, right opens or goes to the first child,
// left closes or goes to the parent, Home/End, Enter or Space chooses, a letter jumps to the next
// item starting with it. One item is in the tab order (roving tabindex).
//
// Stable hooks for tests: tree items carry data-node="groep|object|meer", data-klasse and (objects)
// data-sleutel; search results are buttons with data-action="open-resultaat".

import { createNotice, h, heading, replaceChildren, uniqueId, visuallyHidden } from '/workbench/dom.js';
import {
  CHANGED_EVENT, FORM_VIEW, ensureStylesheet, metamodel, objectPath, objectsPath, select,
} from './model.js';

const PAGE = 100;

export function render(element, context) {
  ensureStylesheet();
  const level = context.headingLevel ?? 3;
  const ids = { search: uniqueId('zoeken'), tree: uniqueId('boom'), help: uniqueId('boom-uitleg') };
  let disposed = false;
  const notice = createNotice();

  // ------------------------------------------------------------ search
  const query = h('input', {
    type: 'search', id: uniqueId('zoekterm'), class: 'wij-textbox', name: 'q', autocomplete: 'off', spellcheck: 'false',
  });
  const kind = h('select', { id: uniqueId('zoek-soort'), class: 'wij-select', name: 'klasse' },
    h('option', { value: '' }, 'Alle soorten'));
  const searchStatus = h('p', { class: 'wij-editors-status', role: 'status' });
  const results = h('ul', { class: 'wij-editors-results', hidden: true });
  const searchForm = h('form', { class: 'wij-editors-search', role: 'search', 'aria-labelledby': ids.search, novalidate: true, onsubmit: search },
    heading(level, 'Zoeken', { id: ids.search }),
    h('div', { class: 'wij-editors-search__fields' },
      h('div', { class: 'wij-form-field' },
        h('label', { class: 'wij-form-label', for: query.id }, 'Zoekterm'),
        h('p', { id: `${query.id}-uitleg`, class: 'wij-form-field-description' }, 'Naam, code of een ander woord; alle woorden moeten voorkomen.'),
        query),
      h('div', { class: 'wij-form-field' },
        h('label', { class: 'wij-form-label', for: kind.id }, 'Soort gegevens'),
        kind),
      h('div', { class: 'wij-editors-search__submit' },
        h('button', { type: 'submit', class: 'wij-button wij-button--primary', 'data-action': 'zoeken' }, 'Zoeken'))),
    searchStatus, results);
  query.setAttribute('aria-describedby', `${query.id}-uitleg`);

  // ------------------------------------------------------------ tree
  const tree = h('ul', { role: 'tree', id: ids.tree, class: 'wij-editors-tree', 'aria-labelledby': `${ids.tree}-kop`, 'aria-describedby': ids.help });
  const treeArea = h('div', { class: 'wij-editors-tree-area', 'aria-busy': 'true' }, h('p', {}, 'De boom wordt opgebouwd…'));
  const refresh = h('button', { type: 'button', class: 'wij-button wij-button--secondary wij-button--small', 'data-action': 'vernieuwen', onclick: () => loadRoots() }, 'Vernieuwen');

  element.append(
    h('p', { class: 'wij-paragraph' }, 'Blader door alle gegevens: gemeenten met hun vestigingen en tellingen, schoolbesturen, regio\'s en meer. ',
      'Kies een object om het te bekijken of te wijzigen in het formulier.'),
    notice.element,
    searchForm,
    h('section', { class: 'wij-section', 'aria-labelledby': `${ids.tree}-kop` },
      h('div', { class: 'wij-editors-heading-row' }, heading(level, 'Gegevensboom', { id: `${ids.tree}-kop` }), refresh),
      h('p', { id: ids.help, class: 'wij-form-field-description' },
        'Pijltjestoetsen: omhoog en omlaag bewegen, rechts openen, links sluiten. Enter opent het gekozen object in het formulier.'),
      treeArea));

  tree.addEventListener('keydown', onKeyDown);
  tree.addEventListener('click', onClick);
  tree.addEventListener('focusin', (event) => {
    const item = event.target.closest('[role="treeitem"]');
    if (item) {
      setCurrent(item);
    }
  });

  const onChanged = (event) => {
    const detail = event.detail ?? {};
    for (const item of tree.querySelectorAll('[data-node="object"]')) {
      if (item.dataset.sleutel === detail.sleutel && detail.label && item.dataset.klasse === detail.klasse) {
        replaceChildren(item.querySelector('.wij-editors-tree__label'), detail.label);
      }
    }
  };
  document.addEventListener(CHANGED_EVENT, onChanged);

  loadKinds();
  loadRoots();

  return () => {
    disposed = true;
    document.removeEventListener(CHANGED_EVENT, onChanged);
  };

  // ------------------------------------------------------------ loading

  async function loadKinds() {
    try {
      const meta = await metamodel(context.api);
      const classes = [...meta.classes.values()].sort((a, b) => a.label.localeCompare(b.label, 'nl'));
      replaceChildren(kind, h('option', { value: '' }, 'Alle soorten'),
        classes.map((c) => h('option', { value: c.name }, c.label)));
    } catch {
      // searching in all kinds still works
    }
  }

  async function loadRoots() {
    treeArea.setAttribute('aria-busy', 'true');
    try {
      const data = await context.api.get('/api/model/tree');
      if (disposed) {
        return;
      }
      const roots = data?.roots ?? [];
      replaceChildren(tree, roots.map((root) => groupItem({ klasse: root.class, label: root.label, count: root.count, title: root.documentation })));
      if (!roots.length) {
        replaceChildren(treeArea, h('p', {}, 'Er zijn (nog) geen gegevensmodellen beschikbaar.'));
        return;
      }
      replaceChildren(treeArea, tree);
      const first = tree.querySelector('[role="treeitem"]');
      setCurrent(first);
    } catch (error) {
      if (!disposed) {
        replaceChildren(treeArea, h('p', { class: 'wij-alert wij-alert--error' }, `De gegevensboom kon niet worden opgehaald: ${error.message}`));
      }
    } finally {
      treeArea.removeAttribute('aria-busy');
    }
  }

  // ------------------------------------------------------------ items

  function item(kindName, content, { expandable = false, data = {}, title = null } = {}) {
    const labelId = uniqueId('boom-item');
    const li = h('li', {
      role: 'treeitem', tabindex: '-1', class: `wij-editors-tree__item wij-editors-tree__item--${kindName}`,
      'aria-labelledby': labelId, 'aria-expanded': expandable ? 'false' : null, title,
      dataset: { node: kindName, ...data },
    },
    h('span', { class: 'wij-editors-tree__row' },
      h('span', { class: 'wij-editors-tree__toggle', 'aria-hidden': 'true' }),
      h('span', { id: labelId, class: 'wij-editors-tree__label' }, content)));
    return li;
  }

  function count(n) {
    return h('span', { class: 'wij-editors-tree__count' }, ` (${n}`, visuallyHidden(n === 1 ? ' object' : ' objecten'), ')');
  }

  /** A class group: the objects of `klasse`, all of them or those whose `feature` is `value`. */
  function groupItem({ klasse, label, count: n, feature = null, value = null, title = null }) {
    const li = item('groep', [label, count(n)], { expandable: n > 0, data: { klasse }, title });
    li.wijLoad = (offset) => context.api.get(`${objectsPath(klasse)}?limit=${PAGE}&offset=${offset}`
      + (feature ? `&feature=${encodeURIComponent(feature)}&value=${encodeURIComponent(value)}` : ''))
      .then((data) => {
        const items = (data?.objects ?? []).map((o) => objectItem(o));
        const shown = offset + items.length;
        if (shown < data.total) {
          items.push(moreItem(li, shown, data.total));
        }
        return items;
      });
    return li;
  }

  function objectItem(o) {
    const li = item('object', o.label, { expandable: o.hasChildren, data: { klasse: o.class, sleutel: o.key } });
    if (o.hasChildren) {
      li.wijLoad = () => context.api.get(`${objectPath(o.class, o.key)}/children`).then((data) => {
        const groups = (data?.groups ?? []).filter((g) => g.count > 0);
        return groups.length
          ? groups.map((g) => groupItem({ klasse: g.class, label: g.label, count: g.count, feature: g.feature, value: o.key }))
          : [item('info', 'Geen onderliggende gegevens')];
      });
    }
    return li;
  }

  function moreItem(group, shown, total) {
    const li = item('meer', `Meer laden (${shown} van ${total} getoond)`);
    li.wijMore = async () => {
      const list = li.parentElement;
      replaceChildren(li.querySelector('.wij-editors-tree__label'), 'Wordt geladen…');
      try {
        const items = await group.wijLoad(shown);
        li.replaceWith(...items);
        (items[0] ?? list.lastElementChild)?.focus();
      } catch (error) {
        replaceChildren(li.querySelector('.wij-editors-tree__label'), `Laden mislukt: ${error.message}. Kies opnieuw om het nog eens te proberen.`);
      }
    };
    return li;
  }

  // ------------------------------------------------------------ expand, collapse, choose

  function isExpandable(li) {
    return li.hasAttribute('aria-expanded');
  }

  function childGroup(li) {
    return [...li.children].find((child) => child.getAttribute('role') === 'group');
  }

  async function expand(li) {
    if (!isExpandable(li) || li.getAttribute('aria-expanded') === 'true') {
      return;
    }
    li.setAttribute('aria-expanded', 'true');
    let group = childGroup(li);
    if (group) {
      group.hidden = false;
      return;
    }
    group = h('ul', { role: 'group', 'aria-busy': 'true' }, item('info', 'Wordt geladen…'));
    li.append(group);
    try {
      const items = await li.wijLoad(0);
      replaceChildren(group, items.length ? items : item('info', 'Geen objecten'));
    } catch (error) {
      replaceChildren(group, item('info', `Laden mislukt: ${error.message}`));
      notice.error(`Onderdeel kon niet worden geladen: ${error.message}`);
      group.remove();
      li.setAttribute('aria-expanded', 'false');
    } finally {
      group.removeAttribute('aria-busy');
    }
  }

  function collapse(li) {
    if (li.getAttribute('aria-expanded') !== 'true') {
      return;
    }
    li.setAttribute('aria-expanded', 'false');
    const group = childGroup(li);
    if (group) {
      if (group.contains(document.activeElement)) {
        li.focus();
      }
      group.hidden = true;
    }
  }

  function toggle(li) {
    if (li.getAttribute('aria-expanded') === 'true') {
      collapse(li);
    } else {
      expand(li);
    }
  }

  function choose(li) {
    switch (li.dataset.node) {
      case 'object':
        openObject(li.dataset.klasse, li.dataset.sleutel);
        break;
      case 'groep':
        toggle(li);
        break;
      case 'meer':
        li.wijMore();
        break;
      default:
        break;
    }
  }

  function openObject(klasse, sleutel) {
    select({ klasse, sleutel });
    context.openView(FORM_VIEW);
  }

  // ------------------------------------------------------------ keyboard and mouse

  function visibleItems() {
    return [...tree.querySelectorAll('[role="treeitem"]')].filter((li) => !li.closest('[role="group"][hidden]'));
  }

  function setCurrent(li) {
    if (!li) {
      return;
    }
    for (const other of tree.querySelectorAll('[role="treeitem"][tabindex="0"]')) {
      if (other !== li) {
        other.setAttribute('tabindex', '-1');
      }
    }
    li.setAttribute('tabindex', '0');
  }

  function move(li) {
    if (li) {
      setCurrent(li);
      li.focus();
    }
  }

  function parentItem(li) {
    return li.parentElement?.closest('[role="treeitem"]');
  }

  function onKeyDown(event) {
    const li = event.target.closest('[role="treeitem"]');
    if (!li || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const items = visibleItems();
    const index = items.indexOf(li);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        move(items[index + 1]);
        break;
      case 'ArrowUp':
        move(items[index - 1]);
        break;
      case 'Home':
        move(items[0]);
        break;
      case 'End':
        move(items[items.length - 1]);
        break;
      case 'ArrowRight':
        if (isExpandable(li) && li.getAttribute('aria-expanded') !== 'true') {
          expand(li);
        } else if (li.getAttribute('aria-expanded') === 'true') {
          move(childGroup(li)?.querySelector('[role="treeitem"]'));
        }
        break;
      case 'ArrowLeft':
        if (li.getAttribute('aria-expanded') === 'true') {
          collapse(li);
        } else {
          move(parentItem(li));
        }
        break;
      case 'Enter':
      case ' ':
        choose(li);
        break;
      default:
        handled = typeAhead(event.key, items, index);
    }
    if (handled) {
      event.preventDefault();
    }
  }

  function typeAhead(key, items, index) {
    if (key.length !== 1 || !/\S/.test(key)) {
      return false;
    }
    const letter = key.toLocaleLowerCase('nl');
    const ordered = [...items.slice(index + 1), ...items.slice(0, index + 1)];
    move(ordered.find((li) => li.querySelector('.wij-editors-tree__label').textContent.trim().toLocaleLowerCase('nl').startsWith(letter)));
    return true;
  }

  function onClick(event) {
    const li = event.target.closest('[role="treeitem"]');
    if (!li || !tree.contains(li)) {
      return;
    }
    const row = li.querySelector('.wij-editors-tree__row');
    if (!row.contains(event.target)) {
      return; // a click inside a child group belongs to that child
    }
    move(li);
    if (event.target.closest('.wij-editors-tree__toggle')) {
      toggle(li);
    } else {
      choose(li);
    }
  }

  // ------------------------------------------------------------ search

  async function search(event) {
    event.preventDefault();
    const text = query.value.trim();
    if (!text) {
      replaceChildren(searchStatus, 'Vul een zoekterm in.');
      query.focus();
      return;
    }
    replaceChildren(searchStatus, 'Bezig met zoeken…');
    try {
      const params = new URLSearchParams({ q: text, limit: '50' });
      if (kind.value) {
        params.set('class', kind.value);
      }
      const data = await context.api.get(`/api/model/search?${params}`);
      if (disposed) {
        return;
      }
      const found = data?.results ?? [];
      replaceChildren(results, found.map((r) => h('li', {},
        h('button', {
          type: 'button', class: 'wij-editors-link-button', 'data-action': 'open-resultaat', 'data-klasse': r.class, 'data-sleutel': r.key,
          onclick: () => openObject(r.class, r.key),
        }, h('span', { class: 'wij-editors-results__kind' }, `${r.classLabel}: `), r.label))));
      results.hidden = found.length === 0;
      replaceChildren(searchStatus, found.length === 0 ? `Niets gevonden voor '${text}'.`
        : `${found.length} ${found.length === 1 ? 'resultaat' : 'resultaten'}${data.more ? ' (de eerste; verfijn de zoekterm voor de rest)' : ''}.`);
    } catch (error) {
      results.hidden = true;
      replaceChildren(searchStatus, `Zoeken is mislukt: ${error.message}`);
    }
  }
}
