package nl.wij.ihp.web.impl.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Leerlingtelling;
import nl.wij.core.model.Vestiging;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.StoreSession;
import nl.wij.ihp.logic.Betaler;
import nl.wij.ihp.logic.Capaciteitstoets;
import nl.wij.ihp.logic.Leerlinggroep;
import nl.wij.ihp.logic.Planproject;
import nl.wij.ihp.logic.Plantotalen;
import nl.wij.ihp.logic.Planverschil;
import nl.wij.ihp.logic.Ruimtebehoefte;
import nl.wij.ihp.logic.Voorziening;
import nl.wij.ihp.model.Gebouw;
import nl.wij.ihp.model.Gebouwsoort;
import nl.wij.ihp.model.Gebruik;
import nl.wij.ihp.model.IhpPackage;
import nl.wij.ihp.model.Leerlingprognose;
import nl.wij.ihp.model.Normbedrag;
import nl.wij.ihp.model.Plan;
import nl.wij.ihp.model.Prognosebron;
import nl.wij.ihp.model.Project;
import nl.wij.ihp.model.Verordening;
import nl.wij.platform.api.db.Database;

/**
 * Reads the IHP facts of a gemeente from the store and applies the rules of {@code nl.wij.ihp.logic}:
 * the ruimtebehoefte per vestiging and year, a vestiging's inventory, a plan with its costs, and the
 * difference between plan versions. Every call is one read unit of work; nothing is cached.
 */
@Component(service = Huisvesting.class)
public final class Huisvesting {

    static final IhpPackage IHP = IhpPackage.eINSTANCE;
    static final CorePackage CORE = CorePackage.eINSTANCE;
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private final ModelStore store;
    private final Database database;
    private final Clock clock;

    @Activate
    public Huisvesting(@Reference ModelStore store, @Reference Database database) {
        this(store, database, Clock.systemDefaultZone());
    }

    Huisvesting(ModelStore store, Database database, Clock clock) {
        this.store = store;
        this.database = database;
        this.clock = clock;
    }

    /** The current calendar year (signaleringen judge buildings in this year). */
    public int ditJaar() {
        return LocalDate.now(clock).getYear();
    }

    // ------------------------------------------------------------------ ruimtebehoefte

    /** One vestiging in one year: pupils counted or forecast, need, space and verdict. */
    public record Jaarregel(String brin6, String naam, String soort, int jaar, String bron, Integer leerlingen,
            BigDecimal normatiefM2, BigDecimal beschikbaarM2, BigDecimal verschilM2, BigDecimal verschilProcent,
            String oordeel, String oordeelTekst, BigDecimal schoolpleinNormM2) {
    }

    /** The ruimtebehoefte of every vestiging of the gemeente, per year with a count or a forecast. */
    public List<Jaarregel> ruimtebehoefte(String gemeente) {
        return store.read(s -> {
            Context context = new Context(s, gemeente);
            List<Jaarregel> regels = new ArrayList<>();
            for (EObject o : s.list(CORE.getVestiging(), CORE.getVestiging_Gemeente(), gemeente)) {
                regels.addAll(context.regels((Vestiging) o));
            }
            return regels;
        });
    }

    /** The ruimtebehoefte of one vestiging per year. */
    public List<Jaarregel> ruimtebehoefte(Vestiging vestiging) {
        return store.read(s -> new Context(s, gemeenteVan(vestiging)).regels(vestiging));
    }

    /** Facts of one gemeente read in one session, with the parameters per year cached for the call. */
    private final class Context {
        private final StoreSession session;
        private final String gemeente;
        private final List<Verordening> verordeningen;
        private final List<Normbedrag> normbedragen;
        private final Map<Integer, Parameterset> perJaar = new HashMap<>();

        Context(StoreSession session, String gemeente) {
            this.session = session;
            this.gemeente = gemeente;
            this.verordeningen = session.list(IHP.getVerordening()).stream().map(Verordening.class::cast).toList();
            this.normbedragen = session.list(IHP.getNormbedrag()).stream().map(Normbedrag.class::cast).toList();
        }

        Parameterset parameters(int jaar) {
            return perJaar.computeIfAbsent(jaar, j -> Parameterset.laad(session, verordeningen, normbedragen, gemeente, j));
        }

