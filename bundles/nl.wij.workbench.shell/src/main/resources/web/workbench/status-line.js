// The status line at the bottom of the shell (id="statusregel", role="status", aria-atomic="false").
// It shows the profile, the connection state of the live event stream and short messages; as a
// polite live region every change is read out by screen readers without moving focus.

import { h, replaceChildren } from './dom.js';

const CONNECTION = {
  connecting: { text: 'Verbinden…', modifier: 'connecting' },
  connected: { text: 'Verbonden', modifier: 'connected' },
  disconnected: { text: 'Verbinding verbroken, opnieuw verbinden…', modifier: 'disconnected' },
};

// Messages that arrive within this window are shown (and read) together.
const COMBINE_MS = 1500;

const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

export function createStatusLine(element) {
  const connection = h('span', { class: 'wij-status-line__item', 'data-status': 'verbinding' });
  const profile = h('span', { class: 'wij-status-line__item', 'data-status': 'profiel' });
  const message = h('span', { class: 'wij-status-line__item wij-status-line__message', 'data-status': 'melding' });
  replaceChildren(element, connection, profile, message);

  let connectionState = null;
  let lastMessageAt = 0;

  function setConnection(state) {
    if (state === connectionState) {
      return;
    }
    connectionState = state;
    const { text, modifier } = CONNECTION[state];
    replaceChildren(connection,
      h('span', { class: `wij-connection wij-connection--${modifier}`, 'aria-hidden': 'true' }),
      text);
  }

  function setProfile(name) {
    replaceChildren(profile, name ? `Profiel: ${name}` : '');
  }

  /** Shows (and announces) a short message, prefixed with the time so repeats are read again. */
  function announce(text) {
    const now = Date.now();
    const combine = now - lastMessageAt < COMBINE_MS && message.textContent;
    lastMessageAt = now;
    if (combine) {
      message.append(' ', text);
    } else {
      replaceChildren(message, h('span', { class: 'wij-status-line__time' }, timeFormat.format(new Date(now))), ' ', text);
    }
  }

  setConnection('connecting');
  return { setConnection, setProfile, announce };
}
