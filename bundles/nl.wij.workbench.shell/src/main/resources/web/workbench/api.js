// The one HTTP helper of the web workbench (see docs/http-api.md).
//
// The shell passes the shared instance to every view as `context.api`, so views contributed by
// other bundles use exactly this code without importing it:
//
//   const data = await context.api.get('/api/modules');
//   await context.api.post('/api/accounts', { name, password, roles });
//   await context.api.del('/api/tokens/' + encodeURIComponent(id));
//
// JSON goes in and out; a Blob/File body (for example an uploaded jar) is sent as is. Non-GET
// requests carry the session's CSRF token in `X-CSRF-Token`. Any non-2xx answer is thrown as an
// ApiError whose message is the Dutch `reason` of the JSON error.

const JSON_TYPE = 'application/json';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Error thrown for a refused or failed request; `message` is Dutch text for the user. */
export class ApiError extends Error {
  constructor(message, { status = 0, code = 'network_error', retryAfter = null } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

/**
 * Creates an API client.
 *
 * @param {object} [options]
 * @param {(error: ApiError) => void} [options.onUnauthorized] called on a 401 (session expired)
 * @param {typeof fetch} [options.fetch] fetch implementation (tests)
 */
export function createApi({ onUnauthorized = null, fetch: fetchImpl = globalThis.fetch.bind(globalThis) } = {}) {
  let csrfToken = null;

  async function request(method, path, { body, headers = {} } = {}) {
    const init = { method, credentials: 'same-origin', headers: { Accept: JSON_TYPE, ...headers } };
    if (body !== undefined && body !== null) {
      if (body instanceof Blob) {
        init.body = body;
      } else {
        init.body = JSON.stringify(body);
        init.headers['Content-Type'] = JSON_TYPE;
      }
    }
    if (!SAFE_METHODS.has(method) && csrfToken) {
      init.headers['X-CSRF-Token'] = csrfToken;
    }

    let response;
    try {
      response = await fetchImpl(path, init);
    } catch {
      throw new ApiError('Er is geen verbinding met de server. Controleer uw netwerk en probeer het opnieuw.');
    }
    if (!response.ok) {
      const error = await toApiError(response);
      if (response.status === 401 && onUnauthorized) {
        onUnauthorized(error);
      }
      throw error;
    }
    return readJson(response);
  }

  return {
    get: (path) => request('GET', path),
    post: (path, body, options = {}) => request('POST', path, { ...options, body }),
    put: (path, body, options = {}) => request('PUT', path, { ...options, body }),
    del: (path) => request('DELETE', path),
    request,
    /** Set by the shell from GET /api/session; null for no token. */
    setCsrfToken(token) {
      csrfToken = token || null;
    },
  };
}

async function readJson(response) {
  if (response.status === 204) {
    return null;
  }
  const text = await response.text();
  if (!text) {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('De server gaf een antwoord dat niet te lezen is.', {
      status: response.status,
      code: 'bad_response',
    });
  }
}

async function toApiError(response) {
  let payload = null;
  try {
    payload = await response.json();
  } catch {
    // Not JSON (e.g. a proxy's HTML page): fall back to a generic Dutch message below.
  }
  const reason = payload && typeof payload.reason === 'string' && payload.reason
    ? payload.reason
    : fallbackReason(response.status);
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  return new ApiError(reason, {
    status: response.status,
    code: (payload && payload.error) || 'http_' + response.status,
    retryAfter: Number.isFinite(retryAfter) ? retryAfter : null,
  });
}

function fallbackReason(status) {
  switch (status) {
    case 401: return 'U bent niet (meer) ingelogd. Log opnieuw in.';
    case 403: return 'U hebt geen toestemming voor deze handeling.';
    case 404: return 'Het gevraagde onderdeel bestaat niet (meer).';
    case 409: return 'Deze handeling kan nu niet worden uitgevoerd.';
    case 413: return 'Het bestand is te groot.';
    case 429: return 'Te veel pogingen. Wacht even en probeer het opnieuw.';
    case 503: return 'De werkbank is tijdelijk niet beschikbaar. Probeer het later opnieuw.';
    default: return `Er ging iets mis op de server (status ${status}). Probeer het opnieuw.`;
  }
}

/** The instance shared by the shell and all views (the shell sets the CSRF token and 401 handler). */
let unauthorizedHandler = null;
export const api = createApi({ onUnauthorized: (error) => unauthorizedHandler && unauthorizedHandler(error) });

/** Lets the shell decide what a 401 means (go to the login page). */
export function setUnauthorizedHandler(handler) {
  unauthorizedHandler = handler;
}
