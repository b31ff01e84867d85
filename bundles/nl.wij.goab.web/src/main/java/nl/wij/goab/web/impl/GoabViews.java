package nl.wij.goab.web.impl;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.wij.core.views.AnalyticalView;
import nl.wij.core.views.StarterQuery;
import nl.wij.core.views.StarterQueryProvider;
import nl.wij.core.views.ViewColumn;
import nl.wij.core.views.ViewProvider;

/**
 * The analytical views of the GOAB module (schema {@code goab}): the CBS achterstandsscores, the
 * measures per year, the uitkering against what was budgeted and spent, the VE-locaties, and the
 * bereik of voorschoolse educatie per wijk as counts only (persons are {@code PERSON_COUNT}, so the
 * platform suppresses small numbers). No view has a row per peuter. Plus two starter queries for
 * analysts: the gemeenten by achterstandsscore per 100 pupils (with a map), and the uitkering
 * against what was budgeted and spent per year.
 */
@Component(service = {ViewProvider.class, StarterQueryProvider.class})
public final class GoabViews implements ViewProvider, StarterQueryProvider {

    static final String GOAB = "https://wij.nl/model/goab/1.0";
    static final String CORE = "https://wij.nl/model/core/1.0";
    private static final String CBS = "Bron: CBS";

    @Override
    public List<AnalyticalView> views() {
        return List.of(achterstandsscore(), maatregelJaar(), uitkering(), veLocatie(), veBereikWijk());
    }

    @Override
    public List<StarterQuery> starterQueries() {
        return List.of(new StarterQuery(GoabContribution.PREFIX + ".query.score-per-gemeente",
                        "Welke gemeenten hebben de hoogste achterstandsscore per 100 leerlingen?",
                        "Per gemeente de basisschoolvestigingen met een CBS-score op de laatste peildatum, hun bekostigde"
                                + " leerlingen, de som van de scores en de score per 100 leerlingen, hoogste eerst. Vestigingen"
                                + " zonder gemeente (nog niet uit DUO ingelezen) tellen niet mee.",
                        "SELECT v.gemeente_code, g.naam, COUNT(*) AS vestigingen, SUM(a.bekostigde_leerlingen) AS leerlingen,"
                                + " SUM(a.score) AS som_score, CAST(100 * SUM(a.score) AS DECIMAL(31, 4))"
                                + " / NULLIF(SUM(a.bekostigde_leerlingen), 0)"
                                + " AS score_per_100 FROM goab.achterstandsscore a JOIN core.vestiging v ON v.brin6 = a.brin6"
                                + " JOIN core.gemeente g ON g.gemeente_code = v.gemeente_code"
                                + " WHERE a.peildatum = (SELECT MAX(peildatum) FROM goab.achterstandsscore)"
                                + " GROUP BY v.gemeente_code, g.naam ORDER BY score_per_100 DESC",
                        List.of("goab.achterstandsscore", "core.vestiging", "core.gemeente"),
                        new StarterQuery.Chart(StarterQuery.Chart.Type.MAP, "gemeente_code", List.of("score_per_100"))),
                new StarterQuery(GoabContribution.PREFIX + ".query.uitkering-besteding",
                        "Hoeveel van de uitkering GOAB is begroot en besteed, per jaar?",
                        "Per gemeente en jaar de uitkering onderwijsachterstandenbeleid naast wat de maatregelen begroten en"
                                + " besteden. Rijen met voorbeeld = waar zijn demogegevens.",
                        "SELECT gemeente_code, jaar, bedrag, begroot, besteed, voorbeeld FROM goab.uitkering ORDER BY gemeente_code, jaar",
                        List.of("goab.uitkering"),
                        new StarterQuery.Chart(StarterQuery.Chart.Type.BAR, "jaar", List.of("bedrag", "begroot", "besteed"))));
    }

    static AnalyticalView achterstandsscore() {
        return new AnalyticalView("goab", "achterstandsscore", "Achterstandsscore per basisschoolvestiging",
                "Eén rij per basisschoolvestiging en peildatum: het aantal bekostigde leerlingen en de achterstandsscore"
                        + " volgens de onderwijsachterstandenindicator van het CBS, zoals ingelezen uit de publicatie"
                        + " Achterstandsscores basisscholen. OCW verdeelt de middelen voor onderwijsachterstanden naar deze"
                        + " scores. Koppel met core.vestiging op brin6 voor naam en gemeente.",
                "peildatum (kolom peildatum), meestal 1 oktober", CBS,
                "SELECT a.VESTIGING_BRIN6 AS brin6, a.PEILDATUM AS peildatum, a.BEKOSTIGDE_LEERLINGEN AS bekostigde_leerlingen,"
                        + " a.SCORE AS score FROM GOAB_DATA.ACHTERSTANDSSCORE a",
                List.of(ViewColumn.of("brin6", "VARCHAR", "Vestigingscode (BRIN6), bijvoorbeeld 16AH00.", ""),
                        ViewColumn.of("peildatum", "DATE", "Peildatum van de score.", ""),
                        ViewColumn.of("bekostigde_leerlingen", "INTEGER", "Aantal bekostigde leerlingen op de peildatum volgens"
                                + " het CBS (een gepubliceerd aantal, geen telling van personen uit WIJ).", "leerlingen"),
                        ViewColumn.of("score", "DECIMAL", "De achterstandsscore van de vestiging; 0 als zij onder de drempel"
                                + " blijft, leeg als het CBS geen score gaf.", "punten")),
                List.of(GOAB), List.of());
    }

