// Login page: POST /api/login as JSON; 200 -> /workbench/; the Dutch `reason` of a 401/429 is
// shown in the role="alert" region. This page is public, so it does not use /workbench/api.js.

const WORKBENCH = '/workbench/index.html';

const form = document.getElementById('inlogformulier');
const username = document.getElementById('gebruikersnaam');
const password = document.getElementById('wachtwoord');
const submit = document.getElementById('inloggen');
const alertRegion = document.getElementById('melding');
const statusRegion = document.getElementById('status');

let busy = false;

function message(region, kind, text) {
  const paragraph = document.createElement('p');
  paragraph.className = `wij-alert wij-alert--${kind}`;
  paragraph.textContent = text;
  region.replaceChildren(paragraph);
}

function clearMessages() {
  alertRegion.replaceChildren();
  statusRegion.replaceChildren();
}

function setFieldError(input, text) {
  const error = document.getElementById(`${input.id}-fout`);
  error.textContent = text || '';
  error.hidden = !text;
  if (text) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', error.id);
  } else {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }
}

/** Empty fields are reported per field; returns the first invalid field or null. */
function validate() {
  const missing = [
    [username, 'Vul uw gebruikersnaam in.'],
    [password, 'Vul uw wachtwoord in.'],
  ].filter(([input, text]) => {
    const empty = input.value.trim() === '';
    setFieldError(input, empty ? text : null);
    return empty;
  });
  return missing.length ? missing[0][0] : null;
}

async function reasonOf(response) {
  try {
    const payload = await response.json();
    if (payload && typeof payload.reason === 'string' && payload.reason) {
      return payload.reason;
    }
  } catch {
    // not JSON: use the generic text below
  }
  if (response.status === 401) {
    return 'De gebruikersnaam of het wachtwoord is onjuist.';
  }
  if (response.status === 429) {
    const seconds = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    const minutes = Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds / 60)) : null;
    const wait = minutes ? ` Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.` : '';
    return `Te veel mislukte pogingen.${wait}`;
  }
  return `Inloggen is niet gelukt (status ${response.status}). Probeer het later opnieuw.`;
}

async function login(event) {
  event.preventDefault();
  if (busy) {
    return;
  }
  clearMessages();
  const invalid = validate();
  if (invalid) {
    message(alertRegion, 'error', 'Vul de gemarkeerde velden in.');
    invalid.focus();
    return;
  }

  busy = true;
  form.setAttribute('aria-busy', 'true');
  submit.classList.add('wij-button--busy');
  message(statusRegion, 'info', 'Bezig met inloggen…');
  try {
    const response = await fetch('/api/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ username: username.value.trim(), password: password.value }),
    });
    if (response.ok) {
      message(statusRegion, 'success', 'U bent ingelogd. De werkbank wordt geopend…');
      window.location.assign(WORKBENCH);
      return;
    }
    statusRegion.replaceChildren();
    message(alertRegion, 'error', await reasonOf(response));
    password.value = '';
    password.focus();
  } catch {
    statusRegion.replaceChildren();
    message(alertRegion, 'error', 'Er is geen verbinding met de server. Controleer uw netwerk en probeer het opnieuw.');
  } finally {
    busy = false;
    form.removeAttribute('aria-busy');
    submit.classList.remove('wij-button--busy');
  }
}

/** Explains why the user is here (after logging out or an expired session). */
function showArrivalMessage() {
  const params = new URLSearchParams(window.location.search);
  if (params.has('uitgelogd')) {
    message(statusRegion, 'success', 'U bent uitgelogd.');
  } else if (params.has('verlopen')) {
    message(statusRegion, 'info', 'Uw sessie is verlopen. Log opnieuw in.');
  }
}

for (const input of [username, password]) {
  input.addEventListener('input', () => {
    if (input.getAttribute('aria-invalid') === 'true' && input.value.trim() !== '') {
      setFieldError(input, null);
    }
  });
}
form.addEventListener('submit', login);
showArrivalMessage();
