// View "VE-locaties" (nl.wij.goab.web.view.locaties): locaties with voorschoolse educatie (LRK, houder,
// programme, VE places) and the PBM-VE norm of a year (10 h x VE peuters on 1 January, as the rules
// say), with forms for a locatie and its PBM hours. API: GET /api/goab/locaties?jaar=, POST
// /api/goab/locaties, POST /api/goab/locaties/pbm. Test hooks: data-locaties, data-pbm.

import {
  createNotice, formulier, h, keuzelijst, magWijzigen, nummer, replaceChildren, tabel, voorbeeldBadge, voorbeeldMelding,
} from './gemeenschappelijk.js';

export function render(element, context) {
  const level = context.headingLevel ?? 3;
  const notice = createNotice();
  const keuze = h('div', { class: 'wij-actions' });
  const lijst = h('div', { 'aria-live': 'polite' }, h('p', {}, 'De locaties worden opgehaald…'));
  const formulieren = h('div');
  let jaar = new Date().getFullYear();

  element.append(h('p', { class: 'wij-paragraph' }, 'Kinderopvanglocaties met voorschoolse educatie. Per jaar moet elke locatie ten minste'
    + ' de norm aan uren pedagogisch beleidsmedewerker VE inzetten: het aantal uren per VE-peuter maal de VE-peuters op 1 januari.'),
  notice.element, keuze, lijst, formulieren);

  async function laad() {
    try {
      const data = await context.api.get(`/api/goab/locaties?jaar=${jaar}`);
      replaceChildren(keuze, keuzelijst({ label: 'Jaar', opties: [jaar - 2, jaar - 1, jaar, jaar + 1].map((j) => [String(j), String(j)]),
        waarde: String(jaar), onChange: (v) => { jaar = Number(v); laad(); } }));
      replaceChildren(lijst, voorbeeldMelding(data.locaties.some((l) => l.voorbeeld)), tabel({
        titel: `VE-locaties en de norm pedagogisch beleidsmedewerker ${data.jaar}`, kenmerk: 'data-locaties',
        kolommen: ['Locatie', 'LRK-nummer', 'Houder', 'VE-programma', 'VE-plaatsen', 'Wijk', 'VE-peuters op 1 januari', 'Norm (uur)', 'Ingezet (uur)', 'Norm gehaald'],
        rijen: data.locaties.map((l) => ({ props: { 'data-lrk': l.lrkNummer }, cells: [
          h('span', {}, l.naam, ' ', voorbeeldBadge(l.voorbeeld)), l.lrkNummer, l.houder ?? '–', l.veProgramma ?? '–', nummer(l.vePlaatsen),
          l.wijkcode ?? '–', nummer(l.pbm.peutersOpEenJanuari), nummer(l.pbm.norm), nummer(l.pbm.inzet),
          h('span', { class: `wij-badge ${l.pbm.voldoet ? 'wij-badge--actief' : 'wij-badge--fout'}`, 'data-pbm': l.pbm.voldoet ? 'ja' : 'nee' },
            l.pbm.voldoet ? 'ja' : `nee, ${nummer(l.pbm.tekort)} uur tekort`)] })),
        leeg: 'Er zijn nog geen VE-locaties.',
      }));
      toonFormulieren(data);
    } catch (error) {
      notice.error(`De locaties konden niet worden opgehaald: ${error.message}`);
    }
  }

  function toonFormulieren(data) {
    if (!magWijzigen(context)) {
      replaceChildren(formulieren);
      return;
    }
    const locatie = formulier({
      notice, level: level + 1, titel: 'VE-locatie vastleggen', knop: 'Locatie opslaan', actie: 'locatie-opslaan',
      velden: [
        { naam: 'lrkNummer', label: 'LRK-nummer', verplicht: true, uitleg: 'Negen cijfers, uit het Landelijk Register Kinderopvang.' },
        { naam: 'naam', label: 'Naam', verplicht: true },
        { naam: 'plaats', label: 'Plaats' },
        { naam: 'houder', label: 'Houder' },
        { naam: 'houderKvk', label: 'KvK-nummer van de houder', uitleg: 'Acht cijfers; nodig om de houder vast te leggen.' },
        { naam: 'veProgramma', label: 'VE-programma', uitleg: 'Bijvoorbeeld Uk & Puk, Piramide of Kaleidoscoop.' },
        { naam: 'vePlaatsen', label: 'VE-plaatsen', type: 'number' },
        { naam: 'wijkcode', label: 'Wijk (CBS-code)', uitleg: 'Bijvoorbeeld WK047901.' },
      ],
      onSubmit: async (v) => {
        await context.api.post('/api/goab/locaties', v);
        await laad();
        return `Locatie '${v.naam}' is opgeslagen.`;
      },
    });
    const pbm = formulier({
      notice, level: level + 1, titel: 'Uren pedagogisch beleidsmedewerker VE', knop: 'Uren opslaan', actie: 'pbm-opslaan',
      velden: [
        { naam: 'lrkNummer', label: 'Locatie', type: 'select', verplicht: true, opties: data.locaties.map((l) => [l.lrkNummer, l.naam]) },
        { naam: 'jaar', label: 'Jaar', type: 'number', verplicht: true, waarde: data.jaar },
        { naam: 'uren', label: 'Ingezette uren', type: 'number', verplicht: true },
      ],
      onSubmit: async (v) => {
        await context.api.post('/api/goab/locaties/pbm', v);
        await laad();
        return `De uren voor ${v.jaar} zijn opgeslagen.`;
      },
    });
    replaceChildren(formulieren, locatie.element, data.locaties.length ? pbm.element : null);
  }

  laad();
  return () => element.replaceChildren();
}
