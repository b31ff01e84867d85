// View "Gegevens importeren" (nl.wij.core.imports.view.importeren): upload a file to
// POST /api/import with a progress bar, show the report (per model class: nieuw, gewijzigd,
// ongewijzigd) or the problems (file, line, column) of a refused file, and list the recent imports
// (GET /api/import), refreshed while one is running (for example the demo data at start-up).
//
// The kinds of file come from GET /api/import/kinds: the built-in DUO kinds and those of the
// modules present. They fill the "Soort bestand" list and the file chooser's `accept`, and are
// fetched again when the shell reports a module or workbench change (`wij:modules`,
// `wij:workbench` on document), so a module's kinds appear and vanish without a reload.
//
// Plain ES module, no inline script or style (strict CSP). The upload uses XMLHttpRequest, not
// fetch, because only XHR reports upload progress; it sends the session's CSRF token, read from
// GET /api/session, in X-CSRF-Token. Stable hooks for tests: data-action="importeren",
// data-import-status, data-import-alert, data-import-result, data-import-problems, data-import-recent,
// data-import-kinds (the list of kinds), option[value=<kind id>] in the select named "soort".

const AUTOMATIC = 'Automatisch herkennen (aanbevolen)';
const SHELL_EVENTS = ['wij:modules', 'wij:workbench'];
const STATES = {
  WACHT: 'wacht op een andere import',
  BEZIG: 'bezig',
  INGELEZEN: 'ingelezen',
  GEWEIGERD: 'geweigerd, niets ingelezen',
  MISLUKT: 'mislukt, niets ingelezen',
};
const MAX_BYTES = 300 * 1024 * 1024;
const POLL_MS = 2000;

let counter = 0;

function id(prefix) {
  counter += 1;
  return `nl-wij-core-imports-${prefix}-${counter}`;
}

/** Creates an element; props: attributes, `class`, `on<event>` listeners; children: nodes or text. */
function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'class') {
      element.className = value;
    } else if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value);
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

function number(n) {
  return new Intl.NumberFormat('nl-NL').format(n ?? 0);
}

function dateTime(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'medium' });
}

