// View "Verordening": the parameters of the chosen gemeente per year, as data: the verordeningen that
// apply (the gemeente's own, else the VNG-model defaults), their ruimtenormen, and the normbedragen
// with their yearly index. Every value is editable and dated. Data: GET /api/ihp/verordening?gemeente=;
// changes: POST/PUT/DELETE /api/ihp/objecten/{Verordening,Ruimtenorm,Normbedrag}.

import { confirmAction, h, heading, replaceChildren, scrollableTable, table } from '/workbench/dom.js';
import {
  announceChange, bedrag, canEdit, formulier, gemeente, gemeenteKiezer, m2, num, procent, reloadOnChange, viewFrame,
} from './ihp.js';

const VOORZIENINGEN = ['nieuwbouw', 'vervanging', 'uitbreiding', 'tijdelijkeHuisvesting', 'eersteInrichting', 'constructiefout', 'schade',
  'renovatie', 'onderhoud', 'aanpassing', 'herstel', 'leermiddelen'];
const PARAMETERS = [
  ['uitbreidingsdrempelProcent', 'Uitbreidingsdrempel (%)'], ['schoolpleinPerLeerlingM2', 'Schoolplein per leerling (m²)'],
  ['schoolpleinMinimumM2', 'Schoolplein minimum (m²)'], ['schoolpleinMaximumM2', 'Schoolplein maximum (m²)'],
  ['levensduurJaren', 'Levensduur gebouw (jaren)'], ['planlooptijdJaren', 'Looptijd plan (jaren)'], ['opheffingsnorm', 'Opheffingsnorm (leerlingen)'],
];

