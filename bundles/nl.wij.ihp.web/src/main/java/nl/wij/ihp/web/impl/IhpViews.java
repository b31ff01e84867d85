package nl.wij.ihp.web.impl;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.wij.core.model.CorePackage;
import nl.wij.core.views.AnalyticalView;
import nl.wij.core.views.ViewColumn;
import nl.wij.core.views.StarterQuery;
import nl.wij.core.views.StarterQueryProvider;
import nl.wij.core.views.ViewProvider;
import nl.wij.ihp.model.IhpPackage;

/**
 * The IHP's analytical views: {@code ihp.ruimtebehoefte} (one row per vestiging per year with a count
 * or a forecast: pupils, normative need, available space, difference) and {@code ihp.plantotalen}
 * (the cost of each plan version per year and payer). The need is computed in SQL by the same rules
 * as {@code nl.wij.ihp.logic.Ruimtebehoefte} (tested against it): the verordening of the gemeente
 * valid in that year, else the VNG defaults; per group of pupils the norm of its onderwijstype, else
 * of its soort; the largest base plus pupils times m2 per pupil; unknown when a group has no norm.
 * {@code YEAR()} is Derby's (and DB2's) date function. Starter queries for the analyst workspace answer
 * the raad's questions from these views.
 */
@Component(service = {ViewProvider.class, StarterQueryProvider.class})
public final class IhpViews implements ViewProvider, StarterQueryProvider {

    /** The verordening key that applies to gemeente {@code g} in year {@code j} (SQL fragment, correlated). */
    private static final String RANG = "(CASE WHEN %1$s.GEMEENTE_CODE IS NULL THEN 0 ELSE 10000 END) + COALESCE(%1$s.VANAF_JAAR, 0)";
    private static final String GELDIG = "(%1$s.GEMEENTE_CODE = %2$s OR %1$s.GEMEENTE_CODE IS NULL)"
            + " AND (%1$s.VANAF_JAAR IS NULL OR %1$s.VANAF_JAAR <= %3$s) AND (%1$s.TOT_JAAR IS NULL OR %1$s.TOT_JAAR >= %3$s)";

