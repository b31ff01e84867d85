// View "Peuters" (nl.wij.goab.web.view.peuters), only for the role uitvoerder: the peuters in the
// voorschoolse educatie one by one (pseudonymous codes), with the hours their placement can reach
// before age 4, a form to add or change a peuter, and the access log. Opening this view is logged.
// API: GET/POST /api/goab/peuters, DELETE /api/goab/peuters/<code>, GET /api/goab/peuters/inzage.
// Test hooks: data-peuters, data-inzage, data-action="peuter-opslaan".

import {
  createNotice, formulier, h, nummer, replaceChildren, sectie, tabel, voorbeeldBadge, voorbeeldMelding,
} from './gemeenschappelijk.js';

const DAGEN = ['ma', 'di', 'wo', 'do', 'vr'];

export function render(element, context) {
  const level = context.headingLevel ?? 3;
  const notice = createNotice();
  const lijst = h('div', { 'aria-live': 'polite' }, h('p', {}, 'De peuters worden opgehaald…'));
  const formulierVlak = h('div');
  const inzage = h('div');
  element.append(
    h('p', { class: 'wij-alert wij-alert--info' }, h('strong', {}, 'Persoonsgegevens: '),
      'u ziet deze peuters omdat uw account de rol uitvoerder heeft. Elke inzage en wijziging wordt vastgelegd met uw naam.'),
    notice.element, lijst, formulierVlak, sectie(level, 'Inzagelog', inzage));

  async function laad() {
    try {
      const data = await context.api.get('/api/goab/peuters');
      replaceChildren(lijst, voorbeeldMelding(data.peuters.some((p) => p.voorbeeld)), tabel({
        titel: 'Peuters in de voorschoolse educatie', kenmerk: 'data-peuters',
        kolommen: ['Code', 'Geboren', 'Wijk', 'Indicatie', 'Locatie', 'Uren per dag', 'Plaatsing', 'Haalbare uren', 'Norm gehaald'],
        rijen: data.peuters.map((p) => ({ props: { 'data-peuter': p.code }, cells: [
          h('span', {}, p.code, ' ', voorbeeldBadge(p.voorbeeld)), p.geboortedatum, p.wijkcode ?? '–', p.indicatiedatum ?? 'geen',
          p.locatieNaam ?? (p.redenNietDeelname ? `niet geplaatst (${p.redenNietDeelname})` : 'niet geplaatst'),
          p.urenPerDag.length ? p.urenPerDag.map((u, i) => `${DAGEN[i]} ${nummer(u)}`).join(', ') : '–',
          p.plaatsingVanaf ? `${p.plaatsingVanaf} – ${p.plaatsingTot ?? '4 jaar'}` : '–',
          p.raming ? `${nummer(p.raming.uren)} van ${nummer(p.raming.minimum)}` : (p.ramingFout ?? '–'),
          p.raming ? h('span', { class: `wij-badge ${p.raming.haalbaar ? 'wij-badge--actief' : 'wij-badge--fout'}` },
            p.raming.haalbaar ? 'ja' : `nee, ${nummer(p.raming.tekort)} uur tekort`) : '–'] })),
        leeg: 'Er zijn nog geen peuters vastgelegd.',
      }));
      toonFormulier(data.keuzes);
      const log = await context.api.get('/api/goab/peuters/inzage');
      replaceChildren(inzage, tabel({ titel: 'Wie zag of wijzigde welke peuter', kenmerk: 'data-inzage',
        kolommen: ['Tijdstip', 'Account', 'Peuter', 'Handeling'],
        rijen: log.inzage.slice(0, 50).map((i) => [i.tijdstip, i.gebruiker, i.peuter === '*' ? 'alle (lijst)' : i.peuter, i.handeling]) }));
    } catch (error) {
      notice.error(`De peuters konden niet worden opgehaald: ${error.message}`);
    }
  }

  function toonFormulier(keuzes) {
    const form = formulier({
      notice, level: level + 1, titel: 'Peuter vastleggen of wijzigen', knop: 'Peuter opslaan', actie: 'peuter-opslaan',
      velden: [
        { naam: 'code', label: 'Code (pseudoniem)', verplicht: true, uitleg: 'Nooit een naam of BSN; bijvoorbeeld P-2025-0017.' },
        { naam: 'geboortedatum', label: 'Geboortedatum', type: 'date', verplicht: true },
        { naam: 'wijkcode', label: 'Wijk (CBS-code)' },
        { naam: 'indicatiedatum', label: 'Indicatiedatum', type: 'date' },
        { naam: 'indicatiecriterium', label: 'Indicatie op grond van', type: 'select', opties: keuzes.criteria.map((c) => [c.sleutel, c.omschrijving]) },
        { naam: 'toeleiding', label: 'Toeleiding door', type: 'select', opties: keuzes.toeleiding.map((t) => [t, t]) },
        { naam: 'locatie', label: 'VE-locatie', type: 'select', opties: keuzes.locaties.map((l) => [l.lrkNummer, l.naam]) },
        { naam: 'urenPerDag', label: 'Uren per dag (ma di wo do vr)', uitleg: 'Vijf getallen, bijvoorbeeld 4 4 0 4 4.' },
        { naam: 'plaatsingVanaf', label: 'Plaatsing vanaf', type: 'date' },
        { naam: 'plaatsingTot', label: 'Plaatsing tot en met', type: 'date' },
        { naam: 'redenNietDeelname', label: 'Reden van niet deelnemen', type: 'select', opties: keuzes.redenen.map((r) => [r, r]) },
      ],
      onSubmit: async (v) => { await context.api.post('/api/goab/peuters', v); await laad(); return `Peuter ${v.code} is opgeslagen.`; },
    });
    replaceChildren(formulierVlak, form.element);
  }

  laad();
  return () => element.replaceChildren();
}
