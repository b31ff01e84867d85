package nl.wij.ihp.imports.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.wij.core.importer.ImportProblem;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Vestiging;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.SaveSummary;
import nl.wij.core.store.StoreSession;
import nl.wij.ihp.model.IhpFactory;
import nl.wij.ihp.model.Leerlingprognose;
import nl.wij.ihp.model.Prognosebron;
import nl.wij.ihp.model.support.IhpSleutels;

/**
 * Writes the forecasts of one read file in one store transaction, as {@link Leerlingprognose}s keyed
 * by vestiging, year, source and type: importing the same file again changes nothing. A forecast for
 * a vestiging the store does not know is a problem at its line, and then nothing is written.
 */
final class Prognoseschrijver {

    /** Thrown inside the unit of work so the store rolls it back; carries the problems. */
    static final class Geweigerd extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient List<ImportProblem> problemen;

        Geweigerd(List<ImportProblem> problemen) {
            super(problemen.size() + " problemen");
            this.problemen = problemen;
        }
    }

    private Prognoseschrijver() {
    }

    /**
     * @return what the store did
     * @throws Geweigerd with the problems when a vestiging is unknown; nothing was written
     */
    static SaveSummary schrijf(ModelStore store, String user, Prognosebestand.Gelezen gelezen, String naam) {
        Prognosebron bron = gelezen.soort() == Prognosebestand.Soort.DUO ? Prognosebron.DUO : Prognosebron.GEMEENTE;
        return store.write(user, s -> {
            Map<String, Optional<Vestiging>> vestigingen = new HashMap<>();
            List<ImportProblem> problemen = new ArrayList<>();
            List<Leerlingprognose> prognoses = new ArrayList<>();
            for (Prognosebestand.Regel regel : gelezen.prognoses()) {
                Optional<Vestiging> vestiging = vestigingen.computeIfAbsent(regel.brin6(), b -> vestiging(s, b));
                if (vestiging.isEmpty()) {
                    problemen.add(new ImportProblem(naam, regel.regel(), null, 0, "Vestiging " + regel.brin6()
                            + " is onbekend; lees eerst de vestigingen van DUO in.", regel.brin6()));
                    continue;
                }
                Leerlingprognose p = IhpFactory.eINSTANCE.createLeerlingprognose();
                p.setVestiging(vestiging.get());
                p.setJaar(regel.jaar());
                p.setAantal(regel.aantal());
                p.setBron(bron);
                p.setType(regel.type());
                p.setOpgesteld(regel.opgesteld());
                p.setSleutel(IhpSleutels.van(p));
                prognoses.add(p);
            }
            if (!problemen.isEmpty()) {
                throw new Geweigerd(problemen);
            }
            return s.saveAll(prognoses);
        });
    }

    private static Optional<Vestiging> vestiging(StoreSession s, String brin6) {
        return s.get(CorePackage.Literals.VESTIGING, brin6).map(Vestiging.class::cast);
    }
}
