// View "Welkom": what WIJ is, the user's roles and the installed features (GET /api/modules).
// Refreshes when the shell reports a module change (`wij:modules` on document).

import { createNotice, h, replaceChildren } from '../dom.js';
import { featureState, roleLabel } from '../labels.js';

const ROLE_DESCRIPTIONS = {
  beheerder: 'stelt de werkbank samen: modules installeren, starten, stoppen en verwijderen, en accounts en tokens beheren.',
  beleidsmedewerker: 'werkt met de plannen, afspraken en cijfers van de domeinen, zoals het IHP, de LEA en GOAB/VVE.',
  analist: 'bevraagt gegevens over alle domeinen heen, alleen in de vorm die de AVG toestaat (totalen en pseudoniemen).',
  uitvoerder: 'werkt voor een uitvoerende taak met gegevens van personen, zoals peuters in de VVE; elke inzage wordt vastgelegd.',
};

export function render(element, context) {
  const heading = (text) => h(`h${context.headingLevel ?? 3}`, { class: 'wij-heading' }, text);
  const notice = createNotice();
  const profile = h('p', { class: 'wij-paragraph' });
  const features = h('div', { class: 'wij-welkom__features', 'aria-busy': 'true' }, h('p', {}, 'Functies worden opgehaald…'));
  const roles = context.user.roles ?? [];

  element.append(
    h('div', { class: 'wij-prose' },
      h('p', { class: 'wij-paragraph wij-paragraph--lead' }, `Welkom, ${context.user.user}.`),
      h('p', { class: 'wij-paragraph' },
        'WIJ, de Werkbank Integraal Jeugdbeleid, is de werkbank van de gemeente voor het jeugd- en onderwijsbeleid. ',
        'Elke module behandelt één onderwerp, zoals onderwijshuisvesting (IHP), de lokale educatieve agenda (LEA), ',
        'onderwijsachterstandenbeleid (GOAB en VVE), de warme overdracht naar het praktijkonderwijs en jeugdhulp op school. ',
        'Alle modules gebruiken hetzelfde gegevensmodel, zodat u gegevens uit verschillende domeinen kunt combineren.'),
      h('p', { class: 'wij-paragraph' },
        'Kies bovenaan een perspectief en daarna links een weergave. ',
        'Onder Signaleringen ziet u wat aandacht nodig heeft; een signalering met een link opent de weergave waar het om gaat.')),
    heading('Uw rollen'),
    roles.length
      ? h('ul', { class: 'wij-list' }, roles.map((role) => h('li', {},
        h('strong', {}, roleLabel(role)), ROLE_DESCRIPTIONS[role] ? `: ${ROLE_DESCRIPTIONS[role]}` : '')))
      : h('p', { class: 'wij-paragraph' }, 'U hebt geen rollen. Vraag de beheerder om u een rol te geven.'),
    heading('Geïnstalleerde functies'),
    profile,
    notice.element,
    features);

  let disposed = false;

  async function load() {
    try {
      const modules = await context.api.get('/api/modules');
      if (disposed) {
        return;
      }
      notice.clear();
      replaceChildren(profile, modules.profile ? ['Deze werkbank draait met het profiel ', h('strong', {}, modules.profile), '.'] : '');
      replaceChildren(features, featureList(modules.features ?? []));
    } catch (error) {
      if (!disposed) {
        notice.error(`De functies konden niet worden opgehaald: ${error.message}`);
        replaceChildren(features);
      }
    } finally {
      features.removeAttribute('aria-busy');
    }
  }

  load();
  document.addEventListener('wij:modules', load);
  return () => {
    disposed = true;
    document.removeEventListener('wij:modules', load);
  };
}

function featureList(features) {
  if (!features.length) {
    return h('p', { class: 'wij-paragraph' }, 'Er zijn geen functies geïnstalleerd.');
  }
  const sorted = [...features].sort((a, b) => String(a.title ?? a.id).localeCompare(String(b.title ?? b.id), 'nl'));
  return h('ul', { class: 'wij-card-list' }, sorted.map((feature) => h('li', { class: 'wij-card', 'data-feature-id': feature.id },
    h('p', { class: 'wij-card__title' },
      h('strong', {}, feature.title || feature.id), ' ',
      h('span', { class: `wij-badge wij-badge--${String(feature.state).toLowerCase()}` }, featureState(feature.state))),
    feature.description ? h('p', { class: 'wij-card__text' }, feature.description) : null,
    h('p', { class: 'wij-card__meta' }, `Versie ${feature.version}`, feature.inProfile ? '' : ' · niet in het profiel'))));
}
