// View "Vestiging": one vestiging of the chosen gemeente with the buildings it uses (gebruik: which
// part of which building, gymzalen and tijdelijke huisvesting included) and its ruimtebehoefte per
// year as a chart and a table. A beleidsmedewerker adds or ends a gebruik here.
// Data: GET /api/ihp/vestigingen?gemeente=, GET /api/ihp/vestigingen/<brin6>, GET /api/ihp/gebouwen?gemeente=;
// changes: POST/PUT/DELETE /api/ihp/objecten/Gebruik.

import { confirmAction, formField, h, heading, replaceChildren, scrollableTable, table } from '/workbench/dom.js';
import {
  aantal, announceChange, canEdit, formulier, gekozenVestiging, gemeente, gemeenteKiezer, grafiek, kiesGebouw, kiesVestiging, m2, num, oordeel, procent, reloadOnChange, viewFrame, viewLink, VIEWS, voorbeeldLabel,
} from './ihp.js';

export function render(element, context) {
  const { level, notice, toolbar, inhoud } = viewFrame(element, context);
  let chart = null;

  async function load() {
    try {
      const code = await gemeente(context.api);
      const lijst = await context.api.get(`/api/ihp/vestigingen?gemeente=${encodeURIComponent(code)}`);
      const vestigingen = lijst.vestigingen;
      let brin6 = gekozenVestiging();
      if (!vestigingen.some((v) => v.sleutel === brin6)) {
        brin6 = vestigingen[0]?.sleutel ?? null;
      }
      const select = h('select', { class: 'wij-select', dataset: { ihp: 'vestiging' } },
        vestigingen.map((v) => h('option', { value: v.sleutel, selected: v.sleutel === brin6 }, v.label)));
      select.addEventListener('change', () => kiesVestiging(select.value));
      replaceChildren(toolbar, await gemeenteKiezer(context.api, () => load()), formField({ label: 'Vestiging', control: select }).element);
      if (brin6) {
        await toon(code, brin6);
      } else {
        replaceChildren(inhoud, h('p', {}, 'Deze gemeente heeft geen vestigingen.'));
      }
    } catch (error) {
      notice.error(error.message);
    }
  }

  async function toon(code, brin6) {
    const [dossier, inventaris] = await Promise.all([
      context.api.get(`/api/ihp/vestigingen/${encodeURIComponent(brin6)}`),
      context.api.get(`/api/ihp/gebouwen?gemeente=${encodeURIComponent(code)}`),
    ]);
    const v = dossier.vestiging.waarden;
    const gebouwen = new Map(inventaris.gebouwen.map((g) => [g.sleutel, g]));
    const grafiekElement = h('div', { class: 'ihp-grafiek', id: 'ihp-capaciteitsgrafiek' });
    replaceChildren(inhoud,
      heading(level, dossier.vestiging.label, { dataset: { brin6 } }),
      h('p', {}, [v.soort ? `Soort: ${v.soort}. ` : '', v.plaats ? `Plaats: ${v.plaats}. ` : '', v.denominatie ? `Denominatie: ${v.denominatie}.` : '']),
      heading(level + 1, 'Gebouwen in gebruik'),
      scrollableTable(table({
        caption: 'Gebouwen die de vestiging gebruikt',
        columns: ['Gebouw', 'Soort', 'Gebruikt deel', 'Lokalen', 'Van', 'Tot en met', 'Acties'],
        rows: dossier.gebruik.map((g) => {
          const gebouw = gebouwen.get(g.waarden.gebouw.sleutel);
          return {
            props: { dataset: { gebruik: g.sleutel } },
            cells: [
              [viewLink(context, VIEWS.gebouwen, g.waarden.gebouw.label, () => kiesGebouw(g.waarden.gebouw.sleutel)), voorbeeldLabel(gebouw?.waarden.voorbeeld)],
              gebouw?.waarden.soort ?? '', num(g.waarden.bvoM2 === null ? `heel gebouw (${m2(gebouw?.waarden.bvoM2)})` : m2(g.waarden.bvoM2)),
              num(aantal(g.waarden.aantalLokalen)), g.waarden.vanafJaar ?? '', g.waarden.totJaar ?? '',
              canEdit(context) ? confirmAction({
                label: 'Verwijderen', question: `Gebruik van ${g.waarden.gebouw.label} verwijderen?`, confirmLabel: 'Ja, verwijderen',
                onConfirm: async () => {
                  try {
                    await context.api.del(`/api/ihp/objecten/Gebruik/${encodeURIComponent(g.sleutel)}`);
                    notice.success('Het gebruik is verwijderd.');
                    announceChange();
                  } catch (error) { notice.error(error.message); }
                },
              }) : '',
            ],
          };
        }),
        empty: 'Nog geen gebouw in de inventaris voor deze vestiging: de beschikbare ruimte is onbekend.',
      }), 'Gebouwen in gebruik'),
      canEdit(context) && inventaris.gebouwen.length ? [heading(level + 1, 'Gebouw in gebruik nemen'), formulier({
        id: 'ihp-gebruik-formulier',
        knop: 'Gebruik toevoegen',
        velden: [
          { naam: 'gebouw', label: 'Gebouw', type: 'select', verplicht: true, opties: inventaris.gebouwen.map((g) => [g.sleutel, `${g.label}, ${g.waarden.soort}${g.waarden.voorbeeld ? ' (voorbeeld)' : ''}`]) },
          { naam: 'bvoM2', label: 'Gebruikt deel in m² BVO', type: 'number', uitleg: 'Leeg: het hele gebouw.' },
          { naam: 'aantalLokalen', label: 'Lokalen', type: 'number' },
          { naam: 'vanafJaar', label: 'Vanaf jaar', type: 'number' },
          { naam: 'totJaar', label: 'Tot en met jaar', type: 'number' },
        ],
        onSubmit: async (values) => {
          await context.api.post('/api/ihp/objecten/Gebruik', { waarden: { ...values, vestiging: brin6 } });
          notice.success('Het gebruik is toegevoegd.');
          announceChange();
        },
      })] : null,
      canEdit(context) && !inventaris.gebouwen.length
        ? h('p', {}, 'Voeg eerst een gebouw toe in de weergave ', viewLink(context, VIEWS.gebouwen, 'Gebouwen'), '.') : null,
      heading(level + 1, 'Capaciteit en ruimtebehoefte per jaar'),
      grafiekElement,
      scrollableTable(table({
        caption: 'Ruimtebehoefte per jaar',
        columns: ['Jaar', 'Bron', 'Leerlingen', 'Normatief', 'Beschikbaar', 'Verschil', 'Verschil %', 'Oordeel', 'Schoolplein (norm)'],
        rows: dossier.jaren.map((r) => ({
          props: { dataset: { jaar: String(r.jaar), bron: r.bron } },
          cells: [String(r.jaar), r.bron, num(aantal(r.leerlingen)), num(m2(r.normatiefM2)), num(m2(r.beschikbaarM2)),
            num(m2(r.verschilM2)), num(procent(r.verschilProcent)), oordeel(r.oordeel, r.oordeelTekst), num(m2(r.schoolpleinNormM2))],
        })),
        empty: 'Geen tellingen of prognoses voor deze vestiging.',
      }), 'Ruimtebehoefte per jaar'));
    chart?.destroy?.();
    chart = await grafiek(grafiekElement, {
      type: 'bar',
      title: `Capaciteit en normatieve ruimtebehoefte, ${dossier.vestiging.label}`,
      description: 'Beschikbare m² BVO in de gebouwen tegenover de normatieve ruimtebehoefte per jaar, uit tellingen en prognoses.',
      source: 'Bron: DUO (leerlingen), gemeente (gebouwen, verordening)',
      x: { label: 'Jaar', categories: dossier.jaren.map((r) => (r.bron === 'prognose' ? `${r.jaar} (prognose)` : String(r.jaar))) },
      y: { label: 'Oppervlakte', unit: 'm² BVO' },
      series: [
        { name: 'Normatieve ruimtebehoefte', values: dossier.jaren.map((r) => r.normatiefM2) },
        { name: 'Beschikbaar', values: dossier.jaren.map((r) => r.beschikbaarM2) },
      ],
    });
  }

  const stop = reloadOnChange(load, ['wij-ihp:vestiging']);
  return () => {
    stop();
    chart?.destroy?.();
  };
}
