// View "Gebruikers en tokens" (beheerder): accounts (GET/POST /api/accounts,
// DELETE /api/accounts/{name}) and API tokens for scripts and BI tools (GET/POST /api/tokens,
// DELETE /api/tokens/{id}). A new token's secret is shown once, in a read-only field with a
// copy button and a warning.

import {
  coalesce, confirmAction, createNotice, formField, formatDateTime, h, heading, replaceChildren, scrollableTable,
  table, uniqueId, visuallyHidden,
} from '../dom.js';
import { ROLES, roleLabel, roleList } from '../labels.js';

const ROLE_HINTS = {
  beheerder: 'modules en accounts beheren',
  beleidsmedewerker: 'plannen en gegevens van de domeinen bijhouden',
  analist: 'gegevens over domeinen heen bevragen (alleen AVG-proof)',
  uitvoerder: 'met gegevens van personen werken voor een uitvoerende taak (elke inzage wordt vastgelegd)',
};

export function render(element, context) {
  const level = context.headingLevel ?? 3;
  const ids = { accounts: uniqueId('accounts'), tokens: uniqueId('tokens') };
  let disposed = false;
  let accounts = [];

  // ------------------------------------------------------------ accounts
  const accountNotice = createNotice();
  const accountsHeading = heading(level, 'Accounts', { id: ids.accounts, tabindex: '-1' });
  const accountsArea = h('div', { 'aria-busy': 'true' }, h('p', {}, 'Accounts worden opgehaald…'));
  const accountForm = createAccountForm();

  // ------------------------------------------------------------ tokens
  const tokenNotice = createNotice();
  const tokensHeading = heading(level, 'Tokens', { id: ids.tokens, tabindex: '-1' });
  const tokensArea = h('div', { 'aria-busy': 'true' }, h('p', {}, 'Tokens worden opgehaald…'));
  const secretPanel = h('div', { class: 'wij-secret', hidden: true });
  const tokenForm = createTokenForm();

  element.append(
    h('p', { class: 'wij-paragraph' },
      'Hier beheert u wie de werkbank mag gebruiken en met welke rollen, en de tokens waarmee scripts en BI-pakketten de API gebruiken.'),
    h('section', { class: 'wij-section', 'aria-labelledby': ids.accounts },
      accountsHeading, accountNotice.element, accountsArea, accountForm.element),
    h('section', { class: 'wij-section', 'aria-labelledby': ids.tokens },
      tokensHeading,
      h('p', { class: 'wij-paragraph' },
        'Een token geeft een script of BI-pakket toegang tot de API namens een account, met de header ',
        h('code', {}, 'Authorization: Bearer <token>'), '. Trek een token in zodra het niet meer nodig is.'),
      tokenNotice.element, secretPanel, tokensArea, tokenForm.element));

  const refreshAccounts = coalesce(async () => {
    try {
      const data = await context.api.get('/api/accounts');
      if (disposed) {
        return;
      }
      accounts = [...(data?.accounts ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      replaceChildren(accountsArea, accountTable());
      tokenForm.setAccounts(accounts);
    } catch (error) {
      if (!disposed) {
        accountNotice.error(`De accounts konden niet worden opgehaald: ${error.message}`);
      }
    } finally {
      accountsArea.removeAttribute('aria-busy');
    }
  });

  const refreshTokens = coalesce(async () => {
    try {
      const data = await context.api.get('/api/tokens');
      if (!disposed) {
        replaceChildren(tokensArea, tokenTable(data?.tokens ?? []));
      }
    } catch (error) {
      if (!disposed) {
        tokenNotice.error(`De tokens konden niet worden opgehaald: ${error.message}`);
      }
    } finally {
      tokensArea.removeAttribute('aria-busy');
    }
  });

  function accountTable() {
    return scrollableTable(table({
      labelledBy: ids.accounts,
      columns: ['Naam', 'Rollen', 'Acties'],
      empty: 'Er zijn geen accounts.',
      rows: accounts.map((account) => ({
        props: { 'data-account': account.name },
        cells: [
          account.name,
          roleList(account.roles),
          confirmAction({
            label: ['Verwijderen', visuallyHidden(` account ${account.name}`)],
            question: `Account '${account.name}' verwijderen? De tokens van dit account werken dan niet meer.`,
            confirmLabel: 'Ja, verwijderen',
            attributes: { 'data-action': 'delete-account', 'data-account': account.name },
            confirmAttributes: { 'data-action': 'confirm-delete-account', 'data-account': account.name },
            onConfirm: () => deleteAccount(account),
          }),
        ],
      })),
    }), 'Tabel met accounts');
  }

  function tokenTable(tokens) {
    const sorted = [...tokens].sort((a, b) => String(a.account).localeCompare(String(b.account), 'nl')
      || String(a.label).localeCompare(String(b.label), 'nl'));
    return scrollableTable(table({
      labelledBy: ids.tokens,
      columns: ['Omschrijving', 'Account', 'Aangemaakt', 'Laatst gebruikt', 'Acties'],
      empty: 'Er zijn geen tokens.',
      rows: sorted.map((token) => ({
        props: { 'data-token-id': String(token.id) },
        cells: [
          token.label || h('em', {}, 'zonder omschrijving'),
          token.account,
          formatDateTime(token.created, '—'),
          formatDateTime(token.lastUsed, 'nog niet gebruikt'),
          confirmAction({
            label: ['Intrekken', visuallyHidden(` token ${token.label ?? ''} van ${token.account}`)],
            question: `Token '${token.label ?? token.id}' intrekken? Scripts die het gebruiken, krijgen dan geen toegang meer.`,
            confirmLabel: 'Ja, intrekken',
            attributes: { 'data-action': 'revoke-token', 'data-token': String(token.id) },
            confirmAttributes: { 'data-action': 'confirm-revoke-token', 'data-token': String(token.id) },
            onConfirm: () => revokeToken(token),
          }),
        ],
      })),
    }), 'Tabel met tokens');
  }

  async function deleteAccount(account) {
    try {
      await context.api.del(`/api/accounts/${encodeURIComponent(account.name)}`);
      accountNotice.success(`Account '${account.name}' is verwijderd.`);
    } catch (error) {
      accountNotice.error(error.message);
    }
    await Promise.all([refreshAccounts(), refreshTokens()]);
    accountsHeading.focus();
  }

  async function revokeToken(token) {
    try {
      await context.api.del(`/api/tokens/${encodeURIComponent(token.id)}`);
      tokenNotice.success(`Token '${token.label ?? token.id}' is ingetrokken.`);
    } catch (error) {
      tokenNotice.error(error.message);
    }
    await refreshTokens();
    tokensHeading.focus();
  }

  // ------------------------------------------------------------ forms

  function createAccountForm() {
    const formId = uniqueId('account-toevoegen');
    const name = formField({
      label: 'Naam',
      control: h('input', { type: 'text', class: 'wij-textbox', name: 'name', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', required: true }),
      description: 'De gebruikersnaam waarmee de medewerker inlogt.',
    });
    const password = formField({
      label: 'Wachtwoord',
      control: h('input', { type: 'password', class: 'wij-textbox', name: 'password', autocomplete: 'new-password', required: true }),
      description: 'Geef het wachtwoord op een veilige manier door aan de medewerker.',
    });
    const roleError = h('p', { id: uniqueId('rollen-fout'), class: 'wij-form-field-error', hidden: true });
    const roleBoxes = ROLES.map((role) => h('input', { type: 'checkbox', class: 'wij-checkbox', name: 'roles', value: role, id: uniqueId(`rol-${role}`) }));
    const roleFieldset = h('fieldset', { class: 'wij-fieldset' },
      h('legend', { class: 'wij-fieldset__legend' }, 'Rollen'),
      roleError,
      roleBoxes.map((box) => h('div', { class: 'wij-checkbox-option' },
        box,
        h('label', { class: 'wij-checkbox-option__label', for: box.id },
          roleLabel(box.value), h('span', { class: 'wij-checkbox-option__hint' }, ` (${ROLE_HINTS[box.value]})`)))));
    const form = h('form', { class: 'wij-form wij-form--panel', 'aria-labelledby': formId, novalidate: true, onsubmit: submit },
      heading(level + 1, 'Account toevoegen', { id: formId }),
      name.element, password.element, roleFieldset,
      h('div', { class: 'wij-form-actions' },
        h('button', { type: 'submit', class: 'wij-button wij-button--primary', 'data-action': 'create-account' }, 'Account toevoegen')));

    function setRoleError(text) {
      replaceChildren(roleError, text || '');
      roleError.hidden = !text;
      for (const box of roleBoxes) {
        if (text) {
          box.setAttribute('aria-describedby', roleError.id);
        } else {
          box.removeAttribute('aria-describedby');
        }
      }
    }

    async function submit(event) {
      event.preventDefault();
      const roles = roleBoxes.filter((box) => box.checked).map((box) => box.value);
      const problems = [
        [name, name.control.value.trim() ? null : 'Vul een naam in.'],
        [password, password.control.value ? null : 'Vul een wachtwoord in.'],
      ];
      problems.forEach(([field, text]) => field.setError(text));
      setRoleError(roles.length ? null : 'Kies ten minste één rol.');
      const firstInvalid = problems.find(([, text]) => text)?.[0].control ?? (roles.length ? null : roleBoxes[0]);
      if (firstInvalid) {
        accountNotice.error('Het account is niet toegevoegd: vul de gemarkeerde velden in.');
        firstInvalid.focus();
        return;
      }
      try {
        const created = await context.api.post('/api/accounts', { name: name.control.value.trim(), password: password.control.value, roles });
        accountNotice.success(`Account '${created?.name ?? name.control.value.trim()}' is toegevoegd met de rollen ${roleList(created?.roles ?? roles).toLowerCase()}.`);
        form.reset();
        await refreshAccounts();
      } catch (error) {
        accountNotice.error(`Het account is niet toegevoegd: ${error.message}`);
      }
    }

    return { element: form };
  }

  function createTokenForm() {
    const formId = uniqueId('token-aanmaken');
    const account = formField({ label: 'Account', control: h('select', { class: 'wij-select', name: 'account', required: true }) });
    const label = formField({
      label: 'Omschrijving',
      control: h('input', { type: 'text', class: 'wij-textbox', name: 'label', autocomplete: 'off', required: true }),
      description: 'Waarvoor het token dient, bijvoorbeeld "Power BI dashboard raad".',
    });
    const form = h('form', { class: 'wij-form wij-form--panel', 'aria-labelledby': formId, novalidate: true, onsubmit: submit },
      heading(level + 1, 'Token aanmaken', { id: formId }),
      account.element, label.element,
      h('div', { class: 'wij-form-actions' },
        h('button', { type: 'submit', class: 'wij-button wij-button--primary', 'data-action': 'create-token' }, 'Token aanmaken')));

    function setAccounts(list) {
      const selected = account.control.value;
      replaceChildren(account.control,
        h('option', { value: '' }, 'Kies een account'),
        list.map((item) => h('option', { value: item.name }, item.name)));
      account.control.value = list.some((item) => item.name === selected) ? selected : '';
    }

    async function submit(event) {
      event.preventDefault();
      const problems = [
        [account, account.control.value ? null : 'Kies het account waarvoor het token is.'],
        [label, label.control.value.trim() ? null : 'Vul een omschrijving in.'],
      ];
      problems.forEach(([field, text]) => field.setError(text));
      const firstInvalid = problems.find(([, text]) => text)?.[0].control;
      if (firstInvalid) {
        tokenNotice.error('Het token is niet aangemaakt: vul de gemarkeerde velden in.');
        firstInvalid.focus();
        return;
      }
      try {
        const result = await context.api.post('/api/tokens', { account: account.control.value, label: label.control.value.trim() });
        tokenNotice.clear();
        form.reset();
        showSecret(result.token, result.secret);
        await refreshTokens();
      } catch (error) {
        tokenNotice.error(`Het token is niet aangemaakt: ${error.message}`);
      }
    }

    return { element: form, setAccounts };
  }

  /** Shows a new token's secret once; it is removed from the page when the user confirms. */
  function showSecret(token, secret) {
    const titleId = uniqueId('nieuw-token');
    const warningId = uniqueId('waarschuwing');
    const field = h('input', {
      id: 'token-geheim', type: 'text', class: 'wij-textbox wij-textbox--code', readonly: true, value: secret,
      'aria-describedby': warningId, autocomplete: 'off', spellcheck: 'false',
    });
    const copyStatus = h('p', { class: 'wij-secret__copied', role: 'status' });
    replaceChildren(secretPanel,
      h('section', { 'aria-labelledby': titleId },
        heading(level + 1, `Nieuw token voor ${token?.account ?? ''}`, { id: titleId }),
        h('p', { id: warningId, class: 'wij-alert wij-alert--warning' },
          h('strong', {}, 'Let op: '), 'kopieer dit token nu en bewaar het veilig. Het wordt maar één keer getoond; ',
          'daarna kan niemand het meer opvragen, ook de beheerder niet.'),
        h('div', { class: 'wij-form-field' },
          h('label', { class: 'wij-form-label', for: field.id }, `Token "${token?.label ?? ''}"`),
          h('div', { class: 'wij-secret__row' },
            field,
            h('button', { type: 'button', class: 'wij-button wij-button--secondary', 'data-action': 'copy-token', onclick: () => copy(field, copyStatus) }, 'Kopiëren'))),
        copyStatus,
        h('button', {
          type: 'button', class: 'wij-button wij-button--primary', 'data-action': 'token-saved',
          onclick: () => {
            replaceChildren(secretPanel);
            secretPanel.hidden = true;
            tokensHeading.focus();
          },
        }, 'Ik heb het token bewaard')));
    secretPanel.hidden = false;
    field.focus();
    field.select();
  }

  refreshAccounts();
  refreshTokens();
  return () => {
    disposed = true;
  };
}

async function copy(field, status) {
  try {
    await navigator.clipboard.writeText(field.value);
    replaceChildren(status, 'Het token is gekopieerd naar het klembord.');
  } catch {
    // The Clipboard API needs a secure context; fall back to the selection.
    field.focus();
    field.select();
    const copied = document.execCommand && document.execCommand('copy');
    replaceChildren(status, copied
      ? 'Het token is gekopieerd naar het klembord.'
      : 'Kopiëren lukte niet. Het token is geselecteerd: kopieer het met Ctrl+C (of Cmd+C).');
  }
}
