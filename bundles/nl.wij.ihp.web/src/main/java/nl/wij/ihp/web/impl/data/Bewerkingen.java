package nl.wij.ihp.web.impl.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.JsonObject;

import nl.wij.core.store.ModelStore;
import nl.wij.core.store.StoreException;
import nl.wij.core.store.StoreSession;
import nl.wij.ihp.logic.Plantotalen;
import nl.wij.ihp.model.Betaler;
import nl.wij.ihp.model.Gebouw;
import nl.wij.ihp.model.Gebruik;
import nl.wij.ihp.model.IhpPackage;
import nl.wij.ihp.model.Leerlingprognose;
import nl.wij.ihp.model.Normbedrag;
import nl.wij.ihp.model.Plan;
import nl.wij.ihp.model.Planstatus;
import nl.wij.ihp.model.Project;
import nl.wij.ihp.model.Ruimtenorm;
import nl.wij.ihp.model.Verordening;
import nl.wij.ihp.model.Vrijstelling;
import nl.wij.ihp.model.support.IhpSleutels;

/**
 * Every change the IHP views make, each one {@link ModelStore#write} with the account's name as audit
 * user: create, update and delete of the IHP classes from JSON values (derived keys set here, never
 * typed), and copying a plan into a new version. Domain checks beyond the model's: a project's year
 * lies within its plan, ruimtenorm categories of one verordening do not overlap, a gebruik's part is
 * not larger than its building.
 */
@Component(service = Bewerkingen.class)
public final class Bewerkingen {

    private static final IhpPackage IHP = IhpPackage.eINSTANCE;

    /** The classes the API edits, by name, with how their key follows from their values. */
    private static final Map<String, Function<EObject, String>> SLEUTELS = Map.of(
            "Gebouw", o -> ((Gebouw) o).getCode(),
            "Gebruik", o -> IhpSleutels.van((Gebruik) o),
            "Verordening", o -> IhpSleutels.van((Verordening) o),
            "Ruimtenorm", o -> IhpSleutels.van((Ruimtenorm) o),
            "Normbedrag", o -> IhpSleutels.van((Normbedrag) o),
            "Leerlingprognose", o -> IhpSleutels.van((Leerlingprognose) o),
            "Plan", o -> ((Plan) o).getCode(),
            "Project", o -> IhpSleutels.van((Project) o),
            "Vrijstelling", o -> IhpSleutels.van((Vrijstelling) o));

    /** Features the API never sets: they are derived on every save. */
    private static final List<String> AFGELEID = List.of("berekendeKosten", "berekendeBetaler");

    private final ModelStore store;

    @Activate
    public Bewerkingen(@Reference ModelStore store) {
        this.store = store;
    }

    /** The IHP class with this name, if the API edits it. */
    public static Optional<EClass> klasse(String naam) {
        return SLEUTELS.containsKey(naam) ? Optional.of((EClass) IHP.getEClassifier(naam)) : Optional.empty();
    }

    /** Creates an object; refused when its key exists. */
    public EObject maak(String user, EClass eClass, JsonObject values) {
        return store.write(user, s -> {
            EObject object = EcoreUtil.create(eClass);
            Waarden waarden = new Waarden(s).zet(object, values, AFGELEID);
            String key = sleutel(object, waarden);
            if (key != null && s.get(eClass, key).isPresent()) {
                waarden.fout("", eClass.getName() + " '" + key + "' bestaat al.");
            }
            controleer(s, object, waarden);
            s.save(object);
            herbereken(s, object);
            return s.get(eClass, key).orElseThrow();
        });
    }

