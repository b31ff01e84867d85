// View "Budget en maatregelen" (nl.wij.goab.web.view.budget): the uitkering GOAB of a gemeente in
// a year, its measures with budgeted and spent amounts (over- and underspending marked), forms to
// enter the uitkering and a measure (beleidsmedewerker, beheerder), and the SiSa verantwoording.
// API: GET /api/goab/budget?gemeente=&jaar=, POST /api/goab/budget/uitkering, POST
// /api/goab/budget/maatregel, GET /api/goab/budget/sisa. Test hooks: data-budget, data-maatregelen,
// data-sisa, data-action="uitkering-opslaan", data-action="maatregel-opslaan".

import {
  bedrag, createNotice, exportLinks, formulier, h, keuzelijst, magWijzigen, nummer, procent, replaceChildren, sectie, tabel,
  voorbeeldBadge, voorbeeldMelding,
} from './gemeenschappelijk.js';

const SOORTEN = {
  voorschoolseEducatie: 'Voorschoolse educatie', schakelklas: 'Schakelklas', kopklas: 'Kopklas', zomerschool: 'Zomerschool',
  verlengdeSchooldag: 'Verlengde schooldag', intensieveLeertijdverlenging: 'Intensieve leertijdverlenging',
  weekendschool: 'Weekendschool', ouderprogramma: 'Ouderprogramma', brugfunctionaris: 'Brugfunctionaris', overig: 'Overig',
};
const STANDEN = {
  OVERBESTEED: ['Overbesteed', 'wij-badge--fout'],
  ONDERBESTEED: ['Onderbesteed', 'wij-badge--info'],
  BINNEN_BEGROTING: ['Binnen begroting', 'wij-badge--actief'],
  ONBEKEND: ['Nog niet bekend', 'wij-badge--inactief'],
};

export function soortLabel(soort) {
  return SOORTEN[soort] ?? soort;
}