        List<Jaarregel> regels(Vestiging vestiging) {
            String soort = vestiging.isSetSoort() ? vestiging.getSoort().getLiteral() : null;
            Map<Integer, List<Leerlinggroep>> tellingen = tellingen(session, vestiging);
            Map<Integer, List<Leerlinggroep>> prognoses = prognoses(session, vestiging, soort);
            List<Gebruik> gebruik = gebruik(session, vestiging);
            List<Jaarregel> regels = new ArrayList<>();
            tellingen.forEach((jaar, groepen) -> regels.add(regel(vestiging, soort, jaar, "telling", groepen, gebruik)));
            prognoses.forEach((jaar, groepen) -> regels.add(regel(vestiging, soort, jaar, "prognose", groepen, gebruik)));
            regels.sort(Comparator.comparingInt(Jaarregel::jaar).thenComparing(Jaarregel::bron, Comparator.reverseOrder()));
            return regels;
        }

        private Jaarregel regel(Vestiging vestiging, String soort, int jaar, String bron, List<Leerlinggroep> groepen,
                List<Gebruik> gebruik) {
            Parameterset parameters = parameters(jaar);
            BigDecimal normatief = parameters.ruimtebehoefte().normatiefM2(groepen).orElse(null);
            BigDecimal beschikbaar = beschikbaarM2(gebruik, jaar);
            Capaciteitstoets.Uitkomst uitkomst = parameters.toets().toets(normatief, beschikbaar);
            int leerlingen = groepen.stream().mapToInt(Leerlinggroep::aantal).sum();
            Verordening v = parameters.verordening();
            BigDecimal plein = v == null || v.getSchoolpleinPerLeerlingM2() == null ? null
                    : Ruimtebehoefte.schoolpleinM2(leerlingen, v.getSchoolpleinPerLeerlingM2(), v.getSchoolpleinMinimumM2(),
                            v.getSchoolpleinMaximumM2());
            return new Jaarregel(vestiging.getBrin6(), vestiging.getNaam(), soort, jaar, bron, leerlingen, uitkomst.normatiefM2(),
                    uitkomst.beschikbaarM2(), uitkomst.verschilM2(), uitkomst.verschilProcent(), uitkomst.oordeel().name(),
                    uitkomst.oordeel().tekst(), plein);
        }
    }

    /** Counted pupils per count year, as groups per soort and onderwijstype; suppressed counts (&lt;5) are left out. */
    static Map<Integer, List<Leerlinggroep>> tellingen(StoreSession session, Vestiging vestiging) {
        Map<Integer, Map<String, int[]>> sommen = new TreeMap<>();
        Map<String, Leerlinggroep> voorbeeld = new HashMap<>();
        for (EObject o : session.list(CORE.getLeerlingtelling(), CORE.getLeerlingtelling_Vestiging(), vestiging)) {
            Leerlingtelling telling = (Leerlingtelling) o;
            if (telling.getAantal() == null || telling.getPeildatum() == null) {
                continue;
            }
            int jaar = jaarVan(telling.getPeildatum());
            String soort = telling.getSoort().getLiteral();
            String type = telling.getOnderwijstype();
            String groep = soort + "|" + (type == null ? "" : type);
            voorbeeld.putIfAbsent(groep, new Leerlinggroep(soort, type, 0));
            sommen.computeIfAbsent(jaar, j -> new LinkedHashMap<>()).computeIfAbsent(groep, g -> new int[1])[0] += telling.getAantal();
        }
        Map<Integer, List<Leerlinggroep>> perJaar = new TreeMap<>();
        sommen.forEach((jaar, groepen) -> perJaar.put(jaar, groepen.entrySet().stream()
                .map(e -> new Leerlinggroep(voorbeeld.get(e.getKey()).soort(), voorbeeld.get(e.getKey()).onderwijstype(), e.getValue()[0]))
                .toList()));
        return perJaar;
    }