    /** Changes the given values of an existing object; its key may not change. */
    public EObject wijzig(String user, EClass eClass, String key, JsonObject values) {
        return store.write(user, s -> {
            EObject object = s.get(eClass, key).orElseThrow(() -> Fout.van(eClass.getName() + " '" + key + "' bestaat niet."));
            List<String> vast = new ArrayList<>(AFGELEID);
            vast.add(eClass.getEIDAttribute().getName());
            Waarden waarden = new Waarden(s).zet(object, values, vast);
            String nieuw = sleutel(object, waarden);
            if (nieuw != null && !nieuw.equals(key)) {
                waarden.fout("", "Deze wijziging verandert de sleutel (" + key + " wordt " + nieuw
                        + "); maak een nieuw object en verwijder het oude.");
            }
            controleer(s, object, waarden);
            s.save(object);
            herbereken(s, object);
            return s.get(eClass, key).orElseThrow();
        });
    }

    /** Deletes an object; refused (with who refers to it) while others refer to it. */
    public boolean verwijder(String user, EClass eClass, String key) {
        try {
            return store.write(user, s -> {
                boolean deleted = s.delete(eClass, key);
                if (deleted && (eClass == IHP.getNormbedrag() || eClass == IHP.getVerordening())) {
                    herbereken(s, s.list(IHP.getProject()));
                }
                return deleted;
            });
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.IN_USE) {
                throw Fout.van(e.getMessage());
            }
            throw e;
        }
    }

    /**
     * Copies a plan with all its projects into a new concept version {@code nieuweCode} that names
     * the original as its previous version.
     */
    public Plan nieuweVersie(String user, String code, String nieuweCode, String naam) {
        return store.write(user, s -> {
            Plan oud = (Plan) s.get(IHP.getPlan(), code).orElseThrow(() -> Fout.van("Planversie '" + code + "' bestaat niet."));
            if (s.get(IHP.getPlan(), nieuweCode).isPresent()) {
                throw Fout.van("Planversie '" + nieuweCode + "' bestaat al.");
            }
            Plan nieuw = EcoreUtil.copy(oud);
            Waarden waarden = new Waarden(s);
            JsonObject values = new JsonObject();
            values.addProperty("code", nieuweCode);
            values.addProperty("naam", naam == null || naam.isBlank() ? oud.getNaam() + " (nieuwe versie)" : naam);
            values.addProperty("status", Planstatus.CONCEPT.getLiteral());
            values.add("vastgesteldOp", null);
            waarden.zet(nieuw, values, List.of());
            nieuw.setVorigeVersie(oud);
            waarden.controleer(nieuw);
            s.save(nieuw);
            for (Project project : Huisvesting.projecten(s, oud)) {
                Project kopie = EcoreUtil.copy(project);
                kopie.setPlan(nieuw);
                kopie.setSleutel(IhpSleutels.van(kopie));
                s.save(kopie);
            }
            herbereken(s, Huisvesting.projecten(s, (Plan) s.get(IHP.getPlan(), nieuweCode).orElseThrow()));
            return (Plan) s.get(IHP.getPlan(), nieuweCode).orElseThrow();
        });
    }

    /**
     * Keeps the stored {@code berekendeKosten} and {@code berekendeBetaler} of projects up to date: of
     * the project just saved, of every project of a saved plan, of every project when a verordening or
     * normbedrag changed (they set the normbedrag, its index and doordecentralisatie).
     */
    private static void herbereken(StoreSession s, EObject saved) {
        if (saved instanceof Project project) {
            herbereken(s, List.of(s.get(IHP.getProject(), project.getSleutel()).orElseThrow()));
        } else if (saved instanceof Plan plan) {
            herbereken(s, Huisvesting.projecten(s, (Plan) s.get(IHP.getPlan(), plan.getCode()).orElseThrow()));
        } else if (saved instanceof Normbedrag || saved instanceof Verordening) {
            herbereken(s, s.list(IHP.getProject()));
        }
    }

    private static void herbereken(StoreSession s, List<? extends EObject> projecten) {
        Map<String, Plantotalen> regels = new HashMap<>();
        List<Project> gewijzigd = new ArrayList<>();
        for (EObject o : projecten) {
            Project project = (Project) o;
            Plantotalen.Raming raming = regels.computeIfAbsent(project.getPlan().getCode(), c -> Huisvesting.regels(s, project.getPlan()))
                    .raming(Huisvesting.planproject(project));
            BigDecimal kosten = raming.kosten().orElse(null);
            Betaler betaler = raming.betaler().map(b -> Betaler.get(b.name())).orElse(null);
            boolean zelfdeKosten = kosten == null ? project.getBerekendeKosten() == null
                    : project.getBerekendeKosten() != null && kosten.compareTo(project.getBerekendeKosten()) == 0;
            boolean zelfdeBetaler = betaler == null ? !project.isSetBerekendeBetaler() : project.isSetBerekendeBetaler() && project.getBerekendeBetaler() == betaler;
            if (!zelfdeKosten || !zelfdeBetaler) {
                Project kopie = EcoreUtil.copy(project);
                kopie.setBerekendeKosten(kosten);
                if (betaler == null) {
                    kopie.unsetBerekendeBetaler();
                } else {
                    kopie.setBerekendeBetaler(betaler);
                }
                gewijzigd.add(kopie);
            }
        }
        gewijzigd.forEach(s::save);
    }

    private static String sleutel(EObject object, Waarden waarden) {
        try {
            String key = SLEUTELS.get(object.eClass().getName()).apply(object);
            if (object.eClass().getEIDAttribute().getName().equals("sleutel")) {
                object.eSet(object.eClass().getEIDAttribute(), key);
            }
            return key == null || key.isBlank() ? null : key;
        } catch (RuntimeException missingPart) {
            waarden.fout("", "De sleutel kan niet worden bepaald: vul de verplichte velden in.");
            return null;
        }
    }

    private static void controleer(StoreSession s, EObject object, Waarden waarden) {
        if (object instanceof Project project && project.getPlan() != null && project.getJaar() != null) {
            Plan plan = project.getPlan();
            int looptijd = plan.getLooptijdJaren() != null ? plan.getLooptijdJaren()
                    : Parameterset.kies(s.list(IHP.getVerordening()).stream().map(Verordening.class::cast).toList(),
                            plan.getGemeente().getCode(), plan.getBeginjaar()).map(Verordening::getPlanlooptijdJaren).orElse(0);
            int eind = plan.getBeginjaar() + Math.max(looptijd, 1) - 1;
            if (project.getJaar() < plan.getBeginjaar() || project.getJaar() > eind) {
                waarden.fout("jaar", project.getJaar() + " valt buiten het plan (" + plan.getBeginjaar() + " tot en met " + eind + ").");
            }
        }
        if (object instanceof Ruimtenorm norm && norm.getVerordening() != null && norm.getCategorie() != null) {
            String eigen = norm.getCategorie().strip().toLowerCase(Locale.ROOT);
            for (EObject o : s.list(IHP.getRuimtenorm(), IHP.getRuimtenorm_Verordening(), norm.getVerordening())) {
                String ander = ((Ruimtenorm) o).getCategorie().strip().toLowerCase(Locale.ROOT);
                if (!((Ruimtenorm) o).getSleutel().equals(norm.getSleutel()) && (ander.startsWith(eigen) || eigen.startsWith(ander))) {
                    waarden.fout("categorie", "'" + norm.getCategorie() + "' overlapt met de norm '" + ((Ruimtenorm) o).getCategorie()
                            + "' van deze verordening; een onderwijstype mag maar onder één norm vallen.");
                }
            }
        }
        if (object instanceof Gebruik gebruik && gebruik.getBvoM2() != null && gebruik.getGebouw() != null
                && gebruik.getGebouw().getBvoM2() != null && gebruik.getBvoM2().compareTo(gebruik.getGebouw().getBvoM2()) > 0) {
            waarden.fout("bvoM2", "het gebruikte deel (" + gebruik.getBvoM2().toPlainString() + " m2) is groter dan het gebouw ("
                    + gebruik.getGebouw().getBvoM2().toPlainString() + " m2).");
        }
        waarden.controleer(object);
    }
}
