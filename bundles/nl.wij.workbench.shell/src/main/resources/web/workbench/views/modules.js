// View "Modules" (beheerder): the features and bundles of the running workbench
// (GET /api/modules), start/stop per bundle, install an uploaded bundle jar and remove bundles
// that were installed at run time (feature null).
//
// Refreshes after each action and whenever the shell dispatches `wij:modules` on document
// (sent on the server's `event: modules`, i.e. any bundle state change, also by other users).
//
// Stable hooks for tests: every start/stop button has data-action="start"|"stop" and
// data-bundle="<symbolicName>"; removal is data-action="delete", then data-action="confirm-delete".

import {
  coalesce, confirmAction, createNotice, formField, h, heading, replaceChildren, scrollableTable, table, uniqueId,
  visuallyHidden,
} from '../dom.js';
import { bundleState, featureState } from '../labels.js';

const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export function render(element, context) {
  const level = context.headingLevel ?? 3;
  const canManage = (context.user.roles ?? []).includes('beheerder');
  const ids = { bundles: uniqueId('bundels'), features: uniqueId('functies'), upload: uniqueId('installeren') };

  const bundleNotice = createNotice();
  const bundlesHeading = heading(level, 'Bundels', { id: ids.bundles, tabindex: '-1' });
  const bundlesArea = h('div', { class: 'wij-modules__bundles', 'aria-busy': 'true' }, h('p', {}, 'Bundels worden opgehaald…'));
  const featuresArea = h('div', { class: 'wij-modules__features' });
  const profile = h('p', { class: 'wij-paragraph' });
  const upload = canManage ? uploadForm(context.api, ids.upload, level, () => refresh()) : null;

  element.append(
    h('p', { class: 'wij-paragraph' },
      'Hier stelt u de werkbank samen. Een functie is een samenhangende groep bundels; een bundel kunt u starten en stoppen ',
      'zonder de werkbank te herstarten. Gegevens blijven bewaard als u een module stopt of verwijdert.'),
    profile,
    bundlesHeading,
    h('p', { class: 'wij-paragraph' },
      'Bundels van het platform en de werkbank zijn vergrendeld: zonder hen werkt WIJ niet. ',
      'Fragmenten starten en stoppen met hun hoofdbundel.'),
    bundleNotice.element,
    bundlesArea,
    upload ? upload.element : null,
    heading(level, 'Functies', { id: ids.features }),
    featuresArea);

  let disposed = false;
  let busy = false;
  let confirming = null; // symbolic name whose removal question is shown, kept across refreshes

  const refresh = coalesce(async () => {
    try {
      const modules = await context.api.get('/api/modules');
      if (disposed) {
        return;
      }
      replaceChildren(profile, modules.profile ? ['Profiel van deze installatie: ', h('strong', {}, modules.profile), '.'] : '');
      withFocusKept(() => replaceChildren(bundlesArea, bundleTable(modules.bundles ?? [])));
      replaceChildren(featuresArea, featureTable(modules.features ?? []));
    } catch (error) {
      if (!disposed) {
        bundleNotice.error(`De modules konden niet worden opgehaald: ${error.message}`);
      }
    } finally {
      bundlesArea.removeAttribute('aria-busy');
    }
  });

  /**
   * Re-rendering the table keeps focus on the same bundle: the same action if it is still there,
   * else its first enabled button, else the heading (the bundle is gone).
   */
  function withFocusKept(rebuild) {
    const active = document.activeElement;
    const focused = active && bundlesArea.contains(active) ? { ...active.dataset } : null;
    rebuild();
    if (focused?.bundle !== undefined) {
      const buttons = [...bundlesArea.querySelectorAll('button[data-bundle]')]
        .filter((b) => b.dataset.bundle === focused.bundle && !b.disabled);
      (buttons.find((b) => b.dataset.action === focused.action) ?? buttons[0] ?? bundlesHeading).focus();
    }
  }

  function bundleTable(bundles) {
    const sorted = [...bundles].sort((a, b) => String(a.name).localeCompare(String(b.name), 'nl'));
    return scrollableTable(table({
      labelledBy: ids.bundles,
      className: 'wij-table--bundles',
      columns: ['Naam', 'Symbolische naam', 'Versie', 'Status', 'Functie', canManage ? 'Acties' : null].filter(Boolean),
      empty: 'Er zijn geen bundels.',
      rows: sorted.map((bundle) => ({
        props: { 'data-bundle-id': String(bundle.id) },
        cells: [
          bundle.name || bundle.symbolicName,
          h('code', {}, bundle.symbolicName),
          bundle.version,
          h('span', { class: `wij-badge wij-badge--${String(bundle.state).toLowerCase()}` }, bundleState(bundle.state)),
          bundle.feature ?? h('em', {}, 'los geïnstalleerd'),
          canManage ? bundleActions(bundle) : null,
        ].filter((cell) => cell !== null),
      })),
    }), 'Tabel met bundels');
  }

  function bundleActions(bundle) {
    if (bundle.state === 'FRAGMENT') {
      return h('span', { class: 'wij-actions__note' }, 'Fragment: start en stopt met zijn hoofdbundel.');
    }
    const name = bundle.name || bundle.symbolicName;
    const running = bundle.state === 'ACTIVE' || bundle.state === 'STARTING';
    if (bundle.locked && running) {
      return h('span', { class: 'wij-actions__note' }, 'Vergrendeld',
        visuallyHidden(': onderdeel van het platform, kan niet worden gestopt'));
    }
    const action = running ? 'stop' : 'start';
    const toggle = h('button', {
      type: 'button',
      class: ['wij-button wij-button--small', running ? 'wij-button--secondary' : 'wij-button--primary'],
      'data-action': action,
      'data-bundle': bundle.symbolicName,
      onclick: () => changeState(bundle, action),
    }, running ? 'Stoppen' : 'Starten', visuallyHidden(` ${name}`));
    return h('div', { class: 'wij-actions' },
      toggle,
      bundle.feature === null || bundle.feature === undefined
        ? confirmAction({
          label: ['Verwijderen', visuallyHidden(` ${name}`)],
          question: `Bundel '${name}' verwijderen?`,
          confirmLabel: 'Ja, verwijderen',
          attributes: { 'data-action': 'delete', 'data-bundle': bundle.symbolicName },
          confirmAttributes: { 'data-action': 'confirm-delete', 'data-bundle': bundle.symbolicName },
          open: confirming === bundle.symbolicName,
          onOpenChange: (open) => {
            confirming = open ? bundle.symbolicName : null;
          },
          onConfirm: () => remove(bundle),
        })
        : null);
  }

  async function changeState(bundle, action) {
    const name = bundle.name || bundle.symbolicName;
    await perform(
      action === 'stop' ? `Bundel '${name}' wordt gestopt…` : `Bundel '${name}' wordt gestart…`,
      async () => {
        const info = await context.api.post(`/api/modules/bundles/${encodeURIComponent(bundle.id)}/${action}`);
        return `Bundel '${name}' is ${action === 'stop' ? 'gestopt' : 'gestart'}; status: ${bundleState(info?.state ?? '').toLowerCase()}.`;
      });
  }

  async function remove(bundle) {
    const name = bundle.name || bundle.symbolicName;
    confirming = null;
    await perform(`Bundel '${name}' wordt verwijderd…`, async () => {
      await context.api.del(`/api/modules/bundles/${encodeURIComponent(bundle.id)}`);
      return `Bundel '${name}' is verwijderd.`;
    });
  }

  /** Runs one action at a time, reports the outcome and refreshes the tables. */
  async function perform(progress, action) {
    if (busy) {
      return;
    }
    busy = true;
    bundlesArea.setAttribute('aria-busy', 'true');
    bundleNotice.info(progress);
    try {
      bundleNotice.success(await action());
    } catch (error) {
      bundleNotice.error(error.message);
    } finally {
      busy = false;
      await refresh();
    }
  }

  refresh();
  document.addEventListener('wij:modules', refresh);
  return () => {
    disposed = true;
    document.removeEventListener('wij:modules', refresh);
  };
}

