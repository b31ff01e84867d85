package nl.wij.ihp.web.impl.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Vestiging;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.StoreSession;
import nl.wij.ihp.logic.Capaciteitstoets;
import nl.wij.ihp.logic.Leerlinggroep;
import nl.wij.ihp.logic.Signaleringsregels;
import nl.wij.ihp.model.Gebouw;
import nl.wij.ihp.model.Gebruik;
import nl.wij.ihp.model.IhpPackage;
import nl.wij.ihp.model.Plan;
import nl.wij.ihp.model.Planstatus;
import nl.wij.ihp.model.Project;
import nl.wij.ihp.model.Projectstatus;
import nl.wij.ihp.model.Verordening;
import nl.wij.workbench.api.Problem;

/**
 * Applies the signalering rules of {@link Signaleringsregels} to the store: for every gemeente that
 * has IHP data (a building, its own verordening or a plan).
 */
@Component(service = Signalen.class)
public final class Signalen {

    private static final IhpPackage IHP = IhpPackage.eINSTANCE;

    /**
     * One signalering.
     *
     * @param regel {@code tekort}, {@code levensduur}, {@code binnenklimaat} or {@code opheffingsnorm}
     * @param sleutel the BRIN6 of the vestiging or the code of the building
     * @param gebouw whether the key is a building's
     */
    public record Signaal(String regel, String sleutel, boolean gebouw, Problem.Severity ernst, String tekst) {
    }

    private final ModelStore store;
    private final Huisvesting huisvesting;

    @Activate
    public Signalen(@Reference ModelStore store, @Reference Huisvesting huisvesting) {
        this.store = store;
        this.huisvesting = huisvesting;
    }

    /** Every signalering now, per gemeente: shortages, old buildings, indoor climate, opheffingsnorm. */
    public List<Signaal> alle() {
        int ditJaar = huisvesting.ditJaar();
        return store.read(s -> {
            List<Signaal> signalen = new ArrayList<>();
            for (String gemeente : gemeentenMetGegevens(s)) {
                Parameterset nu = Parameterset.laad(s, gemeente, ditJaar);
                List<Gebouw> gebouwen = s.list(IHP.getGebouw(), IHP.getGebouw_Gemeente(), gemeente).stream().map(Gebouw.class::cast).toList();
                Set<String> metProject = gebouwenMetProject(s, gemeente);
                for (Gebouw gebouw : gebouwen) {
                    gebouw(gebouw, nu, metProject.contains(gebouw.getCode()), ditJaar, signalen);
                }
                for (EObject o : s.list(CorePackage.Literals.VESTIGING, CorePackage.Literals.VESTIGING__GEMEENTE, gemeente)) {
                    vestiging(s, (Vestiging) o, gemeente, nu, ditJaar, signalen);
                }
            }
            return signalen;
        });
    }

    private static void gebouw(Gebouw gebouw, Parameterset nu, boolean heeftProject, int ditJaar, List<Signaal> signalen) {
        String naam = gebouw.getNaam() + " (" + gebouw.getCode() + (gebouw.isVoorbeeld() ? ", voorbeeld" : "") + ")";
        Integer levensduur = gebouw.getLevensduurJaren() != null ? gebouw.getLevensduurJaren() : nu.levensduur();
        if (levensduur != null && Signaleringsregels.verouderdZonderProject(gebouw.getBouwjaar(), levensduur, ditJaar, heeftProject)) {
            signalen.add(new Signaal("levensduur", gebouw.getCode(), true, Problem.Severity.WAARSCHUWING, "Gebouw " + naam
                    + " is " + (ditJaar - gebouw.getBouwjaar()) + " jaar oud, ouder dan de levensduur van " + levensduur
                    + " jaar, en staat in geen plan."));
        }
        List<String> klimaat = Signaleringsregels.binnenklimaat(
                gebouw.isSetFrisseScholenKlasse() ? gebouw.getFrisseScholenKlasse().getLiteral() : null, gebouw.getVentilatieGemeten());
        if (!klimaat.isEmpty()) {
            signalen.add(new Signaal("binnenklimaat", gebouw.getCode(), true, Problem.Severity.WAARSCHUWING,
                    "Gebouw " + naam + ": " + String.join(" en ", klimaat) + "."));
        }
    }

