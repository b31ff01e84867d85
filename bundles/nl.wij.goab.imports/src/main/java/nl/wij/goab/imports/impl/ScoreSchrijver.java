package nl.wij.goab.imports.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Instelling;
import nl.wij.core.model.Onderwijssoort;
import nl.wij.core.model.Vestiging;
import nl.wij.core.model.support.Datums;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.SaveSummary;
import nl.wij.core.store.StoreSession;
import nl.wij.goab.model.Achterstandsscore;
import nl.wij.goab.model.GoabFactory;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.support.GoabSleutels;

/**
 * Writes the rows of a score sheet in one store transaction: an {@code Achterstandsscore} per row,
 * keyed by vestiging and peildatum, so the same file again changes nothing and a later year adds its
 * own rows. A vestiging the store does not know yet is created with what the file knows (its code,
 * its instelling from the first four characters, soort bo because the table is about basisscholen,
 * and its code as name until a DUO file names it), as the DUO import does for counted schools.
 */
final class ScoreSchrijver {

    private final ModelStore store;
    private final CorePackage core;
    private final GoabPackage goab;

    ScoreSchrijver(ModelStore store, CorePackage core, GoabPackage goab) {
        this.store = store;
        this.core = core;
        this.goab = goab;
    }

    /** What was saved per class name, in the order Instelling, Vestiging, Achterstandsscore. */
    Map<String, SaveSummary> schrijf(String user, LocalDate peildatum, List<Scoreblad.Regel> regels) {
        return store.write(user, session -> {
            Map<String, Vestiging> vestigingen = index(session, core.getVestiging(), Vestiging.class);
            Map<String, Instelling> instellingen = index(session, core.getInstelling(), Instelling.class);
            CoreFactory coreFactory = core.getCoreFactory();
            GoabFactory factory = goab.getGoabFactory();
            List<Instelling> nieuweInstellingen = new ArrayList<>();
            List<Vestiging> nieuweVestigingen = new ArrayList<>();
            List<Achterstandsscore> scores = new ArrayList<>();
            for (Scoreblad.Regel regel : regels) {
                Vestiging vestiging = vestigingen.get(regel.brin6());
                if (vestiging == null) {
                    String brin4 = regel.brin6().substring(0, 4);
                    Instelling instelling = instellingen.get(brin4);
                    if (instelling == null) {
                        instelling = coreFactory.createInstelling();
                        instelling.setBrin4(brin4);
                        instellingen.put(brin4, instelling);
                        nieuweInstellingen.add(instelling);
                    }
                    vestiging = coreFactory.createVestiging();
                    vestiging.setBrin6(regel.brin6());
                    vestiging.setNaam(regel.brin6());
                    vestiging.setSoort(Onderwijssoort.BO);
                    vestiging.setInstelling(instelling);
                    vestigingen.put(regel.brin6(), vestiging);
                    nieuweVestigingen.add(vestiging);
                }
                Achterstandsscore score = factory.createAchterstandsscore();
                score.setVestiging(vestiging);
                score.setPeildatum(Datums.datum(peildatum));
                score.setBekostigdeLeerlingen(regel.leerlingen());
                score.setScore(regel.score());
                score.setOnbetrouwbaar(regel.onbetrouwbaar());
                score.setSleutel(GoabSleutels.van(score));
                scores.add(score);
            }
            Map<String, SaveSummary> saved = new LinkedHashMap<>();
            saved.put("Instelling", session.saveAll(nieuweInstellingen));
            saved.put("Vestiging", session.saveAll(nieuweVestigingen));
            saved.put("Achterstandsscore", session.saveAll(scores));
            return saved;
        });
    }

    private static <T extends EObject> Map<String, T> index(StoreSession session, org.eclipse.emf.ecore.EClass eClass,
            Class<T> type) {
        Map<String, T> byKey = new HashMap<>();
        for (EObject object : session.list(eClass)) {
            byKey.put(String.valueOf(object.eGet(eClass.getEIDAttribute())), type.cast(object));
        }
        return byKey;
    }
}