export function render(element, context) {
  const level = context.headingLevel ?? 3;
  const notice = createNotice();
  const keuze = h('div', { class: 'wij-actions' });
  const overzicht = h('div', { 'data-budget': '', 'aria-live': 'polite' }, h('p', {}, 'Het budget wordt opgehaald…'));
  const sisa = h('div', { 'data-sisa': '' });
  const formulieren = h('div');
  let staat = { gemeente: null, jaar: null };

  element.append(
    h('p', { class: 'wij-paragraph' }, 'De specifieke uitkering onderwijsachterstandenbeleid (GOAB) per jaar en de maatregelen die de gemeente'
      + ' ermee betaalt, met wat begroot en besteed is.'),
    notice.element, keuze, overzicht, formulieren,
    sectie(level, 'SiSa-verantwoording', h('p', { class: 'wij-paragraph' },
      'De cijfers voor de jaarlijkse verantwoording van de uitkering, per indicator. Welke soorten maatregelen onder een indicator vallen,'
      + ' staat onder Doelgroep en regels.'), sisa));

  async function laad() {
    try {
      const params = new URLSearchParams();
      if (staat.gemeente) params.set('gemeente', staat.gemeente);
      if (staat.jaar) params.set('jaar', staat.jaar);
      const data = await context.api.get(`/api/goab/budget?${params}`);
      staat = { gemeente: data.gemeente, jaar: data.jaar };
      toonKeuze(data);
      toonOverzicht(data);
      toonFormulieren(data);
      const verantwoording = await context.api.get(`/api/goab/budget/sisa?${new URLSearchParams({ gemeente: data.gemeente ?? '', jaar: data.jaar })}`);
      toonSisa(verantwoording);
    } catch (error) {
      notice.error(`Het budget kon niet worden opgehaald: ${error.message}`);
    }
  }

  function toonKeuze(data) {
    const jaren = [...new Set([...(data.jaren ?? []), data.jaar, data.jaar + 1])].sort();
    replaceChildren(keuze,
      keuzelijst({ label: 'Gemeente', opties: (data.gemeenten ?? []).map((g) => [g.code, `${g.naam} (${g.code})`]), waarde: data.gemeente,
        onChange: (v) => { staat.gemeente = v; laad(); }, kenmerk: 'data-gemeente' }),
      keuzelijst({ label: 'Jaar', opties: jaren.map((j) => [String(j), String(j)]), waarde: String(data.jaar),
        onChange: (v) => { staat.jaar = v; laad(); }, kenmerk: 'data-jaar' }));
  }

  function toonOverzicht(data) {
    const u = data.uitkering;
    const voorbeelden = Boolean(u?.voorbeeld) || data.maatregelen.some((m) => m.voorbeeld);
    replaceChildren(overzicht,
      voorbeeldMelding(voorbeelden),
      sectie(level, `Uitkering ${data.jaar}`,
        u ? h('dl', { class: 'wij-list' },
          h('dt', {}, 'Uitkering GOAB'), h('dd', { 'data-uitkering': '' }, bedrag(u.bedrag), ' ', voorbeeldBadge(u.voorbeeld)),
          h('dt', {}, 'Begroot voor maatregelen'), h('dd', {}, bedrag(data.totaal.begroot)),
          h('dt', {}, 'Besteed'), h('dd', {}, bedrag(data.totaal.besteed)),
          h('dt', {}, 'Nog niet begroot'), h('dd', {}, bedrag(data.totaal.ruimte)))
          : h('p', { class: 'wij-paragraph' }, `Voor ${data.jaar} is nog geen uitkering vastgelegd. Leg die eerst vast; daarna kunt u maatregelen voor dat jaar invoeren.`)),
      sectie(level, `Maatregelen ${data.jaar}`, tabel({
        titel: `Maatregelen met begroot en besteed in ${data.jaar}`, kenmerk: 'data-maatregelen',
        kolommen: ['Maatregel', 'Soort', 'Aanbieder', 'Plaatsen', 'Deelnemers', 'Begroot', 'Besteed', 'Verschil', 'Stand'],
        rijen: data.maatregelen.map((m) => {
          const c = m.cijfers;
          const [label, klasse] = STANDEN[c?.stand ?? 'ONBEKEND'];
          return { props: { 'data-maatregel': m.code }, cells: [
            h('span', {}, m.naam, ' ', voorbeeldBadge(m.voorbeeld)), soortLabel(m.soort), m.aanbieder ?? '–',
            nummer(c?.plaatsen), nummer(c?.deelnemers), bedrag(c?.begroot), bedrag(c?.besteed),
            c?.verschil === null || c?.verschil === undefined ? '–' : `${bedrag(c.verschil)} (${procent(c.percentage)})`,
            h('span', { class: `wij-badge ${klasse}`, 'data-stand': c?.stand ?? 'ONBEKEND' }, label)] };
        }),
        leeg: 'Er zijn nog geen maatregelen.',
      }), exportLinks(`/api/goab/export/maatregelen?${new URLSearchParams({ gemeente: data.gemeente ?? '', jaar: data.jaar })}`, 'Maatregelen')));
  }

  function toonFormulieren(data) {
    if (!magWijzigen(context)) {
      replaceChildren(formulieren, h('p', { class: 'wij-paragraph' }, 'Alleen een beleidsmedewerker of beheerder kan het budget en maatregelen wijzigen.'));
      return;
    }
    const uitkering = formulier({
      notice, level: level + 1, titel: 'Uitkering vastleggen', knop: 'Uitkering opslaan', actie: 'uitkering-opslaan',
      velden: [
        { naam: 'jaar', label: 'Jaar', type: 'number', verplicht: true, waarde: data.jaar },
        { naam: 'bedrag', label: 'Bedrag in euro', type: 'number', verplicht: true, waarde: data.uitkering?.bedrag,
          uitleg: 'Zoals in de beschikking van OCW, bijvoorbeeld 2450000,00.' },
        { naam: 'beschikking', label: 'Kenmerk beschikking', waarde: data.uitkering?.beschikking },
      ],
      onSubmit: async (v) => {
        await context.api.post('/api/goab/budget/uitkering', { ...v, gemeente: staat.gemeente });
        staat.jaar = v.jaar;
        await laad();
        return `De uitkering voor ${v.jaar} is opgeslagen.`;
      },
    });
    const maatregel = formulier({
      notice, level: level + 1, titel: 'Maatregel invoeren', knop: 'Maatregel opslaan', actie: 'maatregel-opslaan',
      velden: [
        { naam: 'naam', label: 'Naam', verplicht: true },
        { naam: 'code', label: 'Code', verplicht: true, uitleg: 'Kort en uniek, kleine letters, cijfers en streepjes, bijvoorbeeld schakelklas-noord.' },
        { naam: 'soort', label: 'Soort', type: 'select', verplicht: true, opties: (data.soorten ?? Object.keys(SOORTEN)).map((s) => [s, soortLabel(s)]) },
        { naam: 'aanbieder', label: 'Aanbieder' },
        { naam: 'doelgroep', label: 'Doelgroep', uitleg: 'Voor welke kinderen de maatregel is.' },
        { naam: 'jaar', label: 'Jaar', type: 'number', verplicht: true, waarde: data.jaar },
        { naam: 'plaatsen', label: 'Plaatsen', type: 'number' },
        { naam: 'deelnemers', label: 'Deelnemers', type: 'number' },
        { naam: 'begroot', label: 'Begroot (euro)', type: 'number' },
        { naam: 'besteed', label: 'Besteed (euro)', type: 'number' },
      ],
      onSubmit: async (v) => {
        await context.api.post('/api/goab/budget/maatregel', { ...v, gemeente: staat.gemeente });
        staat.jaar = v.jaar;
        await laad();
        return `Maatregel '${v.naam}' is opgeslagen voor ${v.jaar}.`;
      },
    });
    replaceChildren(formulieren, uitkering.element, maatregel.element);
  }

  function toonSisa(data) {
    replaceChildren(sisa, tabel({
      titel: `SiSa-indicatoren ${data.jaar}`, kenmerk: 'data-sisa-tabel',
      kolommen: ['Indicator', 'Omschrijving', 'Waarde', 'Maatregelen', 'Nog onbekend'],
      rijen: data.indicatoren.map((i) => [i.code, i.omschrijving,
        i.grootheid === 'besteed' || i.grootheid === 'begroot' ? bedrag(i.waarde) : nummer(i.waarde),
        i.maatregelen.join(', ') || '–', i.onbekend.join(', ') || '–']),
      leeg: 'Er is geen SiSa-indeling voor dit jaar.',
    }), exportLinks(`/api/goab/export/sisa?${new URLSearchParams({ gemeente: data.gemeente ?? '', jaar: data.jaar })}`, 'SiSa-verantwoording'));
  }

  laad();
  return () => element.replaceChildren();
}