    private void vestiging(StoreSession s, Vestiging vestiging, String gemeente, Parameterset nu, int ditJaar, List<Signaal> signalen) {
        String naam = vestiging.getNaam() + " (" + vestiging.getBrin6() + ")";
        List<Gebruik> gebruik = Huisvesting.gebruik(s, vestiging);
        if (!gebruik.isEmpty()) {
            String soort = vestiging.isSetSoort() ? vestiging.getSoort().getLiteral() : null;
            Map<Integer, Capaciteitstoets.Uitkomst> prognose = new TreeMap<>();
            Huisvesting.prognoses(s, vestiging, soort).forEach((jaar, groepen) -> {
                Parameterset p = Parameterset.laad(s, gemeente, jaar);
                prognose.put(jaar, p.toets().toets(p.ruimtebehoefte().normatiefM2(groepen).orElse(null), Huisvesting.beschikbaarM2(gebruik, jaar)));
            });
            Signaleringsregels.eersteTekortjaar(prognose).ifPresent(jaar -> signalen.add(new Signaal("tekort", vestiging.getBrin6(), false,
                    Problem.Severity.WAARSCHUWING, "Vestiging " + naam + " heeft in " + jaar + " volgens de prognose een tekort van "
                            + prognose.get(jaar).verschilM2().negate().toPlainString() + " m2 BVO (" + prognose.get(jaar).verschilProcent()
                            .negate().toPlainString() + "%), meer dan de drempel van de verordening.")));
        }
        Integer norm = nu.opheffingsnorm();
        if (norm != null) {
            Map<Integer, Integer> tellingen = new TreeMap<>();
            Huisvesting.tellingen(s, vestiging).forEach((jaar, groepen) -> tellingen.put(jaar, groepen.stream().mapToInt(Leerlinggroep::aantal).sum()));
            boolean vrijgesteld = !s.list(IHP.getVrijstelling(), IHP.getVrijstelling_Vestiging(), vestiging).isEmpty();
            Signaleringsregels.onderOpheffingsnorm(tellingen, norm, vrijgesteld).ifPresent(jaren -> signalen.add(new Signaal(
                    "opheffingsnorm", vestiging.getBrin6(), false, Problem.Severity.FOUT, "Vestiging " + naam + " had in " + jaren.get(0)
                            + " tot en met " + jaren.get(jaren.size() - 1) + " minder leerlingen dan de opheffingsnorm van " + norm
                            + ". Leg een vrijstelling vast als de school de enige van haar richting binnen 50 km of de enige openbare binnen 10 km is.")));
        }
    }

    private static Set<String> gemeentenMetGegevens(StoreSession s) {
        Set<String> gemeenten = new LinkedHashSet<>();
        s.list(IHP.getGebouw()).forEach(o -> gemeenten.add(((Gebouw) o).getGemeente().getCode()));
        s.list(IHP.getVerordening()).stream().map(Verordening.class::cast).filter(v -> v.getGemeente() != null)
                .forEach(v -> gemeenten.add(v.getGemeente().getCode()));
        s.list(IHP.getPlan()).forEach(o -> gemeenten.add(((Plan) o).getGemeente().getCode()));
        return gemeenten;
    }

    /** Buildings that a project of a plan that is not vervallen names (a project that is not vervallen itself). */
    private static Set<String> gebouwenMetProject(StoreSession s, String gemeente) {
        Set<String> codes = new LinkedHashSet<>();
        for (EObject o : s.list(IHP.getPlan(), IHP.getPlan_Gemeente(), gemeente)) {
            Plan plan = (Plan) o;
            if (plan.getStatus() == Planstatus.VERVALLEN) {
                continue;
            }
            for (Project project : Huisvesting.projecten(s, plan)) {
                if (project.getGebouw() != null && project.getStatus() != Projectstatus.VERVALLEN) {
                    codes.add(project.getGebouw().getCode());
                }
            }
        }
        return codes;
    }
}
