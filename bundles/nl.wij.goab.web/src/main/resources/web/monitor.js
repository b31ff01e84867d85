// View "Monitor" (nl.wij.goab.web.view.monitor): the seeds' questions in figures, for every role:
// which measures at what cost (per kind), who is doelgroep and how many are reached per wijk, the
// quarterly figures of a year, indicaties per criterion and reasons for not taking part. Counts of 1
// to 4 peuters are shown as <5. Charts come from nl.wij.workbench.charts when installed.
// API: GET /api/goab/monitor?peildatum=&jaar=. Test hooks: data-bereik, data-kwartalen, data-kosten.

import {
  aantal, bedrag, createNotice, exportLinks, grafiek, h, nummer, procent, replaceChildren, sectie, tabel, voorbeeldMelding,
} from './gemeenschappelijk.js';
import { soortLabel } from './budget.js';

const CRITERIA = {
  taalindicatie: 'Taalindicatie (JGZ)', ouderopleiding: 'Opleiding ouders', thuistaal: 'Thuistaal', risicofactor: 'Andere risicofactor',
  anders: 'Ander criterium', onbekend: 'Onbekend',
};
const REDENEN = {
  ouderWilNiet: 'Ouders willen het niet', wachtlijst: 'Wachtlijst', geenPlaatsInWijk: 'Geen plaats in de wijk', kosten: 'Kosten',
  verhuisd: 'Verhuisd', andereOpvang: 'Andere opvang zonder VE', onbekend: 'Onbekend', anders: 'Andere reden',
};