    static final String RUIMTEBEHOEFTE_SELECT = """
            SELECT r.BRIN6 AS brin6, r.JAAR AS jaar, r.LEERLINGEN AS leerlingen,
                   CASE WHEN r.GROEPEN = r.MET_NORM THEN r.BASIS + r.PER_LEERLING END AS normatief_bvo_m2,
                   (%1$s) AS beschikbaar_bvo_m2,
                   (%1$s) - CASE WHEN r.GROEPEN = r.MET_NORM THEN r.BASIS + r.PER_LEERLING END AS verschil_m2,
                   r.BRON AS bron
            FROM (
              SELECT n.BRIN6, n.JAAR, n.BRON, SUM(n.AANTAL) AS LEERLINGEN, COUNT(*) AS GROEPEN, COUNT(n.PL_NORM) AS MET_NORM,
                     MAX(n.BASIS_NORM) AS BASIS, SUM(n.AANTAL * n.PL_NORM) AS PER_LEERLING
              FROM (
                SELECT k.BRIN6, k.JAAR, k.BRON, k.AANTAL,
                       COALESCE(
                         (SELECT MAX(rn.PER_LEERLING_M2) FROM IHP_DATA.RUIMTENORM rn WHERE rn.VERORDENING_SLEUTEL = k.VK
                            AND CASE WHEN LENGTH(k.ONDERWIJSTYPE) >= LENGTH(rn.CATEGORIE)
                                     THEN UPPER(SUBSTR(k.ONDERWIJSTYPE, 1, LENGTH(rn.CATEGORIE))) END = UPPER(rn.CATEGORIE)),
                         (SELECT MAX(rn.PER_LEERLING_M2) FROM IHP_DATA.RUIMTENORM rn WHERE rn.VERORDENING_SLEUTEL = k.VK
                            AND UPPER(rn.CATEGORIE) = UPPER(k.SOORT))) AS PL_NORM,
                       COALESCE(
                         (SELECT MAX(COALESCE(rn.BASIS_M2, 0)) FROM IHP_DATA.RUIMTENORM rn WHERE rn.VERORDENING_SLEUTEL = k.VK
                            AND CASE WHEN LENGTH(k.ONDERWIJSTYPE) >= LENGTH(rn.CATEGORIE)
                                     THEN UPPER(SUBSTR(k.ONDERWIJSTYPE, 1, LENGTH(rn.CATEGORIE))) END = UPPER(rn.CATEGORIE)),
                         (SELECT MAX(COALESCE(rn.BASIS_M2, 0)) FROM IHP_DATA.RUIMTENORM rn WHERE rn.VERORDENING_SLEUTEL = k.VK
                            AND UPPER(rn.CATEGORIE) = UPPER(k.SOORT))) AS BASIS_NORM
                FROM (
                  SELECT g.BRIN6, g.JAAR, g.BRON, g.SOORT, g.ONDERWIJSTYPE, g.AANTAL,
                         (SELECT MAX(vo.SLEUTEL) FROM IHP_DATA.VERORDENING vo WHERE %2$s
                            AND %3$s = (SELECT MAX(%4$s) FROM IHP_DATA.VERORDENING vw WHERE %5$s)) AS VK
                  FROM (
                    SELECT lt.VESTIGING_BRIN6 AS BRIN6, YEAR(lt.PEILDATUM) AS JAAR, CAST('telling' AS VARCHAR(10)) AS BRON,
                           lt.SOORT AS SOORT, lt.ONDERWIJSTYPE AS ONDERWIJSTYPE, SUM(lt.AANTAL) AS AANTAL
                    FROM CORE_DATA.LEERLINGTELLING lt WHERE lt.AANTAL IS NOT NULL
                    GROUP BY lt.VESTIGING_BRIN6, YEAR(lt.PEILDATUM), lt.SOORT, lt.ONDERWIJSTYPE
                    UNION ALL
                    SELECT p.VESTIGING_BRIN6 AS BRIN6, p.JAAR AS JAAR, CAST('prognose' AS VARCHAR(10)) AS BRON,
                           pv.SOORT AS SOORT, p.TYPE AS ONDERWIJSTYPE, SUM(p.AANTAL) AS AANTAL
                    FROM IHP_DATA.LEERLINGPROGNOSE p JOIN CORE_DATA.VESTIGING pv ON pv.BRIN6 = p.VESTIGING_BRIN6
                    WHERE p.BRON = 'gemeente' OR NOT EXISTS (SELECT 1 FROM IHP_DATA.LEERLINGPROGNOSE q
                      WHERE q.VESTIGING_BRIN6 = p.VESTIGING_BRIN6 AND q.JAAR = p.JAAR AND q.BRON = 'gemeente')
                    GROUP BY p.VESTIGING_BRIN6, p.JAAR, pv.SOORT, p.TYPE
                  ) g JOIN CORE_DATA.VESTIGING gv ON gv.BRIN6 = g.BRIN6
                ) k
              ) n
              GROUP BY n.BRIN6, n.JAAR, n.BRON
            ) r""".formatted(
            """
            SELECT SUM(COALESCE(gb.BVO_M2, gw.BVO_M2)) FROM IHP_DATA.GEBRUIK gb JOIN IHP_DATA.GEBOUW gw ON gw.CODE = gb.GEBOUW_CODE
                     WHERE gb.VESTIGING_BRIN6 = r.BRIN6 AND gw.SOORT <> 'gymzaal'
                       AND (gb.VANAF_JAAR IS NULL OR gb.VANAF_JAAR <= r.JAAR) AND (gb.TOT_JAAR IS NULL OR gb.TOT_JAAR >= r.JAAR)
                       AND (gw.TIJDELIJK_TOT IS NULL OR YEAR(gw.TIJDELIJK_TOT) >= r.JAAR)""",
            GELDIG.formatted("vo", "gv.GEMEENTE_CODE", "g.JAAR"), RANG.formatted("vo"), RANG.formatted("vw"),
            GELDIG.formatted("vw", "gv.GEMEENTE_CODE", "g.JAAR"));

