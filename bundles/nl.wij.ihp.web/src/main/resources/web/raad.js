// View "Vragen van de raad": the three questions of the seed, answered for the chosen gemeente:
// which buildings miss the ventilation norm, where and when there are shortages and surpluses, and
// what the plan costs per year and who pays. Each table can be downloaded as CSV or XLSX
// (GET /api/ihp/export/<tabel>?gemeente=&formaat=csv|xlsx, through the workbench's export service);
// the printable overview (afdruk.html) has the same answers with charts and the map, for PDF via the
// browser's print dialog.

import { h, heading, replaceChildren, scrollableTable, table } from '/workbench/dom.js';
import {
  bedrag, gemeente, gemeenteKiezer, m2, num, oordeel, procent, reloadOnChange, viewFrame, voorbeeldLabel,
} from './ihp.js';

export function render(element, context) {
  const { level, notice, toolbar, inhoud } = viewFrame(element, context);

  function downloads(code, tabel, wat) {
    const href = (formaat) => `/api/ihp/export/${tabel}?gemeente=${encodeURIComponent(code)}&formaat=${formaat}`;
    return h('p', { class: 'wij-actions' },
      h('a', { class: 'wij-link', href: href('csv'), download: '', dataset: { export: `${tabel}-csv` } }, `${wat} als CSV`), ' · ',
      h('a', { class: 'wij-link', href: href('xlsx'), download: '', dataset: { export: `${tabel}-xlsx` } }, `${wat} als Excel (XLSX)`));
  }

  async function load() {
    try {
      const code = await gemeente(context.api);
      replaceChildren(toolbar, await gemeenteKiezer(context.api, () => load()),
        h('a', { class: 'wij-button wij-button--secondary', href: `/modules/nl.wij.ihp.web/afdruk.html?gemeente=${encodeURIComponent(code)}`,
          target: '_blank', rel: 'noopener', dataset: { ihp: 'afdruk' } }, 'Afdrukbaar overzicht (opent in een nieuw venster)'));
      const data = await context.api.get(`/api/ihp/raad?gemeente=${encodeURIComponent(code)}`);
      replaceChildren(inhoud,
        heading(level, 'Welke gebouwen voldoen niet aan de ventilatienorm?'),
        ventilatieTabel(data.ventilatie), downloads(code, 'ventilatie', 'Ventilatie'),
        heading(level, 'Waar en wanneer zijn er tekorten en overschotten?'),
        ruimteTabel(data.ruimte), downloads(code, 'ruimte', 'Tekorten en overschotten'),
        heading(level, 'Wat kost het plan per jaar en wie betaalt?'),
        data.plan ? [h('p', {}, `${data.plan.naam} (${data.plan.code}, ${data.plan.status}): totaal ${bedrag(data.plan.totalen.totaal)}.`),
          kostenTabel(data.plan.totalen), downloads(code, 'kosten', 'Kosten per jaar')]
          : h('p', {}, 'Er is nog geen vastgesteld of concept-huisvestingsplan.'));
    } catch (error) {
      notice.error(error.message);
    }
  }

  return reloadOnChange(load);
}

export function ventilatieTabel(rijen) {
  return scrollableTable(table({
    caption: 'Gebouwen zonder (voldoende) ventilatie',
    columns: ['Gebouw', 'Soort', 'Frisse Scholen', 'Gemeten', 'Voldoet', 'Bevindingen'],
    rows: rijen.map((v) => [[`${v.naam} (${v.code})`, voorbeeldLabel(v.voorbeeld)], v.soort, v.frisseScholenKlasse ?? 'onbekend',
      v.gemeten === null ? 'onbekend' : (v.gemeten ? 'ja' : 'nee'), v.voldoet === null ? 'onbekend' : (v.voldoet ? 'ja' : 'nee'), v.bevindingen.join('; ')]),
    empty: 'Alle gebouwen in de inventaris zijn gemeten en voldoen (of er zijn nog geen gebouwen).',
  }), 'Ventilatie');
}

export function ruimteTabel(rijen) {
  return scrollableTable(table({
    caption: 'Tekorten en overschotten boven de drempel, per jaar',
    columns: ['Jaar', 'Vestiging', 'Bron', 'Normatief', 'Beschikbaar', 'Verschil', 'Verschil %', 'Oordeel'],
    rowHeader: 1,
    rows: rijen.map((r) => [String(r.jaar), `${r.naam} (${r.brin6})`, r.bron, num(m2(r.normatiefM2)), num(m2(r.beschikbaarM2)),
      num(m2(r.verschilM2)), num(procent(r.verschilProcent)), oordeel(r.oordeel, r.oordeelTekst)]),
    empty: 'Geen tekorten of overschotten boven de drempel (vestigingen zonder gebouwen in de inventaris tellen niet mee).',
  }), 'Tekorten en overschotten');
}

export function kostenTabel(totalen) {
  return scrollableTable(table({
    caption: 'Kosten per jaar en betaler',
    columns: ['Jaar', 'Gemeente', 'Schoolbesturen', 'Totaal'],
    rows: totalen.perJaar.map((j) => [String(j.jaar), num(bedrag(j.gemeente)), num(bedrag(j.schoolbestuur)), num(bedrag(j.gemeente + j.schoolbestuur))]),
    empty: 'Geen kosten.',
  }), 'Kosten per jaar');
}
