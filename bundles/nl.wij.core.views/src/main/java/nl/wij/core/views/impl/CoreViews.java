package nl.wij.core.views.impl;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.wij.core.views.AnalyticalView;
import nl.wij.core.views.StarterQuery;
import nl.wij.core.views.StarterQuery.Chart;
import nl.wij.core.views.StarterQueryProvider;
import nl.wij.core.views.ViewColumn;
import nl.wij.core.views.ViewProvider;

/**
 * The core model's analytical views ({@code core.gemeente}, {@code core.vestiging},
 * {@code core.regio_lid}, {@code core.leerlingtelling}, ...), over the store's {@code CORE_DATA}
 * tables. Column documentation is the model's own (the GenModel documentation of the feature it
 * shows), with what the view adds (normalisation, derivation) said after it. Also the core's
 * starter queries: the seeds' "Weet jij ...?" questions the core data answers.
 */
@Component(service = { ViewProvider.class, StarterQueryProvider.class })
public final class CoreViews implements ViewProvider, StarterQueryProvider {

    static final String CORE = "https://wij.nl/model/core/1.0";
    private static final String DUO = "Bron: DUO";
    private static final String VARCHAR = "VARCHAR";
    private static final String DATE = "DATE";
    private static final String INTEGER = "INTEGER";
    private static final String BOOLEAN = "BOOLEAN";

    private final EPackage model;

    @Activate
    public CoreViews(@Reference(name = "model", target = "(emf.nsURI=" + CORE + ")") EPackage model) {
        this.model = model;
    }

    @Override
    public List<AnalyticalView> views() {
        return List.of(gemeente(), wijk(), buurt(), regio(), regioLid(), bevoegdGezag(), instelling(), vestiging(),
                onderwijsstructuur(), leerlingtelling(), organisatie(), periode());
    }

    @Override
    public List<StarterQuery> starterQueries() {
        String perGemeente = " FROM core.leerlingtelling t JOIN core.vestiging v ON v.brin6 = t.brin6"
                + " JOIN core.gemeente g ON g.gemeente_code = v.gemeente_code";
        return List.of(
                new StarterQuery("nl.wij.core.views.query.praktijkonderwijs",
                        "Hoeveel leerlingen gaan naar het praktijkonderwijs, en waar?",
                        "Leerlingen in het praktijkonderwijs per vestiging, met de gemeente waar de school staat"
                                + " (DUO telt leerlingen per school, niet per woongemeente). Voeg WHERE"
                                + " v.gemeente_code = 'GM0479' toe voor één gemeente.",
                        "SELECT g.naam AS gemeente, v.naam AS vestiging, v.plaats, v.brin6, SUM(t.aantal) AS leerlingen"
                                + perGemeente + " WHERE t.onderwijstype LIKE 'Praktijkonderwijs%'"
                                + " GROUP BY g.naam, v.naam, v.plaats, v.brin6 ORDER BY leerlingen DESC",
                        List.of("core.leerlingtelling", "core.vestiging", "core.gemeente"),
                        new Chart(Chart.Type.BAR, "vestiging", List.of("leerlingen"))),
                new StarterQuery("nl.wij.core.views.query.leerlingen-per-soort",
                        "Hoeveel leerlingen per soort onderwijs heeft elke gemeente?",
                        "Leerlingen per gemeente (waar de school staat), per soort onderwijs: bo, sbo, so, vso en vo,"
                                + " van de laatst ingelezen tellingen.",
                        "SELECT g.naam AS gemeente,"
                                + " SUM(CASE WHEN t.soort = 'bo' THEN t.aantal END) AS bo,"
                                + " SUM(CASE WHEN t.soort = 'sbo' THEN t.aantal END) AS sbo,"
                                + " SUM(CASE WHEN t.soort = 'so' THEN t.aantal END) AS so,"
                                + " SUM(CASE WHEN t.soort = 'vso' THEN t.aantal END) AS vso,"
                                + " SUM(CASE WHEN t.soort = 'vo' THEN t.aantal END) AS vo"
                                + perGemeente + " GROUP BY g.naam ORDER BY g.naam",
                        List.of("core.leerlingtelling", "core.vestiging", "core.gemeente"),
                        new Chart(Chart.Type.STACKED, "gemeente", List.of("bo", "sbo", "so", "vso", "vo"))),
                new StarterQuery("nl.wij.core.views.query.vestigingen-per-rmc-regio",
                        "Hoeveel schoolvestigingen telt elke RMC-regio?",
                        "Vestigingen per RMC-regio (via de gemeenten die lid zijn), met het aantal vestigingen met"
                                + " praktijkonderwijs.",
                        "SELECT r.regio_naam AS rmc_regio, r.regio_code, COUNT(DISTINCT v.brin6) AS vestigingen,"
                                + " COUNT(DISTINCT CASE WHEN o.onderwijsstructuur = 'PRO' THEN v.brin6 END)"
                                + " AS met_praktijkonderwijs FROM core.regio_lid r"
                                + " JOIN core.vestiging v ON v.gemeente_code = r.gemeente_code"
                                + " LEFT JOIN core.vestiging_onderwijsstructuur o ON o.brin6 = v.brin6"
                                + " WHERE r.regio_type = 'RMC' GROUP BY r.regio_naam, r.regio_code ORDER BY r.regio_naam",
                        List.of("core.regio_lid", "core.vestiging", "core.vestiging_onderwijsstructuur"),
                        new Chart(Chart.Type.BAR, "rmc_regio", List.of("vestigingen", "met_praktijkonderwijs"))),
                new StarterQuery("nl.wij.core.views.query.basisonderwijs-kaart",
                        "Waar gaan de kinderen naar de basisschool?",
                        "Leerlingen in het basisonderwijs per gemeente (waar de school staat), op de kaart.",
                        "SELECT v.gemeente_code, g.naam AS gemeente, SUM(t.aantal) AS leerlingen" + perGemeente
                                + " WHERE t.soort = 'bo' GROUP BY v.gemeente_code, g.naam ORDER BY leerlingen DESC",
                        List.of("core.leerlingtelling", "core.vestiging", "core.gemeente"),
                        new Chart(Chart.Type.MAP, "gemeente_code", List.of("leerlingen"))));
    }