    static final String PLANTOTALEN_SELECT = """
            SELECT p.CODE AS plan_code, p.NAAM AS plan_naam, p.STATUS AS plan_status, p.GEMEENTE_CODE AS gemeente_code,
                   pr.JAAR AS jaar, pr.BEREKENDE_BETALER AS betaler, SUM(pr.BEREKENDE_KOSTEN) AS kosten_euro, COUNT(*) AS projecten
            FROM IHP_DATA.PROJECT pr JOIN IHP_DATA.PLAN p ON p.CODE = pr.PLAN_CODE
            WHERE pr.STATUS <> 'vervallen' AND pr.BEREKENDE_KOSTEN IS NOT NULL AND pr.BEREKENDE_BETALER IS NOT NULL
            GROUP BY p.CODE, p.NAAM, p.STATUS, p.GEMEENTE_CODE, pr.JAAR, pr.BEREKENDE_BETALER""";

    private static final List<String> PACKAGES = List.of(CorePackage.eNS_URI, IhpPackage.eNS_URI);

    @Override
    public List<AnalyticalView> views() {
        return List.of(
                new AnalyticalView("ihp", "ruimtebehoefte", "Ruimtebehoefte per vestiging en jaar",
                        "Eén rij per vestiging per jaar met een leerlingtelling (bron telling) of een leerlingprognose (bron prognose): het"
                                + " aantal leerlingen, de normatieve ruimtebehoefte volgens de verordening van de gemeente in dat jaar"
                                + " (zonder eigen verordening de VNG-modelverordening: in het basisonderwijs 200 m2 BVO plus 5,03 m2 BVO per"
                                + " leerling), de beschikbare ruimte uit de gebouwen die de vestiging gebruikt (gymzalen niet meegeteld) en het"
                                + " verschil. Een eigen prognose van de gemeente gaat voor die van DUO. Afgeschermde aantallen (<5) tellen niet"
                                + " mee. Normatief is leeg als er voor een deel van de leerlingen geen norm is; beschikbaar is leeg als de"
                                + " vestiging geen gebouw in de inventaris heeft.",
                        "teldatum 1 oktober van het jaar (kolom jaar)", "Bron: DUO (tellingen, prognoses), gemeente (gebouwen, verordening)",
                        RUIMTEBEHOEFTE_SELECT,
                        List.of(ViewColumn.of("brin6", "VARCHAR", "Vestigingscode (BRIN6), bijvoorbeeld 27ZT00.", ""),
                                ViewColumn.of("jaar", "INTEGER", "Het jaar van de telling of prognose (1 oktober).", ""),
                                ViewColumn.of("leerlingen", "INTEGER", "Aantal leerlingen geteld of verwacht (gepubliceerde aantallen van DUO).", "leerlingen"),
                                ViewColumn.of("normatief_bvo_m2", "DECIMAL", "Normatieve ruimtebehoefte volgens de verordening; leeg als er voor een deel van de leerlingen geen norm is.", "m2 BVO"),
                                ViewColumn.of("beschikbaar_bvo_m2", "DECIMAL", "Beschikbare ruimte in de gebouwen die de vestiging dat jaar gebruikt, zonder gymzalen; leeg zonder gebouwen in de inventaris.", "m2 BVO"),
                                ViewColumn.of("verschil_m2", "DECIMAL", "Beschikbaar min normatief: negatief is een tekort, positief een overschot.", "m2 BVO"),
                                ViewColumn.of("bron", "VARCHAR", "telling (DUO-leerlingtelling) of prognose (DUO of gemeente).", "")),
                        PACKAGES, List.of()),
                new AnalyticalView("ihp", "plantotalen", "Kosten van het huisvestingsplan per jaar en betaler",
                        "Eén rij per versie van het integraal huisvestingsplan, jaar van uitvoering en betaler: de som van de kostenramingen"
                                + " van de projecten die niet vervallen zijn. De kosten zijn de eigen raming van een project of de oppervlakte maal"
                                + " het normbedrag van de verordening, geïndexeerd naar het jaar van uitvoering; de betaler volgt de wettelijke"
                                + " verdeling (gemeente: nieuwbouw, vervanging, uitbreiding, tijdelijke huisvesting, eerste inrichting; schoolbestuur:"
                                + " onderhoud, aanpassing, herstel, leermiddelen), met doordecentralisatie het schoolbestuur. Projecten zonder"
                                + " raming of zonder vastgelegde betaler (renovatie) tellen niet mee.",
                        "jaar van uitvoering (kolom jaar)", "Bron: gemeente (huisvestingsplan)", PLANTOTALEN_SELECT,
                        List.of(ViewColumn.of("plan_code", "VARCHAR", "Code van de planversie.", ""),
                                ViewColumn.of("plan_naam", "VARCHAR", "Naam van de planversie.", ""),
                                ViewColumn.of("plan_status", "VARCHAR", "concept, vastgesteld of vervallen.", ""),
                                ViewColumn.of("gemeente_code", "VARCHAR", "CBS-gemeentecode, bijvoorbeeld GM0479.", ""),
                                ViewColumn.of("jaar", "INTEGER", "Jaar van uitvoering.", ""),
                                ViewColumn.of("betaler", "VARCHAR", "gemeente of schoolbestuur.", ""),
                                ViewColumn.of("kosten_euro", "DECIMAL", "Som van de kostenramingen.", "euro"),
                                ViewColumn.of("projecten", "INTEGER", "Aantal projecten in de som.", "projecten")),
                        List.of(IhpPackage.eNS_URI), List.of()));
    }