export function render(element, context) {
  const level = context.headingLevel ?? 3;
  const notice = createNotice();
  const inhoud = h('div', { 'aria-live': 'polite' }, h('p', {}, 'De monitor wordt opgehaald…'));
  const peildatumVeld = h('input', { type: 'date', class: 'wij-textbox', id: 'goab-monitor-peildatum' });
  const grafieken = [];

  element.append(
    h('p', { class: 'wij-paragraph' }, 'Alleen totalen, nooit een kind: aantallen van 1 tot 4 peuters staan er als <5, en dan ook zonder percentage.'),
    h('form', { class: 'wij-actions', onsubmit: (e) => { e.preventDefault(); laad(); } },
      h('label', { class: 'wij-form-label', for: peildatumVeld.id }, 'Peildatum'), peildatumVeld,
      h('button', { type: 'submit', class: 'wij-button wij-button--secondary', 'data-action': 'monitor-tonen' }, 'Tonen')),
    notice.element, inhoud);

  async function laad() {
    try {
      const data = await context.api.get(`/api/goab/monitor${peildatumVeld.value ? `?peildatum=${peildatumVeld.value}` : ''}`);
      peildatumVeld.value = data.peildatum;
      grafieken.splice(0).forEach((g) => g?.destroy?.());
      const bereikGrafiek = h('div');
      const kwartaalGrafiek = h('div');
      const kostenGrafiek = h('div');
      const wijken = data.bereik.filter((c) => c.wijk !== null);
      const totaal = data.bereik.find((c) => c.wijk === null);
      replaceChildren(inhoud,
        voorbeeldMelding(data.voorbeeld),
        sectie(level, `Bereik op ${data.peildatum}`,
          h('p', { class: 'wij-paragraph', 'data-bereik-totaal': '' }, `In de hele gemeente: ${aantal(totaal, 'geplaatst')} van ${aantal(totaal, 'doelgroep')}`
            + ` doelgroeppeuters geplaatst (${procent(totaal.percentage)}); streefwaarde ${procent(data.streefPercentage)}.`),
          tabel({ titel: `Bereik per wijk op ${data.peildatum}`, kenmerk: 'data-bereik',
            kolommen: ['Wijk', 'Doelgroeppeuters', 'Geplaatst', 'Bereik'],
            rijen: wijken.map((c) => [c.wijk, aantal(c, 'doelgroep'), aantal(c, 'geplaatst'), procent(c.percentage)]),
            leeg: 'Er zijn geen doelgroeppeuters op deze peildatum.' }),
          exportLinks(`/api/goab/export/bereik?peildatum=${data.peildatum}`, 'Bereik per wijk'),
          bereikGrafiek),
        sectie(level, `Per kwartaal ${data.jaar}`,
          tabel({ titel: `Bereik aan het eind van elk kwartaal van ${data.jaar}`, kenmerk: 'data-kwartalen',
            kolommen: ['Kwartaal', 'Doelgroeppeuters', 'Geplaatst', 'Bereik', 'Gestart in het kwartaal'],
            rijen: data.kwartalen.map((k) => [`K${k.kwartaal}`, aantal(k, 'doelgroep'), aantal(k, 'geplaatst'), procent(k.percentage), aantal(k, 'gestart')]) }),
          kwartaalGrafiek),
        sectie(level, `Maatregelen en kosten ${data.jaar}`,
          tabel({ titel: `Maatregelen per soort in ${data.jaar}`, kenmerk: 'data-kosten',
            kolommen: ['Soort', 'Maatregelen', 'Plaatsen', 'Deelnemers', 'Begroot', 'Besteed'],
            rijen: data.maatregelen.map((m) => [soortLabel(m.soort), nummer(m.maatregelen), nummer(m.plaatsen), nummer(m.deelnemers),
              bedrag(m.begroot), bedrag(m.besteed)]),
            leeg: 'Er zijn voor dit jaar geen maatregelen vastgelegd.' }),
          kostenGrafiek),
        sectie(level, 'Doelgroep naar criterium',
          tabel({ titel: 'Doelgroeppeuters naar soort criterium van hun indicatie', kolommen: ['Criterium', 'Peuters'],
            rijen: data.indicaties.map((i) => [CRITERIA[i.code] ?? i.code, aantal(i, 'aantal')]), leeg: 'Geen doelgroeppeuters.' })),
        sectie(level, 'Niet bereikt: redenen',
          tabel({ titel: 'Doelgroeppeuters zonder plaatsing, naar reden', kolommen: ['Reden', 'Peuters'],
            rijen: data.redenenNietDeelname.map((r) => [REDENEN[r.code] ?? r.code, aantal(r, 'aantal')]), leeg: 'Alle doelgroeppeuters zijn geplaatst.' })));
      grafieken.push(await grafiek(bereikGrafiek, {
        type: 'bar', title: `Bereik per wijk op ${data.peildatum}`, description: 'Geplaatste doelgroeppeuters als percentage van de doelgroep, per wijk.',
        source: 'Bron: gemeente', x: { label: 'Wijk', categories: wijken.map((c) => c.wijk) }, y: { label: 'Bereik', unit: '%' },
        series: [{ name: 'Bereik', values: wijken.map((c) => (c.percentage === null ? null : Number(c.percentage))) }],
        thresholds: data.streefPercentage === null ? [] : [{ value: Number(data.streefPercentage), label: 'Streefwaarde' }],
      }));
      grafieken.push(await grafiek(kwartaalGrafiek, {
        type: 'line', title: `Bereik per kwartaal ${data.jaar}`, description: 'Bereik aan het eind van elk kwartaal.', source: 'Bron: gemeente',
        x: { label: 'Kwartaal', categories: data.kwartalen.map((k) => `K${k.kwartaal}`) }, y: { label: 'Bereik', unit: '%' },
        series: [{ name: 'Bereik', values: data.kwartalen.map((k) => (k.percentage === null ? null : Number(k.percentage))) }],
      }));
      grafieken.push(await grafiek(kostenGrafiek, {
        type: 'bar', title: `Begroot en besteed per soort maatregel ${data.jaar}`, description: 'Bedragen in euro per soort maatregel.',
        source: 'Bron: gemeente', x: { label: 'Soort', categories: data.maatregelen.map((m) => soortLabel(m.soort)) }, y: { label: 'Bedrag', unit: 'euro' },
        series: [{ name: 'Begroot', values: data.maatregelen.map((m) => Number(m.begroot)) },
          { name: 'Besteed', values: data.maatregelen.map((m) => Number(m.besteed)) }],
      }));
    } catch (error) {
      notice.error(`De monitor kon niet worden opgehaald: ${error.message}`);
    }
  }

  laad();
  return () => { grafieken.forEach((g) => g?.destroy?.()); element.replaceChildren(); };
}
