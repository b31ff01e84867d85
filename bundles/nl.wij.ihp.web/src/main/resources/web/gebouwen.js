// View "Gebouwen": the inventory of the chosen gemeente: schoolgebouwen, gymzalen and tijdelijke
// huisvesting with size, age, state, energy label, Frisse Scholen class and ventilation. Add, change
// and delete here (POST/PUT/DELETE /api/ihp/objecten/Gebouw); which vestiging uses which part is in
// the view Vestiging. Rows marked "voorbeeld" are invented examples, never real buildings.

import { confirmAction, h, heading, replaceChildren, scrollableTable, table } from '/workbench/dom.js';
import {
  aantal, announceChange, canEdit, formulier, gekozenGebouw, gemeente, gemeenteKiezer, kiesGebouw, m2, num, reloadOnChange, viewFrame, voorbeeldLabel,
} from './ihp.js';

const JA_NEE = [['true', 'Ja'], ['false', 'Nee']];

export function render(element, context) {
  const { level, notice, toolbar, inhoud } = viewFrame(element, context,
    'Gebouwgegevens zijn geen open data: ze komen van de gemeente zelf. Rijen met het label voorbeeld zijn verzonnen.');
  const lijst = h('div', {});
  const bewerken = h('div', { class: 'ihp-sectie' });
  inhoud.append(lijst, bewerken);

  async function load() {
    try {
      const code = await gemeente(context.api);
      replaceChildren(toolbar, await gemeenteKiezer(context.api, () => load()));
      const data = await context.api.get(`/api/ihp/gebouwen?gemeente=${encodeURIComponent(code)}`);
      const gebruikers = new Map();
      for (const g of data.gebruik) {
        const key = g.waarden.gebouw.sleutel;
        gebruikers.set(key, [...(gebruikers.get(key) ?? []), g.waarden.vestiging.label]);
      }
      const gekozen = data.gebouwen.find((g) => g.sleutel === gekozenGebouw());
      replaceChildren(lijst, scrollableTable(table({
        caption: 'Gebouwen van de gemeente',
        columns: ['Gebouw', 'Soort', 'Bouwjaar', 'BVO', 'Lokalen', 'NEN 2767', 'Energielabel', 'Frisse Scholen', 'Ventilatie gemeten', 'Gebruikt door', 'Acties'],
        rows: data.gebouwen.map((g) => {
          const w = g.waarden;
          return {
            props: { dataset: { gebouw: g.sleutel }, 'aria-current': g.sleutel === gekozenGebouw() ? 'true' : null },
            cells: [
              [g.label, voorbeeldLabel(w.voorbeeld)], w.soort + (w.tijdelijkTot ? ` tot ${w.tijdelijkTot}` : ''), w.bouwjaar ?? '–',
              num(m2(w.bvoM2)), num(aantal(w.aantalLokalen)), w.conditiescore ?? '–', w.energielabel ?? '–', w.frisseScholenKlasse ?? 'onbekend',
              w.ventilatieGemeten === null ? 'onbekend' : (w.ventilatieGemeten ? 'ja' : 'nee'), (gebruikers.get(g.sleutel) ?? []).join('; ') || '–',
              canEdit(context) ? [
                h('button', { type: 'button', class: 'wij-button wij-button--secondary wij-button--small', dataset: { actie: 'wijzig', gebouw: g.sleutel },
                  onclick: () => { kiesGebouw(g.sleutel); } }, 'Wijzigen'),
                ' ',
                confirmAction({
                  label: 'Verwijderen', question: `Gebouw ${g.label} verwijderen?`, confirmLabel: 'Ja, verwijderen',
                  onConfirm: async () => {
                    try {
                      await context.api.del(`/api/ihp/objecten/Gebouw/${encodeURIComponent(g.sleutel)}`);
                      notice.success(`Gebouw ${g.label} is verwijderd.`);
                      announceChange();
                    } catch (error) { notice.error(error.message); }
                  },
                }),
              ] : '',
            ],
          };
        }),
        empty: 'Nog geen gebouwen in de inventaris.',
      }), 'Gebouwen van de gemeente'));
      if (canEdit(context)) {
        replaceChildren(bewerken, heading(level, gekozen ? `Gebouw ${gekozen.label} wijzigen` : 'Gebouw toevoegen'),
          gebouwFormulier(code, gekozen, volgendeCode(data.gebouwen)),
          gekozen ? h('button', { type: 'button', class: 'wij-button wij-button--subtle', onclick: () => kiesGebouw(null) }, 'Nieuw gebouw in plaats daarvan') : null);
      }
    } catch (error) {
      notice.error(error.message);
    }
  }

  function gebouwFormulier(code, gebouw, nieuweCode) {
    const w = gebouw?.waarden ?? {};
    const velden = [
      gebouw ? null : { naam: 'code', label: 'Code', type: 'text', verplicht: true, waarde: nieuweCode, uitleg: 'Eigen code van de gemeente, bijvoorbeeld G0012.' },
      { naam: 'naam', label: 'Naam', type: 'text', verplicht: true, waarde: w.naam },
      { naam: 'soort', label: 'Soort', type: 'select', verplicht: true, waarde: w.soort ?? 'school',
        opties: [['school', 'Schoolgebouw'], ['gymzaal', 'Gymzaal'], ['tijdelijk', 'Tijdelijke huisvesting']] },
      { naam: 'straat', label: 'Straat', type: 'text', waarde: w.straat },
      { naam: 'huisnummer', label: 'Huisnummer', type: 'text', waarde: w.huisnummer },
      { naam: 'postcode', label: 'Postcode', type: 'text', waarde: w.postcode, uitleg: 'Bijvoorbeeld 1501 AB.' },
      { naam: 'plaats', label: 'Plaats', type: 'text', waarde: w.plaats },
      { naam: 'bagId', label: 'BAG-id van het pand', type: 'text', waarde: w.bagId, uitleg: 'Zestien cijfers; niet verplicht.' },
      { naam: 'bouwjaar', label: 'Bouwjaar', type: 'number', waarde: w.bouwjaar },
      { naam: 'bvoM2', label: 'BVO in m²', type: 'number', waarde: w.bvoM2 },
      { naam: 'aantalLokalen', label: 'Lokalen', type: 'number', waarde: w.aantalLokalen },
      { naam: 'eigenaar', label: 'Eigenaar', type: 'select', waarde: w.eigenaar, opties: [['gemeente', 'Gemeente'], ['schoolbestuur', 'Schoolbestuur'], ['derde', 'Derde']] },
      { naam: 'conditiescore', label: 'Conditiescore NEN 2767 (1-6)', type: 'number', waarde: w.conditiescore },
      { naam: 'energielabel', label: 'Energielabel', type: 'text', waarde: w.energielabel },
      { naam: 'frisseScholenKlasse', label: 'Frisse Scholen-klasse', type: 'select', waarde: w.frisseScholenKlasse, opties: [['A', 'A'], ['B', 'B'], ['C', 'C']] },
      { naam: 'ventilatieGemeten', label: 'Ventilatie gemeten', type: 'select', waarde: w.ventilatieGemeten, opties: JA_NEE },
      { naam: 'ventilatieMeetdatum', label: 'Datum meting', type: 'date', waarde: w.ventilatieMeetdatum },
      { naam: 'ventilatieVoldoet', label: 'Voldoet aan de ventilatienorm', type: 'select', waarde: w.ventilatieVoldoet, opties: JA_NEE },
      { naam: 'ventilatieToelichting', label: 'Uitkomst meting', type: 'textarea', waarde: w.ventilatieToelichting },
      { naam: 'levensduurJaren', label: 'Eigen levensduur (jaren)', type: 'number', waarde: w.levensduurJaren, uitleg: 'Leeg: de levensduur uit de verordening.' },
      { naam: 'schoolpleinM2', label: 'Schoolplein in m²', type: 'number', waarde: w.schoolpleinM2 },
      { naam: 'tijdelijkTot', label: 'Tijdelijk tot', type: 'date', waarde: w.tijdelijkTot, uitleg: 'Alleen bij tijdelijke huisvesting.' },
      { naam: 'voorbeeld', label: 'Voorbeeld (verzonnen gebouw)', type: 'checkbox', waarde: w.voorbeeld },
    ].filter(Boolean);
    return formulier({
      id: 'ihp-gebouw-formulier',
      knop: gebouw ? 'Wijzigingen opslaan' : 'Gebouw toevoegen',
      velden,
      onSubmit: async (values) => {
        if (gebouw) {
          await context.api.put(`/api/ihp/objecten/Gebouw/${encodeURIComponent(gebouw.sleutel)}`, { waarden: values });
          notice.success(`Gebouw ${gebouw.label} is opgeslagen.`);
        } else {
          const saved = await context.api.post('/api/ihp/objecten/Gebouw', { waarden: { ...values, gemeente: code } });
          notice.success(`Gebouw ${saved.label} is toegevoegd. Koppel het in de weergave Vestiging aan de vestiging die het gebruikt.`);
        }
        announceChange();
      },
    });
  }

  return reloadOnChange(load, ['wij-ihp:gebouw']);
}

function volgendeCode(gebouwen) {
  const nummers = gebouwen.map((g) => /^G(\d+)$/.exec(g.sleutel)).filter(Boolean).map((m) => Number(m[1]));
  return `G${String((nummers.length ? Math.max(...nummers) : 0) + 1).padStart(4, '0')}`;
}