function featureTable(features) {
  const sorted = [...features].sort((a, b) => String(a.title ?? a.id).localeCompare(String(b.title ?? b.id), 'nl'));
  return scrollableTable(table({
    caption: null,
    columns: ['Functie', 'Id', 'Versie', 'Status', 'Vereist', 'In profiel', 'Bundels'],
    empty: 'Er zijn geen functies.',
    rows: sorted.map((feature) => ({
      props: { 'data-feature-id': feature.id },
      cells: [
        [h('span', { class: 'wij-table__primary' }, feature.title || feature.id),
          feature.description ? h('span', { class: 'wij-table__secondary' }, feature.description) : null],
        h('code', {}, feature.id),
        feature.version,
        h('span', { class: `wij-badge wij-badge--${String(feature.state).toLowerCase()}` }, featureState(feature.state)),
        (feature.requires ?? []).join(', ') || '—',
        feature.inProfile ? 'Ja' : 'Nee',
        String((feature.bundles ?? []).length),
      ],
    })),
  }), 'Tabel met functies');
}

/** Upload of a bundle jar: POST /api/modules/bundles, body = the file, header X-File-Name. */
function uploadForm(api, id, level, onInstalled) {
  const notice = createNotice();
  const field = formField({
    label: 'Bundelbestand (.jar)',
    control: h('input', { type: 'file', class: 'wij-file-input', name: 'bundle', accept: '.jar,application/java-archive' }),
    description: 'Een OSGi-bundel als jar-bestand van ten hoogste 50 MB, bijvoorbeeld een module die met de WIJ-SDK is gebouwd. '
      + 'De bundel wordt geïnstalleerd en gestart, en blijft na een herstart geïnstalleerd.',
  });
  const input = field.control;
  let busy = false;

  const form = h('form', { class: 'wij-form', 'aria-labelledby': id, novalidate: true, onsubmit: install },
    field.element,
    h('div', { class: 'wij-form-actions' },
      h('button', { type: 'submit', class: 'wij-button wij-button--primary', 'data-action': 'install' }, 'Installeren')));

  async function install(event) {
    event.preventDefault();
    if (busy) {
      return;
    }
    const file = input.files[0];
    const problem = !file ? 'Kies eerst een jar-bestand.'
      : !file.name.toLowerCase().endsWith('.jar') ? `'${file.name}' is geen jar-bestand. Kies een bestand dat eindigt op .jar.`
        : file.size > MAX_UPLOAD_BYTES ? `'${file.name}' is groter dan 50 MB en kan niet worden geïnstalleerd.`
          : null;
    field.setError(problem);
    if (problem) {
      notice.error(`Niet geïnstalleerd: ${problem}`);
      input.focus();
      return;
    }
    busy = true;
    notice.info(`'${file.name}' wordt geïnstalleerd…`);
    try {
      const info = await api.post('/api/modules/bundles', file, {
        headers: {
          'Content-Type': 'application/java-archive',
          // Header values must be Latin-1; the name is percent-encoded (UTF-8) so any name is safe.
          'X-File-Name': encodeURIComponent(file.name),
        },
      });
      notice.success(`Bundel '${info?.name || info?.symbolicName || file.name}' (versie ${info?.version ?? '?'}) is geïnstalleerd; status: ${bundleState(info?.state ?? '').toLowerCase()}.`);
      form.reset();
      await onInstalled();
    } catch (error) {
      notice.error(error.message);
    } finally {
      busy = false;
    }
  }

  return {
    element: h('section', { class: 'wij-modules__upload', 'aria-labelledby': id },
      heading(level, 'Bundel installeren', { id }), notice.element, form),
  };
}