    private AnalyticalView gemeente() {
        return view("gemeente", "Gemeenten", classDoc("Gemeente") + " Eén rij per gemeente.",
                "de stand van de laatst ingelezen bestanden", "Bron: CBS, DUO",
                "SELECT g.CODE, g.NAAM, g.PROVINCIE, g.OPGEHEVEN, g.OPGEGAAN_IN_CODE FROM CORE_DATA.GEMEENTE g",
                List.of(text("gemeente_code", doc("Gemeente", "code")),
                        text("naam", doc("Gemeente", "naam")),
                        text("provincie", doc("Gemeente", "provincie")),
                        column("opgeheven", DATE, doc("Gemeente", "opgeheven"), ""),
                        text("opgegaan_in", doc("Gemeente", "opgegaanIn") + " Als gemeentecode (GM0479).")));
    }

    private AnalyticalView wijk() {
        return view("wijk", "Wijken", classDoc("Wijk") + " Eén rij per wijk.", "de CBS-indeling zoals ingelezen",
                "Bron: CBS", "SELECT w.CODE, w.NAAM, w.GEMEENTE_CODE FROM CORE_DATA.WIJK w",
                List.of(text("wijk_code", doc("Wijk", "code")), text("naam", doc("Wijk", "naam")),
                        text("gemeente_code", doc("Wijk", "gemeente") + " Als gemeentecode (GM0479).")));
    }

    private AnalyticalView buurt() {
        return view("buurt", "Buurten", classDoc("Buurt") + " Eén rij per buurt.", "de CBS-indeling zoals ingelezen",
                "Bron: CBS", "SELECT b.CODE, b.NAAM, b.WIJK_CODE FROM CORE_DATA.BUURT b",
                List.of(text("buurt_code", doc("Buurt", "code")), text("naam", doc("Buurt", "naam")),
                        text("wijk_code", doc("Buurt", "wijk") + " Als wijkcode (WK047901).")));
    }