    @Override
    public List<StarterQuery> starterQueries() {
        String prefix = "nl.wij.ihp.web.query.";
        return List.of(
                new StarterQuery(prefix + "tekorten", "Welke vestigingen hebben te weinig ruimte, en in welk jaar?",
                        "Alle jaren met een telling of prognose waarin de beschikbare ruimte kleiner is dan de normatieve ruimtebehoefte,"
                                + " het grootste tekort eerst. Alleen vestigingen met gebouwen in de inventaris tellen mee.",
                        "SELECT v.naam, r.brin6, v.gemeente_code, r.jaar, r.bron, r.leerlingen, r.normatief_bvo_m2, r.beschikbaar_bvo_m2,"
                                + " r.verschil_m2 FROM ihp.ruimtebehoefte r JOIN core.vestiging v ON v.brin6 = r.brin6"
                                + " WHERE r.verschil_m2 < 0 ORDER BY r.verschil_m2, r.jaar",
                        List.of("ihp.ruimtebehoefte", "core.vestiging"),
                        new StarterQuery.Chart(StarterQuery.Chart.Type.BAR, "naam", List.of("verschil_m2"))),
                new StarterQuery(prefix + "plankosten", "Wat kost het vastgestelde huisvestingsplan per jaar, en wie betaalt?",
                        "De kostenramingen van de vastgestelde versies van het huisvestingsplan per jaar van uitvoering, apart voor"
                                + " de gemeente en de schoolbesturen. Verander plan_status in 'concept' voor de conceptversies.",
                        "SELECT jaar, SUM(CASE WHEN betaler = 'gemeente' THEN kosten_euro ELSE 0 END) AS gemeente,"
                                + " SUM(CASE WHEN betaler = 'schoolbestuur' THEN kosten_euro ELSE 0 END) AS schoolbestuur"
                                + " FROM ihp.plantotalen WHERE plan_status = 'vastgesteld' GROUP BY jaar ORDER BY jaar",
                        List.of("ihp.plantotalen"),
                        new StarterQuery.Chart(StarterQuery.Chart.Type.STACKED, "jaar", List.of("gemeente", "schoolbestuur"))),
                new StarterQuery(prefix + "ruimtebehoefte-per-gemeente", "Hoeveel ruimte hebben de basisscholen per gemeente nodig?",
                        "De som van de normatieve ruimtebehoefte van alle vestigingen per gemeente, uit de laatste leerlingtelling van"
                                + " elke vestiging; vestigingen zonder norm (bijvoorbeeld sbo zonder eigen norm) tellen niet mee.",
                        "SELECT v.gemeente_code, SUM(r.normatief_bvo_m2) AS normatief_bvo_m2, COUNT(*) AS vestigingen"
                                + " FROM ihp.ruimtebehoefte r JOIN core.vestiging v ON v.brin6 = r.brin6"
                                + " WHERE r.bron = 'telling' AND r.normatief_bvo_m2 IS NOT NULL"
                                + " AND r.jaar = (SELECT MAX(t.jaar) FROM ihp.ruimtebehoefte t WHERE t.brin6 = r.brin6 AND t.bron = 'telling')"
                                + " GROUP BY v.gemeente_code",
                        List.of("ihp.ruimtebehoefte", "core.vestiging"),
                        new StarterQuery.Chart(StarterQuery.Chart.Type.MAP, "gemeente_code", List.of("normatief_bvo_m2"))));
    }
}