    /** Forecast pupils per year: the gemeente's own forecast where it has one for that year, else DUO's. */
    static Map<Integer, List<Leerlinggroep>> prognoses(StoreSession session, Vestiging vestiging, String soort) {
        Map<Integer, Map<Prognosebron, List<Leerlinggroep>>> perJaar = new TreeMap<>();
        for (EObject o : session.list(IHP.getLeerlingprognose(), IHP.getLeerlingprognose_Vestiging(), vestiging)) {
            Leerlingprognose p = (Leerlingprognose) o;
            perJaar.computeIfAbsent(p.getJaar(), j -> new TreeMap<>()).computeIfAbsent(p.getBron(), b -> new ArrayList<>())
                    .add(new Leerlinggroep(soort, p.getType(), p.getAantal()));
        }
        Map<Integer, List<Leerlinggroep>> gekozen = new TreeMap<>();
        perJaar.forEach((jaar, bronnen) -> gekozen.put(jaar, bronnen.getOrDefault(Prognosebron.GEMEENTE, bronnen.get(Prognosebron.DUO))));
        return gekozen;
    }

    static List<Gebruik> gebruik(StoreSession session, Vestiging vestiging) {
        return session.list(IHP.getGebruik(), IHP.getGebruik_Vestiging(), vestiging).stream().map(Gebruik.class::cast).toList();
    }

    /**
     * The m2 BVO a vestiging has in a year: the parts of the buildings it uses then (the whole building
     * when the part is not given), gymzalen excluded, tijdelijke huisvesting only up to its end year.
     * Unknown ({@code null}) when the vestiging uses no building in the inventory.
     */
    static BigDecimal beschikbaarM2(List<Gebruik> gebruik, int jaar) {
        BigDecimal som = null;
        for (Gebruik g : gebruik) {
            Gebouw gebouw = g.getGebouw();
            if (gebouw.getSoort() == Gebouwsoort.GYMZAAL || !actief(g, jaar) || (gebouw.getTijdelijkTot() != null
                    && jaarVan(gebouw.getTijdelijkTot()) < jaar)) {
                continue;
            }
            BigDecimal m2 = g.getBvoM2() != null ? g.getBvoM2() : gebouw.getBvoM2();
            if (m2 != null) {
                som = som == null ? m2 : som.add(m2);
            }
        }
        return som;
    }

    static boolean actief(Gebruik g, int jaar) {
        return (g.getVanafJaar() == null || g.getVanafJaar() <= jaar) && (g.getTotJaar() == null || g.getTotJaar() >= jaar);
    }

    static String gemeenteVan(Vestiging vestiging) {
        return vestiging.getGemeente() == null ? null : vestiging.getGemeente().getCode();
    }

    // ------------------------------------------------------------------ plans

    /** A project with its cost and payer as the rules give them. */
    public record Projectregel(Project project, BigDecimal kosten, String betaler) {
    }

    /** A plan version with its projects, costs per project and totals per year and payer. */
    public record Plandossier(Plan plan, List<Projectregel> projecten, Plantotalen.Totalen totalen) {
    }

    public Optional<Plandossier> plan(String code) {
        return store.read(s -> s.get(IHP.getPlan(), code).map(o -> dossier(s, (Plan) o)));
    }

    /** The plan versions of a gemeente, newest first. */
    public List<Plan> plannen(String gemeente) {
        return store.read(s -> s.list(IHP.getPlan(), IHP.getPlan_Gemeente(), gemeente).stream().map(Plan.class::cast)
                .sorted(Comparator.comparing(Plan::getBeginjaar).thenComparing(Plan::getCode).reversed()).toList());
    }

    private Plandossier dossier(StoreSession s, Plan plan) {
        Plantotalen regels = regels(s, plan);
        List<Project> projecten = projecten(s, plan);
        List<Projectregel> metKosten = projecten.stream().map(p -> {
            Plantotalen.Raming raming = regels.raming(planproject(p));
            return new Projectregel(p, raming.kosten().orElse(null), raming.betaler().map(Betaler::name).orElse(null));
        }).toList();
        return new Plandossier(plan, metKosten, regels.totalen(projecten.stream().map(Huisvesting::planproject).toList()));
    }

    /** The cost rules of a plan: the parameters of its gemeente in its first year. */
    static Plantotalen regels(StoreSession s, Plan plan) {
        return Parameterset.laad(s, plan.getGemeente().getCode(), plan.getBeginjaar()).plantotalen();
    }