    private AnalyticalView regio() {
        return view("regio", "Regio's", classDoc("Regio") + " Eén rij per regio.",
                "de stand van de laatst ingelezen bestanden", DUO,
                "SELECT r.TYPE, r.CODE, r.NAAM FROM CORE_DATA.REGIO r",
                List.of(regioType(), text("regio_code", doc("Regio", "code")),
                        text("regio_naam", doc("Regio", "naam"))));
    }

    private AnalyticalView regioLid() {
        return view("regio_lid", "Gemeenten per regio", classDoc("RegioLidmaatschap") + " Eén rij per gemeente per"
                + " regio (en per periode van lidmaatschap). Zo vindt u bijvoorbeeld de gemeenten van een RMC-regio:"
                + " WHERE regio_type = 'RMC'.", "geldig_vanaf tot en met geldig_tot (leeg: onbekend of lopend)", DUO,
                "SELECT r.TYPE, r.CODE, r.NAAM, l.GEMEENTE_CODE, l.ROL, l.GELDIG_VANAF, l.GELDIG_TOT"
                        + " FROM CORE_DATA.REGIO_LIDMAATSCHAP l JOIN CORE_DATA.REGIO r ON r.SLEUTEL = l.REGIO_SLEUTEL",
                List.of(regioType(), text("regio_code", doc("Regio", "code")),
                        text("regio_naam", doc("Regio", "naam")),
                        text("gemeente_code", doc("RegioLidmaatschap", "gemeente") + " Als gemeentecode (GM0479)."),
                        text("rol", doc("RegioLidmaatschap", "rol") + " Een van: " + literals("Lidmaatschapsrol")
                                + "."),
                        column("geldig_vanaf", DATE, doc("RegioLidmaatschap", "geldigVanaf"), ""),
                        column("geldig_tot", DATE, doc("RegioLidmaatschap", "geldigTot"), "")));
    }

    private AnalyticalView bevoegdGezag() {
        return view("bevoegd_gezag", "Schoolbesturen (bevoegd gezag)", classDoc("BevoegdGezag") + " Eén rij per"
                + " bestuur.", "de stand van de laatst ingelezen vestigingenbestanden", DUO,
                "SELECT b.NUMMER, b.NAAM FROM CORE_DATA.BEVOEGD_GEZAG b",
                List.of(text("bevoegd_gezag_nummer", doc("BevoegdGezag", "nummer")),
                        text("naam", doc("BevoegdGezag", "naam"))));
    }

    private AnalyticalView instelling() {
        return view("instelling", "Onderwijsinstellingen (BRIN4)", classDoc("Instelling") + " Eén rij per"
                + " instelling.", "de stand van de laatst ingelezen vestigingenbestanden", DUO,
                "SELECT i.BRIN4, i.NAAM, i.BEVOEGD_GEZAG_NUMMER FROM CORE_DATA.INSTELLING i",
                List.of(text("brin4", doc("Instelling", "brin4")), text("naam", doc("Instelling", "naam")),
                        text("bevoegd_gezag_nummer", doc("Instelling", "bevoegdGezag")
                                + " Als bevoegd-gezagnummer (zie core.bevoegd_gezag).")));
    }

