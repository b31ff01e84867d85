// View "Achterstandsscores" (nl.wij.goab.web.view.scores): the CBS achterstandsscores per gemeente on
// a peildatum (vestigingen, pupils, sum of scores, share of pupils in schools with a high score), a
// choropleth of that share, and the schools of a chosen gemeente. Import a newer CBS file under
// Gegevens › Gegevens importeren. API: GET /api/goab/scores?peildatum=, GET /api/goab/scores/<code>.
// Test hooks: data-scores (the gemeente table), data-scholen, data-kaart.

import {
  createNotice, h, kaart, keuzelijst, nummer, procent, replaceChildren, sectie, tabel,
} from './gemeenschappelijk.js';

export function render(element, context) {
  const level = context.headingLevel ?? 3;
  const notice = createNotice();
  const keuze = h('div', { class: 'wij-actions' });
  const kaartVlak = h('div', { 'data-kaart': '' });
  const gemeenten = h('div', { 'aria-live': 'polite' }, h('p', {}, 'De scores worden opgehaald…'));
  const scholen = h('div', { 'data-scholen-vlak': '' });
  let peildatum = null;
  let kaartInstantie = null;

  element.append(
    h('p', { class: 'wij-paragraph' }, 'De achterstandsscore van het CBS per basisschoolvestiging, opgeteld per gemeente. Een school met een hoge'
      + ' achterstandsscore heeft een score per 100 bekostigde leerlingen boven de drempel onder Doelgroep en regels. Bron: CBS.'),
    notice.element, keuze, sectie(level, 'Kaart', kaartVlak), sectie(level, 'Per gemeente', gemeenten), scholen);

  async function laad() {
    try {
      const data = await context.api.get(`/api/goab/scores${peildatum ? `?peildatum=${peildatum}` : ''}`);
      peildatum = data.peildatum;
      replaceChildren(keuze, data.peildata.length
        ? keuzelijst({ label: 'Peildatum', opties: data.peildata.map((d) => [d, d]), waarde: data.peildatum, onChange: (v) => { peildatum = v; laad(); } })
        : null);
      if (!data.peildatum) {
        replaceChildren(gemeenten, h('p', { class: 'wij-paragraph', 'data-geen-scores': '' },
          'Er zijn nog geen achterstandsscores ingelezen. Lees het CBS-bestand in onder Gegevens › Gegevens importeren.'));
        return;
      }
      replaceChildren(gemeenten,
        h('p', { class: 'wij-paragraph' }, `Peildatum ${data.peildatum}; hoge score vanaf ${nummer(data.drempel)} punten per 100 leerlingen.`
          + (data.zonderGemeente ? ` ${nummer(data.zonderGemeente)} vestigingen hebben (nog) geen gemeente: lees de DUO-vestigingen in om ze te koppelen.` : '')),
        tabel({
          titel: `Achterstandsscores per gemeente, ${data.peildatum}`, kenmerk: 'data-scores',
          kolommen: ['Gemeente', 'Vestigingen', 'Bekostigde leerlingen', 'Som van de scores', 'Leerlingen op scholen met hoge score', 'Aandeel'],
          rijen: data.gemeenten.map((g) => ({ props: { 'data-gemeente': g.code }, cells: [
            h('button', { type: 'button', class: 'wij-button wij-button--subtle wij-button--small', onclick: () => toonScholen(g) }, `${g.naam} (${g.code})`),
            nummer(g.vestigingen), nummer(g.leerlingen), nummer(g.somScore), nummer(g.leerlingenHoog), procent(g.aandeelHoog)] })),
          leeg: 'Geen gemeente met scores: koppel de vestigingen aan hun gemeente door de DUO-vestigingen in te lezen.',
        }));
      const values = {};
      data.gemeenten.forEach((g) => { values[g.code] = g.aandeelHoog === null ? null : Number(g.aandeelHoog); });
      kaartInstantie?.destroy?.();
      kaartInstantie = await kaart(kaartVlak, {
        title: `Aandeel leerlingen op scholen met een hoge achterstandsscore, ${data.peildatum}`,
        description: 'Per gemeente het percentage bekostigde leerlingen op een basisschool met een hoge achterstandsscore.',
        source: data.bron, level: 'gemeente', values, unit: '%', classes: 5,
        onSelect: (code) => { const g = data.gemeenten.find((x) => x.code === code); if (g) toonScholen(g); },
      });
    } catch (error) {
      notice.error(`De scores konden niet worden opgehaald: ${error.message}`);
    }
  }

  async function toonScholen(gemeente) {
    try {
      const data = await context.api.get(`/api/goab/scores/${encodeURIComponent(gemeente.code)}?peildatum=${peildatum}`);
      replaceChildren(scholen, sectie(level, `Scholen in ${gemeente.naam}`, tabel({
        titel: `Basisschoolvestigingen in ${gemeente.naam}, ${peildatum}`, kenmerk: 'data-scholen',
        kolommen: ['Vestiging', 'Naam', 'Plaats', 'Leerlingen', 'Score', 'Per 100 leerlingen', 'Hoge score'],
        rijen: data.scholen.map((s) => [s.brin6, s.naam ?? '–', s.plaats ?? '–', nummer(s.leerlingen),
          h('span', {}, nummer(s.score), s.onbetrouwbaar ? ' (onbetrouwbaar: 40 of minder leerlingen)' : ''), nummer(s.per100), s.hoog ? 'ja' : 'nee']),
      })));
      scholen.querySelector('h3, h4, h5')?.setAttribute('tabindex', '-1');
      scholen.querySelector('[tabindex="-1"]')?.focus();
    } catch (error) {
      notice.error(`De scholen konden niet worden opgehaald: ${error.message}`);
    }
  }

  laad();
  return () => { kaartInstantie?.destroy?.(); element.replaceChildren(); };
}