    static AnalyticalView maatregelJaar() {
        return new AnalyticalView("goab", "maatregel_jaar", "Maatregelen onderwijsachterstandenbeleid per jaar",
                "Eén rij per maatregel en kalenderjaar: soort, aanbieder, doelgroep, plaatsen, deelnemers, begroot en"
                        + " besteed bedrag, zoals de gemeente ze vastlegt. verschil is besteed min begroot (positief:"
                        + " overbesteed). Rijen met voorbeeld = waar zijn meegeleverde voorbeelden, geen echte cijfers.",
                "kalenderjaar (kolom jaar)", "",
                "SELECT m.CODE AS maatregel, m.NAAM AS naam, m.SOORT AS soort, m.AANBIEDER AS aanbieder, m.DOELGROEP AS doelgroep,"
                        + " m.GEMEENTE_CODE AS gemeente_code, j.JAAR AS jaar, j.PLAATSEN AS plaatsen, j.DEELNEMERS AS deelnemers,"
                        + " j.BEGROOT AS begroot, j.BESTEED AS besteed, j.BESTEED - j.BEGROOT AS verschil, m.VOORBEELD AS voorbeeld"
                        + " FROM GOAB_DATA.MAATREGEL m JOIN GOAB_DATA.MAATREGELJAAR j ON j.MAATREGEL_CODE = m.CODE",
                List.of(ViewColumn.of("maatregel", "VARCHAR", "Code van de maatregel.", ""),
                        ViewColumn.of("naam", "VARCHAR", "Naam van de maatregel.", ""),
                        ViewColumn.of("soort", "VARCHAR", "Soort: voorschoolseEducatie, schakelklas, kopklas, zomerschool,"
                                + " verlengdeSchooldag, intensieveLeertijdverlenging, weekendschool, ouderprogramma,"
                                + " brugfunctionaris of overig.", ""),
                        ViewColumn.of("aanbieder", "VARCHAR", "Wie de maatregel uitvoert.", ""),
                        ViewColumn.of("doelgroep", "VARCHAR", "Voor wie de maatregel is, in woorden.", ""),
                        ViewColumn.of("gemeente_code", "VARCHAR", "CBS-code van de gemeente, bijvoorbeeld GM0479.", ""),
                        ViewColumn.of("jaar", "INTEGER", "Kalenderjaar.", ""),
                        ViewColumn.of("plaatsen", "INTEGER", "Aantal plaatsen; leeg als onbekend.", "plaatsen"),
                        ViewColumn.of("deelnemers", "INTEGER", "Aantal deelnemers zoals de aanbieder het opgeeft (een"
                                + " totaal, geen telling van personen in WIJ); leeg als onbekend.", "deelnemers"),
                        ViewColumn.of("begroot", "DECIMAL", "Begroot bedrag.", "euro"),
                        ViewColumn.of("besteed", "DECIMAL", "Besteed bedrag; leeg zolang onbekend.", "euro"),
                        ViewColumn.of("verschil", "DECIMAL", "Besteed min begroot; positief is overbesteding.", "euro"),
                        ViewColumn.of("voorbeeld", "BOOLEAN", "Waar bij een meegeleverd voorbeeld.", "")),
                List.of(GOAB), List.of());
    }

