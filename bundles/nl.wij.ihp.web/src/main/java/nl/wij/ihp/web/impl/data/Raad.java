package nl.wij.ihp.web.impl.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nl.wij.core.store.ModelStore;
import nl.wij.ihp.logic.Signaleringsregels;
import nl.wij.ihp.model.IhpPackage;
import nl.wij.ihp.model.Normbedrag;
import nl.wij.ihp.model.Plan;
import nl.wij.ihp.model.Planstatus;
import nl.wij.ihp.model.Verordening;

/**
 * The answers for the raad (which buildings miss the ventilation norm, where and when shortages and
 * surpluses are, what the plan costs per year and who pays) and the verordening as the views show
 * it, as JSON bodies.
 */
@Component(service = Raad.class)
public final class Raad {

    private static final IhpPackage IHP = IhpPackage.eINSTANCE;
    private static final Gson GSON = new Gson();

    private final ModelStore store;
    private final Huisvesting huisvesting;

    @Activate
    public Raad(@Reference ModelStore store, @Reference Huisvesting huisvesting) {
        this.store = store;
        this.huisvesting = huisvesting;
    }

    /** One building that misses the ventilation norm or has no measurement. */
    public record Ventilatie(String code, String naam, String soort, boolean voorbeeld, String frisseScholenKlasse,
            Boolean gemeten, Boolean voldoet, List<String> bevindingen) {
    }

    /** The buildings of a gemeente that miss the norm: class C, not measured, or measured and failing. */
    public List<Ventilatie> ventilatie(String gemeente) {
        return huisvesting.gebouwen(gemeente).stream().map(g -> {
            String klasse = g.isSetFrisseScholenKlasse() ? g.getFrisseScholenKlasse().getLiteral() : null;
            List<String> bevindingen = new ArrayList<>(Signaleringsregels.binnenklimaat(klasse, g.getVentilatieGemeten()));
            if (Boolean.FALSE.equals(g.getVentilatieVoldoet())) {
                bevindingen.add("voldeed bij de meting niet aan de ventilatienorm");
            }
            return new Ventilatie(g.getCode(), g.getNaam(), g.getSoort().getLiteral(), g.isVoorbeeld(), klasse, g.getVentilatieGemeten(),
                    g.getVentilatieVoldoet(), bevindingen);
        }).filter(v -> !v.bevindingen().isEmpty()).toList();
    }

    /** The plan version the raad asks about: the latest vastgesteld, else the latest concept. */
    public Optional<Plan> huidigPlan(String gemeente) {
        List<Plan> plannen = huisvesting.plannen(gemeente);
        return plannen.stream().filter(p -> p.getStatus() == Planstatus.VASTGESTELD).findFirst()
                .or(() -> plannen.stream().filter(p -> p.getStatus() == Planstatus.CONCEPT).findFirst());
    }

    /** {@code ventilatie}, {@code ruimte} (rows with a tekort or overschot) and {@code plan} with its totals. */
    public void antwoorden(String gemeente, JsonObject body) {
        body.add("ventilatie", GSON.toJsonTree(ventilatie(gemeente)));
        body.add("ruimte", GSON.toJsonTree(huisvesting.ruimtebehoefte(gemeente).stream()
                .filter(r -> r.oordeel().equals("TEKORT") || r.oordeel().equals("OVERSCHOT")).toList()));
        huidigPlan(gemeente).flatMap(p -> huisvesting.plan(p.getCode())).ifPresent(dossier -> {
            JsonObject plan = new JsonObject();
            plan.addProperty("code", dossier.plan().getCode());
            plan.addProperty("naam", dossier.plan().getNaam());
            plan.addProperty("status", dossier.plan().getStatus().getLiteral());
            plan.add("totalen", Totalen.json(dossier.totalen()));
            body.add("plan", plan);
        });
    }

    /**
     * The verordeningen that matter for a gemeente (its own and the VNG defaults) with their
     * ruimtenormen, the normbedragen (own and VNG), and the key of the one that applies this year.
     */
    public void verordening(String gemeente, JsonObject body) {
        store.read(s -> {
            List<Verordening> verordeningen = s.list(IHP.getVerordening()).stream().map(Verordening.class::cast)
                    .filter(v -> v.getGemeente() == null || v.getGemeente().getCode().equals(gemeente))
                    .sorted(Comparator.comparing((Verordening v) -> v.getGemeente() != null)
                            .thenComparing(v -> v.getVanafJaar() == null ? 0 : v.getVanafJaar())).toList();
            JsonArray normen = new JsonArray();
            for (Verordening v : verordeningen) {
                for (EObject n : s.list(IHP.getRuimtenorm(), IHP.getRuimtenorm_Verordening(), v)) {
                    normen.add(Json.object(n));
                }
            }
            List<Normbedrag> bedragen = s.list(IHP.getNormbedrag()).stream().map(Normbedrag.class::cast)
                    .filter(n -> n.getGemeente() == null || n.getGemeente().getCode().equals(gemeente))
                    .sorted(Comparator.comparing((Normbedrag n) -> n.getVoorziening().getValue()).thenComparing(Normbedrag::getJaar)).toList();
            body.add("verordeningen", Json.objects(verordeningen));
            body.add("ruimtenormen", normen);
            body.add("normbedragen", Json.objects(bedragen));
            Parameterset.kies(verordeningen, gemeente, huisvesting.ditJaar()).ifPresent(v -> body.addProperty("geldend", v.getSleutel()));
            body.addProperty("jaar", huisvesting.ditJaar());
            return null;
        });
    }

}
