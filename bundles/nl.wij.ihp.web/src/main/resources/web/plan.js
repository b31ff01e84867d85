// View "Huisvestingsplan": the IHP of the chosen gemeente. A plan version (concept, vastgesteld,
// vervallen) with its projects, each with its cost (own estimate or m2 x indexed normbedrag) and who
// pays (the legal split, doordecentralisatie, or the project's own payer); totals per year and payer
// as a table and a stacked chart; a new version copies the projects; any two versions side by side
// with their differences. Data: GET /api/ihp/plannen?gemeente=, /api/ihp/plannen/<code>,
// /api/ihp/verschil?oud=&nieuw=; changes: /api/ihp/objecten/{Plan,Project}, POST /api/ihp/plannen/<code>/versie.

import { confirmAction, formField, h, heading, replaceChildren, scrollableTable, table } from '/workbench/dom.js';
import {
  announceChange, bedrag, canEdit, formulier, gemeente, gemeenteKiezer, grafiek, m2, num, reloadOnChange, viewFrame,
} from './ihp.js';

const SOORTEN = [['nieuwbouw', 'Nieuwbouw'], ['vervanging', 'Vervanging'], ['uitbreiding', 'Uitbreiding'], ['tijdelijkeHuisvesting', 'Tijdelijke huisvesting'],
  ['eersteInrichting', 'Eerste inrichting'], ['constructiefout', 'Constructiefout'], ['schade', 'Schade'], ['renovatie', 'Renovatie of verduurzaming'],
  ['onderhoud', 'Onderhoud'], ['aanpassing', 'Aanpassing'], ['herstel', 'Herstel'], ['leermiddelen', 'Leer- en hulpmiddelen']];
const STATUS = [['gepland', 'Gepland'], ['voorbereiding', 'In voorbereiding'], ['uitvoering', 'In uitvoering'], ['gereed', 'Gereed'], ['vervallen', 'Vervallen']];
const PRIORITEIT = [['hoog', 'Hoog'], ['middel', 'Middel'], ['laag', 'Laag']];
const PLANSTATUS = [['concept', 'Concept'], ['vastgesteld', 'Vastgesteld'], ['vervallen', 'Vervallen']];

let gekozenPlan = null;
let vergelijkMet = null;