    /**
     * One table, no joins: Derby flattens such a view into the analyst's query, so a JOIN with it
     * uses the key index or a hash join. (A view with an outer join or a derived table is not
     * flattened, and Derby then scans it once per row of the other side: minutes on national data.)
     */
    private AnalyticalView vestiging() {
        return view("vestiging", "Schoolvestigingen (BRIN6)", classDoc("Vestiging") + " Eén rij per vestiging, ook"
                + " voor vestigingen die alleen uit een telbestand bekend zijn (dan met wat dat bestand noemt). Het"
                + " bestuur staat bij de instelling (core.instelling via brin4), praktijkonderwijs in"
                + " core.vestiging_onderwijsstructuur.",
                "de stand van de laatst ingelezen vestigingen- en telbestanden", DUO,
                "SELECT v.BRIN6, v.INSTELLING_BRIN4, v.NAAM, v.GEMEENTE_CODE, v.PLAATS, v.POSTCODE, v.DENOMINATIE,"
                        + " v.STRAAT, v.HUISNUMMER, LOWER(v.SOORT), v.OPENBAAR FROM CORE_DATA.VESTIGING v",
                List.of(text("brin6", doc("Vestiging", "brin6")),
                        text("brin4", doc("Vestiging", "instelling") + " Als BRIN4 (de eerste vier tekens van brin6)."),
                        text("naam", doc("Vestiging", "naam")),
                        text("gemeente_code", doc("Vestiging", "gemeente") + " Als gemeentecode (GM0479)."),
                        text("plaats", doc("MetAdres", "plaats")),
                        text("postcode", doc("MetAdres", "postcode")),
                        text("denominatie", doc("Vestiging", "denominatie")),
                        text("straat", doc("MetAdres", "straat")),
                        text("huisnummer", doc("MetAdres", "huisnummer")),
                        text("soort", doc("Vestiging", "soort") + " In kleine letters: " + literals("Onderwijssoort")
                                + "."),
                        column("openbaar", BOOLEAN, doc("Vestiging", "openbaar"), "")));
    }

    private AnalyticalView onderwijsstructuur() {
        return view("vestiging_onderwijsstructuur", "Onderwijsstructuur per vo-vestiging",
                doc("Vestiging", "onderwijsstructuur") + " Eén rij per vestiging per onderwijsstructuur.",
                "de stand van het laatst ingelezen vestigingenbestand vo", DUO,
                "SELECT o.VESTIGING_BRIN6, o.WAARDE FROM CORE_DATA.VESTIGING_ONDERWIJSSTRUCTUUR o",
                List.of(text("brin6", doc("Vestiging", "brin6")),
                        text("onderwijsstructuur", "Een onderwijsstructuur van de vestiging: "
                                + literals("Onderwijsstructuur") + ".")));
    }

    private AnalyticalView leerlingtelling() {
        return view("leerlingtelling", "Leerlingtellingen", classDoc("Leerlingtelling") + " Eén rij per vestiging,"
                + " peildatum, soort, onderwijstype en leerjaar zoals de bron telt. Tel rijen met een onderwijstype of"
                + " leerjaar niet op bij rijen zonder: kies één niveau per vraag.",
                "peildatum (kolom peildatum), meestal 1 oktober", DUO,
                "SELECT t.VESTIGING_BRIN6, t.PEILDATUM, LOWER(t.SOORT), t.ONDERWIJSTYPE, t.LEERJAAR,"
                        + " CASE WHEN t.ONDERDRUKT = TRUE THEN NULL ELSE t.AANTAL END, COALESCE(t.ONDERDRUKT, FALSE)"
                        + " FROM CORE_DATA.LEERLINGTELLING t",
                List.of(text("brin6", doc("Leerlingtelling", "vestiging") + " Als vestigingscode (BRIN6)."),
                        column("peildatum", DATE, doc("Leerlingtelling", "peildatum"), ""),
                        text("soort", doc("Leerlingtelling", "soort") + " In kleine letters."),
                        text("onderwijstype", doc("Leerlingtelling", "onderwijstype")),
                        column("leerjaar", INTEGER, doc("Leerlingtelling", "leerjaar"), ""),
                        column("aantal", INTEGER, doc("Leerlingtelling", "aantal") + " Een gepubliceerd aantal"
                                + " van DUO; DUO schermt kleine aantallen zelf af.", "leerlingen"),
                        column("onderdrukt", BOOLEAN, doc("Leerlingtelling", "onderdrukt"), "")));
    }

