// View "Ruimte per vestiging": for the chosen gemeente and year, every vestiging with its pupils
// (counted or forecast), normatieve ruimtebehoefte, available space and the verdict as a traffic
// light (colour, symbol and words). Data: GET /api/ihp/ruimtebehoefte?gemeente=.

import { createNotice, formField, h, heading, replaceChildren, scrollableTable, table, uniqueId } from '/workbench/dom.js';
import {
  CHANGED, VIEWS, aantal, ensureStylesheet, gemeente, gemeenteKiezer, kaart, kiesVestiging, m2, num, oordeel, procent, viewLink,
} from './ihp.js';

export function render(element, context) {
  ensureStylesheet();
  const level = context.headingLevel ?? 3;
  const notice = createNotice();
  const toolbar = h('div', { class: 'ihp-toolbar' });
  const samenvatting = h('div', { class: 'ihp-sectie' });
  const inhoud = h('div', {});
  const kaartElement = h('div', { class: 'ihp-kaart' });
  const titelId = uniqueId('ruimte');
  let regels = [];
  let jaar = null;

  replaceChildren(element,
    h('p', { class: 'ihp-uitleg' }, 'Normatieve ruimtebehoefte volgens de verordening (zonder eigen verordening de VNG-modelverordening) tegenover de ruimte in de gebouwen die een vestiging gebruikt. Een tekort boven de drempel van de verordening rechtvaardigt uitbreiding.'),
    notice.element, toolbar, samenvatting,
    heading(level, 'Vestigingen', { id: titelId }), inhoud,
    heading(level, 'Kaart'),
    h('p', { class: 'ihp-uitleg' }, 'De gemeente op de kaart van Nederland. De bestanden van DUO hebben geen coördinaten van vestigingen; een kaart met de vestigingen zelf vraagt coördinaten per gebouw (bijvoorbeeld uit de BAG bij het BAG-id van het gebouw).'),
    kaartElement);

  async function load() {
    try {
      const code = await gemeente(context.api);
      if (!code) {
        notice.info('Er zijn nog geen vestigingen. Lees eerst de vestigingen en leerlingtellingen van DUO in.');
        return;
      }
      replaceChildren(toolbar, await gemeenteKiezer(context.api, load));
      const data = await context.api.get(`/api/ihp/ruimtebehoefte?gemeente=${encodeURIComponent(code)}`);
      regels = data.regels;
      const jaren = [...new Set(regels.map((r) => r.jaar))].sort();
      if (!jaren.includes(jaar)) {
        jaar = jaren.filter((j) => regels.some((r) => r.jaar === j && r.bron === 'telling')).pop() ?? jaren[0] ?? null;
      }
      const select = h('select', { class: 'wij-select', dataset: { ihp: 'jaar' } },
        jaren.map((j) => h('option', { value: String(j), selected: j === jaar }, String(j))));
      select.addEventListener('change', () => { jaar = Number(select.value); tonen(code); });
      toolbar.append(formField({ label: 'Jaar (1 oktober)', control: select }).element);
      tonen(code);
    } catch (error) {
      notice.error(error.message);
    }
  }

  function tonen(code) {
    const rijen = regels.filter((r) => r.jaar === jaar);
    const telling = (oordeelCode) => rijen.filter((r) => r.oordeel === oordeelCode).length;
    replaceChildren(samenvatting, rijen.length
      ? h('p', {}, `${jaar}: ${rijen.length} rijen; tekort boven de drempel ${telling('TEKORT')}, krap ${telling('KRAP')}, passend ${telling('PASSEND')}, overschot ${telling('OVERSCHOT')}, onbekend (geen gebouwen of geen norm) ${telling('ONBEKEND')}.`)
      : h('p', {}, 'Geen tellingen of prognoses voor dit jaar.'));
    replaceChildren(inhoud, scrollableTable(table({
      caption: `Ruimte per vestiging in ${jaar ?? ''}`,
      columns: ['Vestiging', 'Soort', 'Bron', 'Leerlingen', 'Normatief', 'Beschikbaar', 'Verschil', 'Verschil %', 'Oordeel'],
      rows: rijen.map((r) => ({
        props: { dataset: { brin6: r.brin6 } },
        cells: [
          viewLink(context, VIEWS.vestiging, `${r.naam} (${r.brin6})`, () => kiesVestiging(r.brin6), { brin6: r.brin6 }),
          r.soort ?? '', r.bron, num(aantal(r.leerlingen)), num(m2(r.normatiefM2)), num(m2(r.beschikbaarM2)),
          num(m2(r.verschilM2)), num(procent(r.verschilProcent)), oordeel(r.oordeel, r.oordeelTekst),
        ],
      })),
      empty: 'Geen vestigingen met een telling of prognose in dit jaar.',
    }), 'Ruimte per vestiging'));
    kaart(kaartElement, {
      title: 'Ligging van de gemeente', description: `Gemeente ${code} gemarkeerd op de kaart van Nederland.`,
      source: 'Bron: CBS (gemeentegrenzen)', level: 'gemeente', values: { [code]: telling('TEKORT') }, unit: 'vestigingen met tekort',
      highlight: [code],
    }).catch(() => {});
  }

  const onChange = () => load();
  document.addEventListener(CHANGED, onChange);
  load();
  return () => document.removeEventListener(CHANGED, onChange);
}