export function render(element, context) {
  const { level, notice, toolbar, inhoud } = viewFrame(element, context);
  let chart = null;

  async function load() {
    try {
      const code = await gemeente(context.api);
      const [lijst, vestigingen] = await Promise.all([
        context.api.get(`/api/ihp/plannen?gemeente=${encodeURIComponent(code)}`),
        context.api.get(`/api/ihp/vestigingen?gemeente=${encodeURIComponent(code)}`),
      ]);
      const plannen = lijst.plannen;
      if (!plannen.some((p) => p.sleutel === gekozenPlan)) {
        gekozenPlan = plannen[0]?.sleutel ?? null;
      }
      const select = h('select', { class: 'wij-select', dataset: { ihp: 'plan' } },
        plannen.map((p) => h('option', { value: p.sleutel, selected: p.sleutel === gekozenPlan }, `${p.label}, ${p.waarden.status}`)));
      select.addEventListener('change', () => { gekozenPlan = select.value; load(); });
      replaceChildren(toolbar, await gemeenteKiezer(context.api, () => load()),
        plannen.length ? formField({ label: 'Planversie', control: select }).element : null);
      replaceChildren(inhoud);
      if (gekozenPlan) {
        await toonPlan(code, gekozenPlan, plannen, vestigingen.vestigingen);
      } else {
        inhoud.append(h('p', {}, 'Deze gemeente heeft nog geen huisvestingsplan.'));
      }
      if (canEdit(context)) {
        inhoud.append(h('div', {}, heading(level, 'Nieuw plan'), nieuwPlan(code)));
      }
    } catch (error) {
      notice.error(error.message);
    }
  }

  async function toonPlan(code, planCode, plannen, vestigingen) {
    const data = await context.api.get(`/api/ihp/plannen/${encodeURIComponent(planCode)}`);
    const plan = data.plan.waarden;
    const jaren = data.totalen.perJaar;
    const grafiekElement = h('div', { class: 'ihp-grafiek' });
    const volgende = Math.max(0, ...data.projecten.map((p) => p.waarden.nummer)) + 1;
    inhoud.append(h('div', {},
      heading(level, data.plan.label),
      h('p', {}, `Status: ${plan.status}. Vanaf ${plan.beginjaar}${plan.looptijdJaren ? `, ${plan.looptijdJaren} jaar` : ''}.`
        + (plan.vorigeVersie ? ` Afgeleid van ${plan.vorigeVersie.label}.` : '') + (plan.toelichting ? ` ${plan.toelichting}` : '')),
      h('p', { dataset: { ihp: 'plantotaal' } }, h('strong', {}, `Totaal: ${bedrag(data.totalen.totaal)}`),
        ` (gemeente ${bedrag(data.totalen.perBetaler.gemeente)}, schoolbesturen ${bedrag(data.totalen.perBetaler.schoolbestuur)}).`),
      heading(level + 1, 'Projecten'),
      scrollableTable(table({
        caption: 'Projecten van deze planversie',
        columns: ['Nr.', 'Project', 'Soort', 'Vestigingen', 'Jaar', 'Oppervlakte', 'Kosten', 'Betaler', 'Prioriteit', 'Status', 'Instemming', 'Acties'],
        rowHeader: 1,
        rows: data.projecten.map((p) => {
          const w = p.waarden;
          return {
            props: { dataset: { project: p.sleutel } },
            cells: [String(w.nummer), w.naam, w.soort, w.vestigingen.map((v) => v.label).join('; ') || '–', String(w.jaar), num(m2(w.m2)),
              num(bedrag(p.kosten)), p.betaler ?? 'niet vastgelegd', w.prioriteit, w.status,
              w.instemming.map((b) => b.label).join('; ') || '–',
              canEdit(context) ? confirmAction({
                label: 'Verwijderen', question: `Project ${w.nummer} verwijderen?`, confirmLabel: 'Ja, verwijderen',
                onConfirm: async () => {
                  try {
                    await context.api.del(`/api/ihp/objecten/Project/${encodeURIComponent(p.sleutel)}`);
                    notice.success(`Project ${w.nummer} is verwijderd.`);
                    announceChange();
                  } catch (error) { notice.error(error.message); }
                },
              }) : ''],
          };
        }),
        empty: 'Nog geen projecten in deze versie.',
      }), 'Projecten'),
      data.totalen.onvolledig.length ? h('div', {}, h('p', {}, 'Niet in de totalen:'), h('ul', { class: 'wij-list' },
        data.totalen.onvolledig.map((o) => h('li', {}, `Project ${o.nummer} (${o.naam}): ${o.reden}.`)))) : null,
      canEdit(context) ? [heading(level + 1, 'Project toevoegen'), formulier({
        id: 'ihp-project-formulier', knop: 'Project toevoegen',
        velden: [
          { naam: 'nummer', label: 'Nummer', type: 'number', verplicht: true, waarde: volgende },
          { naam: 'naam', label: 'Omschrijving', type: 'text', verplicht: true },
          { naam: 'soort', label: 'Soort voorziening', type: 'select', verplicht: true, opties: SOORTEN },
          { naam: 'vestigingen', label: 'Vestigingen', type: 'multi', opties: vestigingen.map((v) => [v.sleutel, v.label]) },
          { naam: 'jaar', label: 'Jaar van uitvoering', type: 'number', verplicht: true, waarde: plan.beginjaar },
          { naam: 'm2', label: 'Oppervlakte (m² BVO)', type: 'number' },
          { naam: 'kostenraming', label: 'Eigen kostenraming (euro)', type: 'number', uitleg: 'Leeg: oppervlakte maal het geïndexeerde normbedrag.' },
          { naam: 'betaler', label: 'Afwijkende betaler', type: 'select', opties: [['gemeente', 'Gemeente'], ['schoolbestuur', 'Schoolbestuur']],
            uitleg: 'Leeg: de wettelijke verdeling. Bij renovatie verplicht om mee te tellen.' },
          { naam: 'prioriteit', label: 'Prioriteit', type: 'select', verplicht: true, opties: PRIORITEIT },
          { naam: 'status', label: 'Status', type: 'select', verplicht: true, opties: STATUS },
          { naam: 'toelichting', label: 'Toelichting', type: 'textarea' },
        ],
        onSubmit: async (values) => {
          await context.api.post('/api/ihp/objecten/Project', { waarden: { ...values, plan: planCode } });
          notice.success(`Project ${values.nummer} is toegevoegd; de totalen zijn bijgewerkt.`);
          announceChange();
        },
      })] : null,
      heading(level + 1, 'Kosten per jaar en betaler'),
      grafiekElement,
      scrollableTable(table({
        caption: 'Kosten per jaar en betaler',
        columns: ['Jaar', 'Gemeente', 'Schoolbesturen', 'Totaal'],
        rows: jaren.map((j) => ({ props: { dataset: { jaar: String(j.jaar) } },
          cells: [String(j.jaar), num(bedrag(j.gemeente)), num(bedrag(j.schoolbestuur)), num(bedrag(j.gemeente + j.schoolbestuur))] })),
        empty: 'Geen kosten.',
      }), 'Kosten per jaar en betaler'),
      canEdit(context) ? [heading(level + 1, 'Versie'), versieBeheer(data.plan)] : null,
      plannen.length > 1 ? [heading(level + 1, 'Versies vergelijken'), await vergelijking(planCode, plannen)] : null));
    chart?.destroy?.();
    chart = await grafiek(grafiekElement, {
      type: 'stacked', title: `Kosten per jaar en betaler, ${data.plan.label}`,
      description: 'Geraamde kosten van de projecten per jaar van uitvoering, gestapeld naar wie betaalt.',
      source: 'Bron: gemeente (huisvestingsplan, normbedragen)',
      x: { label: 'Jaar', categories: jaren.map((j) => String(j.jaar)) }, y: { label: 'Kosten', unit: 'euro' },
      series: [{ name: 'Gemeente', values: jaren.map((j) => j.gemeente) }, { name: 'Schoolbesturen', values: jaren.map((j) => j.schoolbestuur) }],
    });
  }

  function versieBeheer(plan) {
    return h('div', {},
      formulier({
        knop: 'Status opslaan',
        velden: [{ naam: 'status', label: 'Status', type: 'select', verplicht: true, waarde: plan.waarden.status, opties: PLANSTATUS },
          { naam: 'vastgesteldOp', label: 'Vastgesteld op', type: 'date', waarde: plan.waarden.vastgesteldOp }],
        onSubmit: async (values) => {
          await context.api.put(`/api/ihp/objecten/Plan/${encodeURIComponent(plan.sleutel)}`, { waarden: values });
          notice.success(`De status van ${plan.label} is ${values.status}.`);
          announceChange();
        },
      }),
      formulier({
        id: 'ihp-versie-formulier', knop: 'Nieuwe versie maken',
        velden: [{ naam: 'code', label: 'Code van de nieuwe versie', type: 'text', verplicht: true, waarde: `${plan.sleutel}-v2` },
          { naam: 'naam', label: 'Naam', type: 'text' }],
        onSubmit: async (values) => {
          const nieuw = await context.api.post(`/api/ihp/plannen/${encodeURIComponent(plan.sleutel)}/versie`, values);
          gekozenPlan = nieuw.sleutel;
          vergelijkMet = plan.sleutel;
          notice.success(`Versie ${nieuw.label} is gemaakt met alle projecten.`);
          announceChange();
        },
      }));
  }

  async function vergelijking(planCode, plannen) {
    const anderen = plannen.filter((p) => p.sleutel !== planCode);
    if (!anderen.some((p) => p.sleutel === vergelijkMet)) {
      vergelijkMet = anderen[0].sleutel;
    }
    const select = h('select', { class: 'wij-select', dataset: { ihp: 'vergelijk' } },
      anderen.map((p) => h('option', { value: p.sleutel, selected: p.sleutel === vergelijkMet }, p.label)));
    select.addEventListener('change', () => { vergelijkMet = select.value; load(); });
    const data = await context.api.get(`/api/ihp/verschil?oud=${encodeURIComponent(vergelijkMet)}&nieuw=${encodeURIComponent(planCode)}`);
    const rows = data.wijzigingen.map((w) => ({
      props: { dataset: { nummer: String(w.nummer), soort: w.soort } },
      cells: [String(w.nummer), w.naam, { TOEGEVOEGD: 'toegevoegd', VERWIJDERD: 'verwijderd', GEWIJZIGD: 'gewijzigd' }[w.soort],
        w.velden.map((v) => `${v.naam}: ${v.oud ?? '–'} → ${v.nieuw ?? '–'}`).join('; ') || '–'],
    }));
    return h('div', {}, formField({ label: 'Vergelijk met', control: select }).element,
      scrollableTable(table({ caption: 'Verschillen met de gekozen versie', columns: ['Nr.', 'Project', 'Verschil', 'Wat'], rows,
        empty: 'Geen verschillen in de projecten.' }), 'Verschillen'));
  }

  function nieuwPlan(code) {
    return formulier({
      id: 'ihp-plan-formulier', knop: 'Plan aanmaken',
      velden: [
        { naam: 'code', label: 'Code', type: 'text', verplicht: true, waarde: `IHP-${new Date().getFullYear()}` },
        { naam: 'naam', label: 'Naam', type: 'text', verplicht: true, waarde: 'Integraal huisvestingsplan' },
        { naam: 'beginjaar', label: 'Eerste jaar', type: 'number', verplicht: true, waarde: new Date().getFullYear() },
        { naam: 'looptijdJaren', label: 'Looptijd (jaren)', type: 'number', uitleg: 'Leeg: de looptijd uit de verordening (standaard 16).' },
      ],
      onSubmit: async (values) => {
        const plan = await context.api.post('/api/ihp/objecten/Plan', { waarden: { ...values, gemeente: code, status: 'concept' } });
        gekozenPlan = plan.sleutel;
        notice.success(`Plan ${plan.label} is aangemaakt.`);
        announceChange();
      },
    });
  }

  const stop = reloadOnChange(load);
  return () => {
    stop();
    chart?.destroy?.();
  };
}