    private AnalyticalView organisatie() {
        return view("organisatie", "Partnerorganisaties", classDoc("Organisatie") + " Eén rij per organisatie;"
                + " organisatie_type zegt welke soort.", "de stand van de laatst ingelezen registers", "",
                "SELECT o.SLEUTEL, o.KLASSE, o.NAAM, o.KVK_NUMMER, o.GEMEENTE_CODE, o.PLAATS, o.POSTCODE, o.LRK_NUMMER,"
                        + " o.SOORT, o.KINDPLAATSEN, o.HOUDER_SLEUTEL, o.AGB_CODE FROM CORE_DATA.ORGANISATIE o",
                List.of(text("sleutel", doc("Organisatie", "sleutel")),
                        text("organisatie_type", "Soort organisatie: KinderopvangHouder, KinderopvangLocatie,"
                                + " Jeugdhulpaanbieder, Ggd, Uwv, SwBedrijf of Zorgaanbieder."),
                        text("naam", doc("Organisatie", "naam")),
                        text("kvk_nummer", doc("Organisatie", "kvkNummer")),
                        text("gemeente_code", doc("Organisatie", "gemeente") + " Als gemeentecode (GM0479)."),
                        text("plaats", doc("MetAdres", "plaats")),
                        text("postcode", doc("MetAdres", "postcode")),
                        text("lrk_nummer", doc("KinderopvangLocatie", "lrkNummer")),
                        text("soort_opvang", doc("KinderopvangLocatie", "soort") + " Een van: "
                                + literals("SoortOpvang") + "."),
                        column("kindplaatsen", INTEGER, doc("KinderopvangLocatie", "kindplaatsen"), "kindplaatsen"),
                        text("houder_sleutel", doc("KinderopvangLocatie", "houder") + " Als sleutel van de houder."),
                        text("agb_code", doc("Jeugdhulpaanbieder", "agbCode"))));
    }

    private AnalyticalView periode() {
        return view("periode", "Perioden en schooljaren", classDoc("Periode") + " Eén rij per periode;"
                + " periode_type is Schooljaar voor schooljaren.", "begin_datum tot en met eind_datum", "",
                "SELECT p.CODE, p.KLASSE, p.NAAM, p.BEGIN_, p.EIND FROM CORE_DATA.PERIODE p",
                List.of(text("code", doc("Periode", "code")),
                        text("periode_type", "Soort periode: Periode of Schooljaar."),
                        text("naam", doc("Periode", "naam")),
                        column("begin_datum", DATE, doc("Periode", "begin"), ""),
                        column("eind_datum", DATE, doc("Periode", "eind"), "")));
    }

    private ViewColumn regioType() {
        return text("regio_type", doc("Regio", "type") + " Codelijst: " + literals("RegioType")
                + ". Een RMC-regio heeft regio_type RMC.");
    }

    private AnalyticalView view(String name, String title, String description, String period, String source,
            String select, List<ViewColumn> columns) {
        return new AnalyticalView("core", name, title, description, "Peildatum of stand: " + period + ".", source,
                select, columns, List.of(CORE), List.of());
    }

    private static ViewColumn text(String name, String description) {
        return ViewColumn.of(name, VARCHAR, description, "");
    }

    private static ViewColumn column(String name, String type, String description, String unit) {
        return ViewColumn.of(name, type, description, unit);
    }

    private String classDoc(String eClass) {
        return orEmpty(EcoreUtil.getDocumentation(eClass(eClass)));
    }

    private String doc(String eClass, String feature) {
        EStructuralFeature f = eClass(eClass).getEStructuralFeature(feature);
        if (f == null) {
            throw new IllegalStateException("core model has no feature " + eClass + "." + feature);
        }
        return orEmpty(EcoreUtil.getDocumentation(f));
    }

    /** The literals of an enum with their documentation: {@code RMC (RMC-regio ...), SWV_PO (...)}. */
    private String literals(String eEnum) {
        EEnum e = (EEnum) model.getEClassifier(eEnum);
        return String.join(", ", e.getELiterals().stream().map(l -> {
            String d = EcoreUtil.getDocumentation(l);
            return d == null || d.isBlank() ? l.getLiteral() : l.getLiteral() + " (" + strip(d) + ")";
        }).toList());
    }

    private EClass eClass(String name) {
        EClass c = (EClass) model.getEClassifier(name);
        if (c == null) {
            throw new IllegalStateException("core model has no class " + name);
        }
        return c;
    }

    private static String strip(String sentence) {
        String s = sentence.strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