    static AnalyticalView uitkering() {
        return new AnalyticalView("goab", "uitkering", "Uitkering GOAB per gemeente en jaar",
                "Eén rij per gemeente en kalenderjaar: de specifieke uitkering onderwijsachterstandenbeleid en wat de"
                        + " maatregelen van die gemeente in dat jaar begroten en besteden. ruimte is de uitkering min het"
                        + " begrote bedrag.",
                "kalenderjaar (kolom jaar)", "",
                "SELECT u.GEMEENTE_CODE AS gemeente_code, u.JAAR AS jaar, u.BEDRAG AS bedrag,"
                        + " (SELECT SUM(j.BEGROOT) FROM GOAB_DATA.MAATREGELJAAR j JOIN GOAB_DATA.MAATREGEL m"
                        + " ON m.CODE = j.MAATREGEL_CODE WHERE j.JAAR = u.JAAR AND m.GEMEENTE_CODE = u.GEMEENTE_CODE) AS begroot,"
                        + " (SELECT SUM(j.BESTEED) FROM GOAB_DATA.MAATREGELJAAR j JOIN GOAB_DATA.MAATREGEL m"
                        + " ON m.CODE = j.MAATREGEL_CODE WHERE j.JAAR = u.JAAR AND m.GEMEENTE_CODE = u.GEMEENTE_CODE) AS besteed,"
                        + " u.VOORBEELD AS voorbeeld FROM GOAB_DATA.UITKERING u",
                List.of(ViewColumn.of("gemeente_code", "VARCHAR", "CBS-code van de gemeente.", ""),
                        ViewColumn.of("jaar", "INTEGER", "Kalenderjaar.", ""),
                        ViewColumn.of("bedrag", "DECIMAL", "Bedrag van de uitkering.", "euro"),
                        ViewColumn.of("begroot", "DECIMAL", "Som van de begrote bedragen van de maatregelen; leeg zonder maatregelen.",
                                "euro"),
                        ViewColumn.of("besteed", "DECIMAL", "Som van de bestede bedragen van de maatregelen.", "euro"),
                        ViewColumn.of("voorbeeld", "BOOLEAN", "Waar bij een meegeleverd voorbeeld.", "")),
                List.of(GOAB), List.of());
    }

    static AnalyticalView veLocatie() {
        return new AnalyticalView("goab", "ve_locatie", "Locaties met voorschoolse educatie",
                "Eén rij per VE-locatie: LRK-nummer, naam en houder uit het gedeelde model, VE-programma, VE-plaatsen en wijk.",
                "de stand van nu", "",
                "SELECT l.LRK_NUMMER AS lrk_nummer, k.NAAM AS naam, h.NAAM AS houder, k.PLAATS AS plaats,"
                        + " l.VE_PROGRAMMA AS ve_programma, l.VE_PLAATSEN AS ve_plaatsen, l.WIJKCODE AS wijk_code,"
                        + " l.VOORBEELD AS voorbeeld FROM GOAB_DATA.VE_LOCATIE l JOIN CORE_DATA.ORGANISATIE k"
                        + " ON k.SLEUTEL = l.LOCATIE_SLEUTEL LEFT JOIN CORE_DATA.ORGANISATIE h ON h.SLEUTEL = k.HOUDER_SLEUTEL",
                List.of(ViewColumn.of("lrk_nummer", "VARCHAR", "Registratienummer in het Landelijk Register Kinderopvang.", ""),
                        ViewColumn.of("naam", "VARCHAR", "Naam van de locatie.", ""),
                        ViewColumn.of("houder", "VARCHAR", "Naam van de houder; leeg als die niet is vastgelegd.", ""),
                        ViewColumn.of("plaats", "VARCHAR", "Plaats van de locatie.", ""),
                        ViewColumn.of("ve_programma", "VARCHAR", "Het VE-programma.", ""),
                        ViewColumn.of("ve_plaatsen", "INTEGER", "Aantal VE-plaatsen.", "plaatsen"),
                        ViewColumn.of("wijk_code", "VARCHAR", "CBS-wijkcode van de locatie.", ""),
                        ViewColumn.of("voorbeeld", "BOOLEAN", "Waar bij een meegeleverd voorbeeld.", "")),
                List.of(GOAB, CORE), List.of());
    }

    static AnalyticalView veBereikWijk() {
        return new AnalyticalView("goab", "ve_bereik_wijk", "Geïndiceerde en geplaatste peuters per wijk",
                "Eén rij per wijk (onbekend voor peuters zonder wijk): het aantal peuters met een VE-indicatie in de"
                        + " registratie en hoeveel van hen op de dag van de vraag geplaatst zijn. Alleen aantallen, nooit een"
                        + " peuter; aantallen onder 5 worden onderdrukt. Let op: zonder leeftijdsgrens. Het bereik volgens de"
                        + " regels (alleen peuters van 2,5 tot 4 jaar) staat in de monitor van de werkbank.",
                "de dag van de vraag (CURRENT_DATE)", "",
                "SELECT COALESCE(p.WIJKCODE, 'onbekend') AS wijk_code, COUNT(*) AS geindiceerd,"
                        + " SUM(CASE WHEN p.PLAATSING_VANAF <= CURRENT_DATE AND (p.PLAATSING_TOT IS NULL"
                        + " OR p.PLAATSING_TOT >= CURRENT_DATE) THEN 1 ELSE 0 END) AS geplaatst"
                        + " FROM GOAB_DATA.PEUTER p WHERE p.INDICATIEDATUM IS NOT NULL GROUP BY COALESCE(p.WIJKCODE, 'onbekend')",
                List.of(ViewColumn.of("wijk_code", "VARCHAR", "CBS-wijkcode, of onbekend.", ""),
                        ViewColumn.personCount("geindiceerd", "Peuters met een VE-indicatie."),
                        ViewColumn.personCount("geplaatst", "Van hen: op de dag van de vraag geplaatst op een VE-locatie.")),
                List.of(GOAB), List.of());
    }
}
