// The printable overview for the raad (afdruk.html?gemeente=GM0479): the three answers with the plan
// costs as a chart and the gemeente on the map, styled for print (ihp.css @media print). PDF: the
// browser's print dialog ("Opslaan als PDF"). Uses the shared API helper, so a missing session sends
// the user to the login page.

import { api } from '/workbench/api.js';
import { h, replaceChildren } from '/workbench/dom.js';
import { bedrag, grafiek, kaart } from './ihp.js';
import { kostenTabel, ruimteTabel, ventilatieTabel } from './raad.js';

const inhoud = document.getElementById('afdruk-inhoud');
document.getElementById('afdrukken').addEventListener('click', () => window.print());

async function laad() {
  const code = new URLSearchParams(window.location.search).get('gemeente');
  if (!code) {
    replaceChildren(inhoud, h('p', { role: 'alert' }, 'Geef de gemeente mee: afdruk.html?gemeente=GM0479.'));
    return;
  }
  try {
    const [gemeenten, raad] = await Promise.all([api.get('/api/ihp/gemeenten'), api.get(`/api/ihp/raad?gemeente=${encodeURIComponent(code)}`)]);
    const naam = gemeenten.gemeenten.find((g) => g.code === code)?.naam ?? code;
    document.getElementById('afdruk-titel').textContent = `Onderwijshuisvesting ${naam}`;
    document.title = `Onderwijshuisvesting ${naam} — overzicht voor de raad — WIJ`;
    const grafiekElement = h('div', { class: 'ihp-grafiek' });
    const kaartElement = h('div', { class: 'ihp-kaart' });
    replaceChildren(inhoud,
      h('p', {}, `Stand van ${new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(new Date())}. Bron: DUO (vestigingen, leerlingen), gemeente (gebouwen, verordening, plan), CBS (kaart).`),
      h('section', {}, h('h2', { class: 'wij-heading' }, 'Welke gebouwen voldoen niet aan de ventilatienorm?'), ventilatieTabel(raad.ventilatie)),
      h('section', {}, h('h2', { class: 'wij-heading' }, 'Waar en wanneer zijn er tekorten en overschotten?'), ruimteTabel(raad.ruimte)),
      h('section', {}, h('h2', { class: 'wij-heading' }, 'Wat kost het plan per jaar en wie betaalt?'),
        raad.plan ? [h('p', {}, `${raad.plan.naam} (${raad.plan.status}): totaal ${bedrag(raad.plan.totalen.totaal)}.`), grafiekElement, kostenTabel(raad.plan.totalen)]
          : h('p', {}, 'Er is nog geen huisvestingsplan.')),
      h('section', {}, h('h2', { class: 'wij-heading' }, 'Kaart'), kaartElement,
        h('p', { class: 'ihp-uitleg' }, 'De gemeente op de kaart van Nederland. Een kaart met de vestigingen zelf vraagt coördinaten per gebouw (bijvoorbeeld uit de BAG); de bestanden van DUO hebben die niet.')));
    if (raad.plan) {
      const jaren = raad.plan.totalen.perJaar;
      await grafiek(grafiekElement, {
        type: 'stacked', title: 'Kosten per jaar en betaler', description: `Geraamde kosten van ${raad.plan.naam} per jaar, gestapeld naar wie betaalt.`,
        source: 'Bron: gemeente (huisvestingsplan)', x: { label: 'Jaar', categories: jaren.map((j) => String(j.jaar)) }, y: { label: 'Kosten', unit: 'euro' },
        series: [{ name: 'Gemeente', values: jaren.map((j) => j.gemeente) }, { name: 'Schoolbesturen', values: jaren.map((j) => j.schoolbestuur) }],
      });
    }
    await kaart(kaartElement, { title: `Gemeente ${naam}`, description: `${naam} gemarkeerd op de kaart van Nederland.`, source: 'Bron: CBS',
      level: 'gemeente', values: { [code]: raad.ruimte.filter((r) => r.oordeel === 'TEKORT').length }, unit: 'tekorten', highlight: [code] });
  } catch (error) {
    replaceChildren(inhoud, h('p', { role: 'alert', class: 'wij-alert wij-alert--error' }, `Het overzicht kon niet worden geladen: ${error.message}`));
    if (error.status === 401) {
      window.location.assign('/public/login.html');
    }
  }
}

laad();
