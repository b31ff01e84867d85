// View "Doelgroep en regels" (nl.wij.goab.web.view.doelgroep): the doelgroepdefinitie per year with
// its criteria, the rules as dated values (960 hours, 6 hours a day, 10 PBM hours per peuter, the
// bereik target, ...), the holidays in which no VE is given, and the SiSa mapping. Beleidsmedewerker
// and beheerder add values; an old value keeps applying to earlier periods. The SiSa mapping is edited
// in the Modelverkenner (class goab.SisaIndicator). API: GET/POST /api/goab/regels[/parameter|/vakantie|/doelgroep].
// Test hooks: data-definities, data-parameters, data-vakanties, data-sisa-indeling.

import {
  createNotice, formulier, h, magWijzigen, nummer, replaceChildren, sectie, tabel, voorbeeldBadge,
} from './gemeenschappelijk.js';

const REGELS = {
  veMinimumUren: 'Minimum uren voorschoolse educatie',
  vePeriodeMaanden: 'Periode waarin de uren vallen',
  veStartleeftijdMaanden: 'Startleeftijd voorschoolse educatie',
  veMaximumUrenPerDag: 'Hoogstens meetellende uren per dag',
  pbmUrenPerPeuter: 'Uren pedagogisch beleidsmedewerker per VE-peuter',
  bereikStreefPercentage: 'Streefwaarde bereik',
  scoreHoogPer100Leerlingen: 'Drempel hoge achterstandsscore',
};

