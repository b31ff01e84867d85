package nl.wij.core.imports.impl.duo;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.wij.core.importer.LeerlingtellingRecord;
import nl.wij.core.importer.VestigingKenmerken;
import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Leerlingtelling;
import nl.wij.core.model.Onderwijssoort;
import nl.wij.core.model.Vestiging;
import nl.wij.core.model.support.Datums;
import nl.wij.core.model.support.Sleutels;

/**
 * A record of a count file onto a {@code Leerlingtelling}, and the vestiging it counts.
 * <p>
 * A count's key is vestiging, peildatum, soort, onderwijstype and leerjaar ({@link Sleutels}), so
 * the same file again gives the same keys (unchanged) and a newer peildatum new ones (added).
 * <p>
 * The counted vestiging: when the store (or the file, earlier) has it, the count file only fills
 * what is empty (name, place, postcode, gemeente, denominatie, the instelling's bestuur): the
 * vestigingen file is the authority for those. When nobody has it, it is created from what the
 * count file knows (for vo: name and place, no gemeente). The soort comes from the counts, because
 * the po vestigingen file does not say whether a school is bo, sbo, so or vso: a vestiging whose
 * soort is unknown or a po soort gets the soort of its counts; with counts in more than one soort
 * (DUO lists 164 so/vso schools twice) the first in the order bo, sbo, so, vso. A vo vestiging
 * never becomes po, nor the other way round.
 */
final class TellingWriter {

    private static final Set<Onderwijssoort> PO = EnumSet.of(Onderwijssoort.BO, Onderwijssoort.SBO,
            Onderwijssoort.SO, Onderwijssoort.VSO);

    private final CorePackage model;
    private final CoreFactory factory;
    private final ExistingObjects existing;
    private final SharedObjects shared;
    private final Values values;
    private final Map<String, Vestiging> vestigingen = new LinkedHashMap<>();
    private final Map<String, EnumSet<Onderwijssoort>> soorten = new LinkedHashMap<>();

    TellingWriter(CorePackage model, ExistingObjects existing, SharedObjects shared, Values values) {
        this.model = model;
        this.factory = model.getCoreFactory();
        this.existing = existing;
        this.shared = shared;
        this.values = values;
    }

    Leerlingtelling write(LeerlingtellingRecord r) {
        Onderwijssoort soort = Onderwijssoort.get(r.soort());
        Vestiging vestiging = vestiging(r);
        soorten.computeIfAbsent(r.brin6(), b -> EnumSet.noneOf(Onderwijssoort.class)).add(soort);

        Leerlingtelling telling = factory.createLeerlingtelling();
        telling.setVestiging(vestiging);
        telling.setPeildatum(Datums.datum(r.peildatum()));
        telling.setSoort(soort);
        telling.setOnderwijstype(values.text(r.onderwijstype(), Values.MAX_ONDERWIJSTYPE, r.line(),
                "ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR"));
        telling.setLeerjaar(r.leerjaar());
        telling.setAantal(r.aantal());
        telling.setOnderdrukt(r.onderdrukt());
        telling.setSleutel(Sleutels.leerlingtelling(r.brin6(), r.peildatum(), soort, telling.getOnderwijstype(),
                r.leerjaar()));
        return telling;
    }

    /** Queues the counted vestigingen, with their soort from the counts. */
    void queue(Batches batches) {
        vestigingen.forEach((brin6, vestiging) -> {
            settleSoort(vestiging, soorten.get(brin6));
            batches.add(vestiging);
        });
    }

    private Vestiging vestiging(LeerlingtellingRecord r) {
        Vestiging known = vestigingen.get(r.brin6());
        if (known != null) {
            return known;
        }
        VestigingKenmerken k = r.vestiging();
        long line = r.line();
        Vestiging v = existing.find(model.getVestiging(), r.brin6());
        boolean created = v == null;
        if (created) {
            v = factory.createVestiging();
            v.setBrin6(r.brin6());
        }
        if (v.getNaam() == null) {
            String naam = values.text(k.naam(), Values.MAX_TEXT, line, "INSTELLINGSNAAM VESTIGING");
            v.setNaam(naam == null ? r.brin6() : naam);
        }
        if (v.getPlaats() == null) {
            v.setPlaats(values.text(k.plaats(), Values.MAX_TEXT, line, "PLAATSNAAM"));
        }
        if (v.getPostcode() == null) {
            v.setPostcode(values.postcode(k.postcode(), line, "POSTCODE"));
        }
        if (v.getDenominatie() == null && k.denominatie() != null) {
            v.setDenominatie(values.text(k.denominatie(), Values.MAX_TEXT, line, "DENOMINATIE"));
            v.setOpenbaar(Values.openbaar(k.denominatie()));
        }
        if (k.gemeenteCode() != null) {
            Gemeente gemeente = shared.gemeente(k.gemeenteCode(),
                    values.text(k.gemeenteNaam(), Values.MAX_TEXT, line, "GEMEENTENAAM"),
                    values.text(k.provincie(), Values.MAX_TEXT, line, "PROVINCIE"));
            if (v.getGemeente() == null) {
                v.setGemeente(gemeente);
            }
        }
        if (created || v.getInstelling() == null || v.getInstelling().getBevoegdGezag() == null) {
            v.setInstelling(shared.instelling(r.brin6().substring(0, 4), k.bevoegdGezagNummer(), false, line));
        }
        vestigingen.put(r.brin6(), v);
        return v;
    }

    private static void settleSoort(Vestiging v, Set<Onderwijssoort> counted) {
        if (counted == null || counted.isEmpty()) {
            return;
        }
        Onderwijssoort first = counted.iterator().next(); // EnumSet iterates in declaration order: bo, sbo, so, vso, vo
        boolean unknown = !v.isSetSoort() || v.getSoort() == null;
        if (unknown || PO.contains(v.getSoort()) && PO.contains(first)) {
            v.setSoort(first);
        }
    }
}
