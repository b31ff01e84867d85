// The live connection to GET /api/events (server-sent events).
//
// The browser's EventSource reconnects by itself after a network error (readyState CONNECTING).
// When the server refuses the stream (e.g. 401 after the session expired, or 503 while it
// restarts) the EventSource is CLOSED for good; then we wait (1 s, doubling to at most 30 s),
// let `beforeReconnect` check the session (a 401 sends the user to the login page) and open a
// new one. `onStateChange('connected', { recovered })` tells the shell to fetch whatever it
// missed while the stream was down.

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30000;

export function connectLive({ url, handlers, onStateChange, beforeReconnect = async () => {} }) {
  let source = null;
  let timer = null;
  let delay = FIRST_DELAY_MS;
  let down = false;
  let closed = false;

  function open() {
    source = new EventSource(url);
    source.addEventListener('open', () => {
      delay = FIRST_DELAY_MS;
      onStateChange('connected', { recovered: down });
      down = false;
    });
    source.addEventListener('error', () => {
      if (closed) {
        return;
      }
      down = true;
      onStateChange('disconnected', { recovered: false });
      if (source.readyState === EventSource.CLOSED) {
        scheduleReconnect();
      }
    });
    for (const [type, handler] of Object.entries(handlers)) {
      source.addEventListener(type, (event) => handler(parseData(event.data)));
    }
  }

  function scheduleReconnect() {
    source.close();
    clearTimeout(timer);
    timer = setTimeout(reconnectNow, delay);
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  }

  async function reconnectNow() {
    clearTimeout(timer);
    try {
      await beforeReconnect();
    } catch {
      // Still unreachable: the new EventSource fails too and schedules the next attempt.
    }
    if (!closed) {
      open();
    }
  }

  // Coming back online: do not wait for the back-off.
  function onOnline() {
    if (source && source.readyState === EventSource.CLOSED) {
      reconnectNow();
    }
  }
  window.addEventListener('online', onOnline);

  open();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
      if (source) {
        source.close();
      }
    },
  };
}

function parseData(data) {
  if (!data) {
    return null;
  }
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}