export function render(element, context) {
  const { level, notice, toolbar, inhoud } = viewFrame(element, context);

  async function load() {
    try {
      const code = await gemeente(context.api);
      replaceChildren(toolbar, await gemeenteKiezer(context.api, () => load()));
      const data = await context.api.get(`/api/ihp/verordening?gemeente=${encodeURIComponent(code)}`);
      const geldend = data.verordeningen.find((v) => v.sleutel === data.geldend);
      replaceChildren(inhoud,
        h('p', {}, geldend ? `In ${data.jaar} geldt: ${geldend.waarden.naam}.` : `In ${data.jaar} geldt geen verordening.`),
        heading(level, 'Verordeningen'),
        scrollableTable(table({
          caption: 'Parameters per verordening',
          columns: ['Verordening', 'Gemeente', 'Van', 'Tot en met', ...PARAMETERS.map(([, label]) => label), 'Doordecentralisatie'],
          rows: data.verordeningen.map((v) => ({
            props: { dataset: { verordening: v.sleutel } },
            cells: [v.waarden.naam, v.waarden.gemeente?.label ?? 'VNG-model (standaard)', v.waarden.vanafJaar ?? 'altijd', v.waarden.totJaar ?? '–',
              ...PARAMETERS.map(([naam]) => num(v.waarden[naam] ?? '–')), v.waarden.doordecentralisatie ? 'ja' : 'nee'],
          })),
          empty: 'Geen verordening.',
        }), 'Parameters per verordening'),
        canEdit(context) ? data.verordeningen.map((v) => [heading(level + 1, `${v.waarden.naam} wijzigen`), verordeningFormulier(v)]) : null,
        canEdit(context) && geldend ? [heading(level + 1, 'Eigen verordening vastleggen'),
          h('p', { class: 'ihp-uitleg' }, 'Neemt de waarden en ruimtenormen over van de verordening die nu geldt; pas ze daarna aan.'),
          eigenVerordening(code, geldend, data.ruimtenormen.filter((n) => n.waarden.verordening.sleutel === geldend.sleutel))] : null,
        heading(level, 'Ruimtenormen'),
        h('p', { class: 'ihp-uitleg' }, 'Normatieve ruimtebehoefte = de grootste vaste voet plus per groep leerlingen het aantal maal de m² per leerling. Een norm geldt voor een soort onderwijs (bo, sbo, so, vso, vo) of een onderwijstype (HAVO, VWO, Praktijkonderwijs); een onderwijstype gaat voor de soort.'),
        scrollableTable(table({
          caption: 'Ruimtenormen',
          columns: ['Verordening', 'Categorie', 'Vaste voet', 'Per leerling', 'Toelichting', 'Acties'],
          rows: data.ruimtenormen.map((n) => ({
            props: { dataset: { ruimtenorm: n.sleutel } },
            cells: [n.waarden.verordening.label, n.waarden.categorie, num(m2(n.waarden.basisM2)), num(m2(n.waarden.perLeerlingM2)),
              n.waarden.toelichting ?? '', verwijder('Ruimtenorm', n)],
          })),
          empty: 'Geen ruimtenormen.',
        }), 'Ruimtenormen'),
        canEdit(context) ? formulier({
          id: 'ihp-ruimtenorm-formulier', knop: 'Ruimtenorm toevoegen',
          velden: [
            { naam: 'verordening', label: 'Verordening', type: 'select', verplicht: true, waarde: geldend?.sleutel, opties: data.verordeningen.map((v) => [v.sleutel, v.waarden.naam]) },
            { naam: 'categorie', label: 'Categorie', type: 'text', verplicht: true, uitleg: 'Bijvoorbeeld sbo, so, HAVO of Praktijkonderwijs.' },
            { naam: 'basisM2', label: 'Vaste voet (m² BVO)', type: 'number' },
            { naam: 'perLeerlingM2', label: 'Per leerling (m² BVO)', type: 'number', verplicht: true },
            { naam: 'toelichting', label: 'Toelichting', type: 'text' },
          ],
          onSubmit: async (values) => {
            await context.api.post('/api/ihp/objecten/Ruimtenorm', { waarden: values });
            notice.success(`Ruimtenorm ${values.categorie} is toegevoegd.`);
            announceChange();
          },
        }) : null,
        heading(level, 'Normbedragen'),
        h('p', { class: 'ihp-uitleg' }, 'Bedrag per m² BVO per soort voorziening en jaar, of alleen de indexering van dat jaar. Heeft de gemeente eigen bedragen voor een voorziening, dan gelden die in plaats van de VNG-bedragen.'),
        scrollableTable(table({
          caption: 'Normbedragen',
          columns: ['Voorziening', 'Jaar', 'Bedrag per m²', 'Index', 'Van', 'Bron', 'Acties'],
          rows: data.normbedragen.map((n) => ({
            props: { dataset: { normbedrag: n.sleutel } },
            cells: [n.waarden.voorziening, String(n.waarden.jaar), num(bedrag(n.waarden.bedragPerM2)), num(procent(n.waarden.indexProcent)),
              n.waarden.gemeente?.label ?? 'VNG', n.waarden.bron ?? '', verwijder('Normbedrag', n)],
          })),
          empty: 'Geen normbedragen.',
        }), 'Normbedragen'),
        canEdit(context) ? formulier({
          id: 'ihp-normbedrag-formulier', knop: 'Normbedrag of index toevoegen',
          velden: [
            { naam: 'voorziening', label: 'Voorziening', type: 'select', verplicht: true, opties: VOORZIENINGEN.map((v) => [v, v]) },
            { naam: 'jaar', label: 'Jaar', type: 'number', verplicht: true },
            { naam: 'bedragPerM2', label: 'Bedrag per m² (euro)', type: 'number' },
            { naam: 'indexProcent', label: 'Index t.o.v. vorig jaar (%)', type: 'number' },
            { naam: 'bron', label: 'Bron', type: 'text' },
            { naam: 'eigen', label: 'Eigen bedrag van de gemeente (anders VNG)', type: 'checkbox', waarde: true },
          ],
          onSubmit: async ({ eigen, ...values }) => {
            await context.api.post('/api/ihp/objecten/Normbedrag', { waarden: { ...values, gemeente: eigen ? code : null } });
            notice.success('Het normbedrag is toegevoegd; de kostenramingen van de plannen zijn bijgewerkt.');
            announceChange();
          },
        }) : null);
    } catch (error) {
      notice.error(error.message);
    }
  }

  function verwijder(klasse, object) {
    return canEdit(context) ? confirmAction({
      label: 'Verwijderen', question: `${object.label} verwijderen?`, confirmLabel: 'Ja, verwijderen',
      onConfirm: async () => {
        try {
          await context.api.del(`/api/ihp/objecten/${klasse}/${encodeURIComponent(object.sleutel)}`);
          notice.success(`${object.label} is verwijderd.`);
          announceChange();
        } catch (error) { notice.error(error.message); }
      },
    }) : '';
  }

  function verordeningFormulier(v) {
    const w = v.waarden;
    return formulier({
      knop: 'Opslaan',
      velden: [
        { naam: 'naam', label: 'Naam', type: 'text', verplicht: true, waarde: w.naam },
        { naam: 'totJaar', label: 'Tot en met jaar', type: 'number', waarde: w.totJaar },
        ...PARAMETERS.map(([naam, label]) => ({ naam, label, type: 'number', waarde: w[naam] })),
        { naam: 'bron', label: 'Bron', type: 'text', waarde: w.bron },
        { naam: 'doordecentralisatie', label: 'Doordecentralisatie', type: 'checkbox', waarde: w.doordecentralisatie },
      ],
      onSubmit: async (values) => {
        await context.api.put(`/api/ihp/objecten/Verordening/${encodeURIComponent(v.sleutel)}`, { waarden: values });
        notice.success(`${values.naam} is opgeslagen.`);
        announceChange();
      },
    });
  }

  function eigenVerordening(code, bron, normen) {
    return formulier({
      id: 'ihp-eigen-verordening', knop: 'Eigen verordening vastleggen',
      velden: [
        { naam: 'naam', label: 'Naam', type: 'text', verplicht: true, waarde: 'Verordening voorzieningen huisvesting onderwijs' },
        { naam: 'vanafJaar', label: 'Geldt vanaf jaar', type: 'number', verplicht: true, waarde: new Date().getFullYear() },
      ],
      onSubmit: async (values) => {
        const waarden = { ...values, gemeente: code, bron: `Overgenomen van ${bron.waarden.naam}` };
        for (const [naam] of PARAMETERS) {
          waarden[naam] = bron.waarden[naam];
        }
        waarden.doordecentralisatie = bron.waarden.doordecentralisatie;
        const nieuw = await context.api.post('/api/ihp/objecten/Verordening', { waarden });
        for (const n of normen) {
          await context.api.post('/api/ihp/objecten/Ruimtenorm', { waarden: {
            verordening: nieuw.sleutel, categorie: n.waarden.categorie, basisM2: n.waarden.basisM2, perLeerlingM2: n.waarden.perLeerlingM2,
            toelichting: n.waarden.toelichting } });
        }
        notice.success(`${nieuw.waarden.naam} is vastgelegd met ${normen.length} ruimtenorm(en).`);
        announceChange();
      },
    });
  }

  return reloadOnChange(load);
}