    static List<Project> projecten(StoreSession s, Plan plan) {
        return s.list(IHP.getProject(), IHP.getProject_Plan(), plan).stream().map(Project.class::cast)
                .sorted(Comparator.comparingInt(Project::getNummer)).toList();
    }

    static Planproject planproject(Project p) {
        return new Planproject(p.getNummer(), p.getNaam(), Voorziening.valueOf(p.getSoort().getLiteral()), p.getJaar(), p.getM2(),
                p.getKostenraming(), p.isSetBetaler() ? Betaler.valueOf(p.getBetaler().getLiteral()) : null,
                p.getStatus().getLiteral(), p.getPrioriteit().getLiteral());
    }

    /** What changed from plan version {@code oud} to {@code nieuw}, each with its own parameters. */
    public List<Planverschil.Wijziging> verschil(String oud, String nieuw) {
        return store.read(s -> {
            Plan a = (Plan) s.get(IHP.getPlan(), oud).orElseThrow(() -> new IllegalArgumentException("Planversie '" + oud + "' bestaat niet."));
            Plan b = (Plan) s.get(IHP.getPlan(), nieuw).orElseThrow(() -> new IllegalArgumentException("Planversie '" + nieuw + "' bestaat niet."));
            return new Planverschil(regels(s, a), regels(s, b)).vergelijk(projecten(s, a).stream().map(Huisvesting::planproject).toList(),
                    projecten(s, b).stream().map(Huisvesting::planproject).toList());
        });
    }

    // ------------------------------------------------------------------ inventory

    /** A vestiging with the buildings it uses (gymzalen and tijdelijke huisvesting included). */
    public record Dossier(Vestiging vestiging, List<Gebruik> gebruik, List<Jaarregel> jaren) {
    }

    public Optional<Dossier> dossier(String brin6) {
        return store.read(s -> s.get(CORE.getVestiging(), brin6).map(o -> {
            Vestiging v = (Vestiging) o;
            return new Dossier(v, gebruik(s, v), new Context(s, gemeenteVan(v)).regels(v));
        }));
    }

    /** The buildings of a gemeente, by code. */
    public List<Gebouw> gebouwen(String gemeente) {
        return store.read(s -> s.list(IHP.getGebouw(), IHP.getGebouw_Gemeente(), gemeente).stream().map(Gebouw.class::cast).toList());
    }

    /** Every gebruik of the buildings of a gemeente, by key. */
    public List<Gebruik> gebruikVan(List<Gebouw> gebouwen) {
        return store.read(s -> gebouwen.stream().flatMap(g -> s.list(IHP.getGebruik(), IHP.getGebruik_Gebouw(), g.getCode()).stream())
                .map(Gebruik.class::cast).toList());
    }

    /** The vestigingen of a gemeente, by BRIN6. */
    public List<Vestiging> vestigingen(String gemeente) {
        return store.read(s -> s.list(CORE.getVestiging(), CORE.getVestiging_Gemeente(), gemeente).stream().map(Vestiging.class::cast).toList());
    }

    /** A gemeente with its number of vestigingen. */
    public record GemeenteInfo(String code, String naam, int vestigingen) {
    }

    /**
     * Gemeenten that have vestigingen, the one with the most first. Counted with one SQL query on the
     * core table (store naming contract), not by loading every vestiging.
     */
    public List<GemeenteInfo> gemeenten() {
        Map<String, Integer> aantallen = new HashMap<>();
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT GEMEENTE_CODE, COUNT(*) FROM CORE_DATA.VESTIGING WHERE GEMEENTE_CODE IS NOT NULL GROUP BY GEMEENTE_CODE");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                aantallen.put(rows.getString(1), rows.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("De gemeenten konden niet worden geteld: " + e.getMessage(), e);
        }
        return store.read(s -> s.list(CORE.getGemeente()).stream().map(Gemeente.class::cast)
                .filter(g -> aantallen.containsKey(g.getCode()))
                .map(g -> new GemeenteInfo(g.getCode(), g.getNaam(), aantallen.get(g.getCode())))
                .sorted(Comparator.comparingInt((GemeenteInfo g) -> -g.vestigingen()).thenComparing(GemeenteInfo::naam))
                .toList());
    }

    static int jaarVan(Date date) {
        return date.toInstant().atZone(ZONE).getYear();
    }
}