export function render(element, context) {
  const level = context.headingLevel ?? 3;
  const notice = createNotice();
  const inhoud = h('div', { 'aria-live': 'polite' }, h('p', {}, 'De regels worden opgehaald…'));
  element.append(h('p', { class: 'wij-paragraph' }, 'Wie bij de doelgroep van de voorschoolse educatie hoort stelt het college elk jaar vast;'
    + ' de getallen uit de wet en uit het eigen beleid gelden vanaf een datum. Een nieuwe waarde krijgt een eigen begindatum.'),
  notice.element, inhoud);

  async function laad() {
    try {
      const data = await context.api.get('/api/goab/regels');
      const gemeenten = (data.gemeenten ?? []).map((g) => [g.code, `${g.naam} (${g.code})`]);
      replaceChildren(inhoud,
        sectie(level, 'Doelgroepdefinitie per jaar', data.definities.length
          ? h('div', { 'data-definities': '' }, data.definities.map((d) => h('div', { class: 'wij-section', 'data-definitie': d.sleutel },
            h('p', { class: 'wij-paragraph' }, h('strong', {}, `${d.jaar}`), ` (${d.gemeente}) `, voorbeeldBadge(d.voorbeeld),
              d.vastgesteld ? ` vastgesteld op ${d.vastgesteld}` : ' concept', d.omschrijving ? `: ${d.omschrijving}` : ''),
            tabel({ titel: `Criteria ${d.jaar}`, kolommen: ['Code', 'Criterium', 'Soort'],
              rijen: d.criteria.map((c) => [c.code, c.omschrijving, c.soort]), leeg: 'Geen criteria.' }))))
          : h('p', { class: 'wij-paragraph', 'data-definities': '' }, 'Er is nog geen doelgroepdefinitie vastgelegd.'),
        magWijzigen(context) ? definitieFormulier(data, gemeenten).element : null),
        sectie(level, 'Regels', tabel({
          titel: 'Regels met hun geldigheid', kenmerk: 'data-parameters',
          kolommen: ['Regel', 'Waarde', 'Geldig vanaf', 'Geldig tot en met', 'Bron', 'Toelichting'],
          rijen: data.parameters.map((p) => ({ props: { 'data-regel': p.regel }, cells: [REGELS[p.regel] ?? p.regel, `${nummer(p.waarde)} ${p.eenheid}`,
            p.geldigVanaf, p.geldigTot ?? '–', p.bron ?? '–', p.toelichting ?? '–'] })),
          leeg: 'Er zijn nog geen regels vastgelegd.',
        }), magWijzigen(context) ? parameterFormulier(data).element : null),
        sectie(level, 'Vakanties zonder voorschoolse educatie', tabel({
          titel: 'Vakanties', kenmerk: 'data-vakanties', kolommen: ['Vakantie', 'Van', 'Tot en met'],
          rijen: data.vakanties.map((v) => [v.naam, v.van, v.tot]), leeg: 'Er zijn geen vakanties vastgelegd: alle schooldagen tellen mee.',
        }), magWijzigen(context) ? vakantieFormulier().element : null),
        sectie(level, 'SiSa-indeling', tabel({
          titel: 'SiSa-indicatoren en de soorten maatregelen die eronder vallen', kenmerk: 'data-sisa-indeling',
          kolommen: ['Indicator', 'Omschrijving', 'Soorten maatregelen', 'Telt', 'Jaren', 'Toelichting'],
          rijen: data.sisa.map((i) => [i.code, i.omschrijving, i.soorten.join(', '), i.grootheid,
            `${i.vanafJaar ?? '…'} – ${i.totJaar ?? '…'}`, i.toelichting ?? '–']),
          leeg: 'Er is geen SiSa-indeling.',
        }), h('p', { class: 'wij-paragraph' }, 'De indeling wijzigt u in de ',
          h('a', { class: 'wij-link', href: '#weergave/nl.wij.core.editors.view.verkenner' }, 'Modelverkenner'), ' (Sisa indicator).')));
    } catch (error) {
      notice.error(`De regels konden niet worden opgehaald: ${error.message}`);
    }
  }

  function parameterFormulier(data) {
    return formulier({
      notice, level: level + 1, titel: 'Nieuwe waarde van een regel', knop: 'Waarde opslaan', actie: 'regel-opslaan',
      velden: [
        { naam: 'regel', label: 'Regel', type: 'select', verplicht: true, opties: data.regels.map((r) => [r, REGELS[r] ?? r]) },
        { naam: 'waarde', label: 'Waarde', type: 'number', verplicht: true },
        { naam: 'geldigVanaf', label: 'Geldig vanaf', type: 'date', verplicht: true },
        { naam: 'geldigTot', label: 'Geldig tot en met', type: 'date' },
        { naam: 'bron', label: 'Bron', uitleg: 'Bijvoorbeeld het wetsartikel of het collegebesluit.' },
        { naam: 'toelichting', label: 'Toelichting', type: 'textarea' },
      ],
      onSubmit: async (v) => { await context.api.post('/api/goab/regels/parameter', v); await laad(); return 'De waarde is opgeslagen.'; },
    });
  }

  function vakantieFormulier() {
    return formulier({
      notice, level: level + 1, titel: 'Vakantie toevoegen', knop: 'Vakantie opslaan', actie: 'vakantie-opslaan',
      velden: [
        { naam: 'naam', label: 'Naam', verplicht: true, uitleg: 'Bijvoorbeeld zomervakantie 2025.' },
        { naam: 'van', label: 'Eerste dag', type: 'date', verplicht: true },
        { naam: 'tot', label: 'Laatste dag', type: 'date', verplicht: true },
      ],
      onSubmit: async (v) => { await context.api.post('/api/goab/regels/vakantie', v); await laad(); return `${v.naam} is opgeslagen.`; },
    });
  }

  function definitieFormulier(data, gemeenten) {
    const form = formulier({
      notice, level: level + 1, titel: 'Doelgroepdefinitie vastleggen', knop: 'Definitie opslaan', actie: 'definitie-opslaan',
      velden: [
        { naam: 'gemeente', label: 'Gemeente', type: 'select', verplicht: true, opties: gemeenten },
        { naam: 'jaar', label: 'Jaar', type: 'number', verplicht: true, waarde: new Date().getFullYear() },
        { naam: 'vastgesteld', label: 'Vastgesteld door het college op', type: 'date' },
        { naam: 'omschrijving', label: 'Omschrijving', type: 'textarea' },
        { naam: 'criteria', label: 'Criteria', type: 'textarea',
          uitleg: `Eén per regel: code; soort; omschrijving. Soorten: ${data.criteriumSoorten.join(', ')}. Bijvoorbeeld: TAAL; taalindicatie; taalachterstand volgens de JGZ.` },
      ],
      onSubmit: async (v) => {
        const criteria = v.criteria.split('\n').map((regel) => regel.trim()).filter(Boolean).map((regel) => {
          const [code, soort, ...rest] = regel.split(';').map((deel) => deel.trim());
          return { code, soort, omschrijving: rest.join('; ') };
        });
        await context.api.post('/api/goab/regels/doelgroep', { ...v, criteria });
        await laad();
        return `De doelgroepdefinitie ${v.jaar} is opgeslagen.`;
      },
    });
    return form;
  }

  laad();
  return () => element.replaceChildren();
}