export function render(element, context) {
  const level = context.headingLevel ?? 3;
  const heading = (text, props = {}) => h(`h${level}`, { class: 'wij-heading', ...props }, text);
  const ids = { file: id('bestand'), kind: id('soort'), date: id('peildatum'), progress: id('voortgang'),
    form: id('formulier'), result: id('resultaat'), recent: id('recent') };

  const fileInput = h('input', { type: 'file', id: ids.file, name: 'bestand', class: 'wij-file-input',
    'aria-describedby': `${ids.file}-uitleg`, required: true });
  const kindSelect = h('select', { id: ids.kind, name: 'soort', class: 'wij-select',
    'aria-describedby': `${ids.kind}-uitleg ${ids.kind}-lijst`, onchange: () => setAccept() },
  h('option', { value: '' }, AUTOMATIC));
  const kindList = h('ul', { id: `${ids.kind}-lijst`, class: 'wij-list', 'data-import-kinds': '' },
    h('li', {}, 'De soorten bestanden worden opgehaald…'));
  const dateInput = h('input', { type: 'date', id: ids.date, name: 'peildatum', class: 'wij-textbox',
    'aria-describedby': `${ids.date}-uitleg` });
  const fileError = h('p', { id: `${ids.file}-fout`, class: 'wij-form-field-error', hidden: true });
  const submit = h('button', { type: 'submit', class: 'wij-button wij-button--primary', 'data-action': 'importeren' },
    'Importeren');
  const cancel = h('button', { type: 'button', class: 'wij-button wij-button--secondary', hidden: true,
    onclick: () => current && current.abort() }, 'Uploaden afbreken');
  const progress = h('progress', { id: ids.progress, class: 'wij-progress', max: '100', value: '0' });
  const progressText = h('span', { class: 'wij-form-field-description' });
  const progressField = h('div', { class: 'wij-form-field', hidden: true },
    h('label', { class: 'wij-form-label', for: ids.progress }, 'Voortgang'), progress, ' ', progressText);
  const status = h('div', { role: 'status', class: 'wij-notice', 'data-import-status': '' });
  const alert = h('div', { role: 'alert', class: 'wij-notice', 'data-import-alert': '' });
  const result = h('section', { 'aria-labelledby': ids.result, 'data-import-result': '', hidden: true });
  const recentArea = h('div', { 'data-import-recent': '' }, h('p', { class: 'wij-paragraph' }, 'Imports worden opgehaald…'));

  const form = h('form', { id: ids.form, class: 'wij-form wij-form--panel', novalidate: true, onsubmit: start },
    heading('Bestand inlezen'),
    h('div', { class: 'wij-form-field' },
      h('label', { class: 'wij-form-label', for: ids.file }, 'Bestand'),
      h('p', { id: `${ids.file}-uitleg`, class: 'wij-form-field-description' },
        'Een bestand zoals de bron het publiceert, bijvoorbeeld een CSV-bestand van DUO Open Onderwijsdata ',
        '(ten hoogste 300 MB). Scheidingsteken, tekenset en kolomnamen worden herkend.'),
      fileError, fileInput),
    h('div', { class: 'wij-form-field' },
      h('label', { class: 'wij-form-label', for: ids.kind }, 'Soort bestand'),
      h('p', { id: `${ids.kind}-uitleg`, class: 'wij-form-field-description' },
        'Laat dit op automatisch staan, tenzij de soort niet herkend wordt. Deze soorten kunnen nu worden ingelezen:'),
      kindList, kindSelect),
    h('div', { class: 'wij-form-field' },
      h('label', { class: 'wij-form-label', for: ids.date }, 'Peildatum (niet verplicht)'),
      h('p', { id: `${ids.date}-uitleg`, class: 'wij-form-field-description' },
        'Alleen voor een telbestand dat zijn peildatum niet in een kolom of in de bestandsnaam noemt. ',
        'Een jaartal in de naam (…-2019.csv) betekent 1 oktober van dat jaar.'),
      dateInput),
    progressField,
    h('div', { class: 'wij-form-actions' }, submit, cancel));

  element.append(
    h('p', { class: 'wij-paragraph' },
      'Lees gegevens in het gedeelde gegevensmodel: de open gegevens van DUO over vestigingen en leerlingtellingen, ',
      'en de bestanden van de modules die uw gemeente gebruikt. ',
      'Een bestand wordt helemaal ingelezen of helemaal niet: bij een fout verandert er niets en ziet u op welke regel ',
      'en in welke kolom het probleem zit. Hetzelfde bestand nogmaals inlezen verandert niets; een nieuwere peildatum ',
      'voegt tellingen toe.'),
    status, alert, form, result,
    heading('Recente imports', { id: ids.recent }),
    recentArea);

  let current = null;
  let running = false;
  let disposed = false;
  let timer = null;
  let kinds = [];

  /** The file chooser offers the extensions of the chosen kind, or of all kinds. */
  function setAccept() {
    const chosen = kinds.filter((kind) => !kindSelect.value || kind.id === kindSelect.value);
    const extensions = [...new Set(chosen.flatMap((kind) => kind.extensions ?? []))];
    if (extensions.length) {
      fileInput.setAttribute('accept', extensions.join(','));
    } else {
      fileInput.removeAttribute('accept');
    }
  }

  function showKinds(list) {
    const chosen = kindSelect.value;
    const gone = chosen && !list.some((kind) => kind.id === chosen)
      ? kinds.find((kind) => kind.id === chosen) : null;
    kinds = list;
    kindSelect.replaceChildren(h('option', { value: '' }, AUTOMATIC),
      ...list.map((kind) => h('option', { value: kind.id, selected: kind.id === chosen }, kind.label)));
    kindList.replaceChildren(...(list.length
      ? list.map((kind) => h('li', { 'data-kind': kind.id }, h('strong', {}, kind.label),
        ` (${(kind.extensions ?? []).join(', ')}): ${kind.description}`))
      : [h('li', {}, 'Er is nu geen enkele importmodule actief.')]));
    setAccept();
    if (gone) {
      say(`De soort '${gone.label}' is niet meer beschikbaar: de module is gestopt. De soort wordt nu automatisch herkend.`);
    }
  }

  const refreshKinds = async () => {
    try {
      const answer = await context.api.get('/api/import/kinds');
      if (!disposed) {
        showKinds(answer.kinds ?? []);
      }
    } catch (error) {
      if (!disposed) {
        kindList.replaceChildren(h('li', {}, `De soorten bestanden konden niet worden opgehaald: ${error.message}`));
      }
    }
  };

  function say(text) {
    alert.replaceChildren();
    status.replaceChildren(h('p', { class: 'wij-alert wij-alert--info' }, text));
  }

  function fail(text) {
    status.replaceChildren();
    alert.replaceChildren(h('p', { class: 'wij-alert wij-alert--error' }, h('strong', {}, 'Fout: '), text));
  }

  function setFileError(text) {
    fileError.replaceChildren(text || '');
    fileError.hidden = !text;
    if (text) {
      fileInput.setAttribute('aria-invalid', 'true');
      fileInput.setAttribute('aria-describedby', `${ids.file}-uitleg ${ids.file}-fout`);
    } else {
      fileInput.removeAttribute('aria-invalid');
      fileInput.setAttribute('aria-describedby', `${ids.file}-uitleg`);
    }
  }

  async function start(event) {
    event.preventDefault();
    if (running) {
      return;
    }
    const file = fileInput.files[0];
    const problem = !file ? 'Kies eerst een bestand.'
      : file.size > MAX_BYTES ? `'${file.name}' is groter dan 300 MB en kan niet worden ingelezen.` : null;
    setFileError(problem);
    if (problem) {
      fail(`Niet ingelezen: ${problem}`);
      fileInput.focus();
      return;
    }
    running = true;
    result.hidden = true; // the report of the previous file, if any, is not this file's
    result.replaceChildren();
    let session;
    try {
      session = await context.api.get('/api/session');
    } catch (error) {
      running = false;
      fail(error.message);
      return;
    }
    const headers = {
      Accept: 'application/json',
      'Content-Type': file.type || 'application/octet-stream',
      // Header values must be Latin-1; the name is percent-encoded (UTF-8) so any name is safe.
      'X-File-Name': encodeURIComponent(file.name),
    };
    if (session && session.csrfToken) {
      headers['X-CSRF-Token'] = session.csrfToken;
    }
    if (kindSelect.value) {
      headers['X-Import-Kind'] = kindSelect.value;
    }
    if (dateInput.value) {
      headers['X-Peildatum'] = dateInput.value;
    }
    busy(true);
    say(`'${file.name}' wordt geüpload…`);
    try {
      const answer = await upload(file, headers);
      showAnswer(file.name, answer);
      if (answer.status === 200) {
        form.reset();
        setAccept();
      }
    } catch (error) {
      fail(error.message);
    } finally {
      busy(false);
      running = false;
      refresh();
    }
  }

  function upload(file, headers) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      current = xhr;
      xhr.open('POST', '/api/import');
      Object.entries(headers).forEach(([name, value]) => xhr.setRequestHeader(name, value));
      xhr.upload.addEventListener('progress', (e) => {
        if (e.lengthComputable && e.total > 0) {
          const percent = Math.floor((e.loaded / e.total) * 100);
          progress.value = percent;
          progressText.textContent = `${percent}% geüpload`;
        }
      });
      xhr.upload.addEventListener('load', () => {
        progress.removeAttribute('value'); // indeterminate: the server reads and writes the file now
        progressText.textContent = 'Geüpload; het bestand wordt ingelezen…';
        say(`'${file.name}' is geüpload en wordt nu ingelezen. Dat kan bij een groot bestand even duren.`);
        cancel.hidden = true;
      });
      xhr.addEventListener('load', () => {
        let body = null;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          body = null;
        }
        resolve({ status: xhr.status, body });
      });
      xhr.addEventListener('error', () => reject(new Error(
        'Er is geen verbinding met de server. Controleer uw netwerk en probeer het opnieuw.')));
      xhr.addEventListener('abort', () => reject(new Error('Het uploaden is afgebroken; er is niets ingelezen.')));
      xhr.send(file);
    });
  }

  function busy(on) {
    current = on ? current : null;
    submit.disabled = on;
    submit.setAttribute('aria-disabled', on ? 'true' : 'false');
    cancel.hidden = !on;
    progressField.hidden = !on;
    if (on) {
      progress.value = 0;
      progressText.textContent = '0% geüpload';
    }
  }

  function showAnswer(name, { status: code, body }) {
    if (code === 200 && body) {
      status.replaceChildren(h('p', { class: 'wij-alert wij-alert--success' }, h('strong', {}, 'Gelukt: '),
        `'${body.file}' is ingelezen: ${number(body.created)} nieuw, ${number(body.updated)} gewijzigd, `
        + `${number(body.unchanged)} ongewijzigd.`));
      alert.replaceChildren();
      showReport(body);
    } else if (code === 422 && body && body.report) {
      fail(`'${body.report.file}' is geweigerd; er is niets ingelezen. Hieronder staat wat er aan het bestand mankeert.`);
      showReport(body.report);
    } else if (code === 401) {
      fail('U bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.');
    } else {
      fail((body && body.reason) || `Het inlezen van '${name}' is mislukt (status ${code}).`);
    }
  }

  function showReport(report) {
    const title = h(`h${level}`, { id: ids.result, class: 'wij-heading', tabindex: '-1' },
      report.accepted ? `Resultaat: ${report.file}` : `Geweigerd: ${report.file}`);
    const facts = report.accepted
      ? h('p', { class: 'wij-paragraph' }, [
        `${report.kindLabel ?? 'onbekende soort'}`,
        report.peildatum ? `, peildatum ${report.peildatum}` : '',
        `; ${number(report.rows)} rijen, ${number(report.records)} records, `,
        `ingelezen in ${(report.durationMs / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} s.`,
      ].join(''))
      : h('p', { class: 'wij-paragraph' }, `${report.problems.length}${report.truncated ? ' of meer' : ''} `
        + `${report.problems.length === 1 ? 'probleem' : 'problemen'}; er is niets ingelezen.`);
    const parts = [title, facts];
    if (report.accepted) {
      parts.push(tableOf('Wat er met de gegevens is gebeurd',
        ['Soort gegevens', 'Nieuw', 'Gewijzigd', 'Ongewijzigd'],
        report.classes.map((c) => [c.label ?? c.eClass, number(c.created), number(c.updated), number(c.unchanged)]),
        'Het bestand bevatte geen gegevens.'));
    } else {
      parts.push(problemTable('Problemen', report.problems, 'data-import-problems'));
    }
    if (report.warnings && report.warnings.length) {
      parts.push(problemTable('Opmerkingen (ingelezen, met een waarde weggelaten)', report.warnings));
    }
    result.replaceChildren(...parts);
    result.hidden = false;
    title.focus();
  }

  function problemTable(caption, problems, hook) {
    const wrapper = tableOf(caption, ['Regel', 'Kolom', 'Melding', 'Waarde'],
      problems.map((p) => [p.line > 0 ? String(p.line) : '—', p.column ?? '—', p.message, p.value ?? '']),
      'Geen.');
    if (hook) {
      wrapper.setAttribute(hook, '');
    }
    return wrapper;
  }

  function tableOf(caption, columns, rows, empty) {
    const table = h('table', { class: 'wij-table' },
      h('caption', { class: 'wij-table__caption' }, caption),
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.length
        ? rows.map((cells) => h('tr', {}, cells.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))))
        : h('tr', {}, h('td', { colspan: String(columns.length), class: 'wij-table__empty' }, empty))));
    return h('div', { class: 'wij-table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' }, table);
  }

  async function refresh() {
    clearTimeout(timer);
    try {
      const { imports } = await context.api.get('/api/import');
      if (disposed) {
        return;
      }
      recentArea.replaceChildren(tableOf('Recente imports sinds de start van de werkbank',
        ['Bestand', 'Soort', 'Door', 'Gestart', 'Status', 'Nieuw', 'Gewijzigd', 'Ongewijzigd'],
        imports.map((i) => [i.file, (i.report && i.report.kindLabel) ?? '—', i.user, dateTime(i.started),
          i.state === 'BEZIG' ? `${STATES.BEZIG} (${number(i.records)} records)` : (STATES[i.state] ?? i.state),
          i.report && i.report.accepted ? number(i.report.created) : '—',
          i.report && i.report.accepted ? number(i.report.updated) : '—',
          i.report && i.report.accepted ? number(i.report.unchanged) : '—']),
        'Sinds de start van de werkbank is er nog niets geïmporteerd.'));
      if (imports.some((i) => i.state === 'BEZIG' || i.state === 'WACHT')) {
        timer = setTimeout(refresh, POLL_MS);
      }
    } catch (error) {
      if (!disposed) {
        recentArea.replaceChildren(h('p', { class: 'wij-alert wij-alert--error' },
          `De recente imports konden niet worden opgehaald: ${error.message}`));
      }
    }
  }

  refresh();
  refreshKinds();
  SHELL_EVENTS.forEach((name) => document.addEventListener(name, refreshKinds));
  return () => {
    disposed = true;
    SHELL_EVENTS.forEach((name) => document.removeEventListener(name, refreshKinds));
    clearTimeout(timer);
    if (current) {
      current.abort();
    }
  };
}
