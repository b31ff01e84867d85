package nl.wij.core.imports.impl.duo;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.wij.core.model.BevoegdGezag;
import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Instelling;
import nl.wij.core.model.Lidmaatschapsrol;
import nl.wij.core.model.Regio;
import nl.wij.core.model.RegioLidmaatschap;
import nl.wij.core.model.RegioType;
import nl.wij.core.model.support.Sleutels;

/**
 * The objects many rows of one file share: gemeenten, regio's and memberships, besturen and
 * instellingen. Each is looked up once (the stored one, or a new one), merged with what the rows
 * say, and written once at the end of the file, so a file names each at most once to the store.
 * <p>
 * Merge rules (a file is an authority only for what it carries):
 * <ul>
 *   <li>Gemeente: name and provincie by {@link Names#prefer}; a new gemeente without a name is named
 *       by its code until a file names it.</li>
 *   <li>Regio: the file's name wins; a new regio without a name is named by its code.</li>
 *   <li>RegioLidmaatschap: created as {@code lid} when new; a stored one is left as it is (its role,
 *       e.g. contactgemeente, and its dates are kept by the gemeente, not by DUO).</li>
 *   <li>BevoegdGezag: created when new; never changed (DUO's files carry only the number).</li>
 *   <li>Instelling: a vestigingen file sets its bestuur; a count file only fills a missing one.</li>
 * </ul>
 */
final class SharedObjects {

    private final CorePackage model;
    private final CoreFactory factory;
    private final ExistingObjects existing;
    private final Remarks remarks;

    private final Map<String, Gemeente> gemeenten = new LinkedHashMap<>();
    private final Map<String, Regio> regios = new LinkedHashMap<>();
    private final Map<String, RegioLidmaatschap> lidmaatschappen = new LinkedHashMap<>();
    private final Map<String, BevoegdGezag> besturen = new LinkedHashMap<>();
    private final Map<String, Instelling> instellingen = new LinkedHashMap<>();
    /** For a bestuur that two rows give differently: where the first one came from. */
    private final Map<String, Long> bestuurLine = new LinkedHashMap<>();

    SharedObjects(CorePackage model, ExistingObjects existing, Remarks remarks) {
        this.model = model;
        this.factory = model.getCoreFactory();
        this.existing = existing;
        this.remarks = remarks;
    }

    Gemeente gemeente(String code, String naam, String provincie) {
        Gemeente gemeente = gemeenten.computeIfAbsent(code, c -> {
            Gemeente stored = existing.find(model.getGemeente(), c);
            if (stored != null) {
                return stored;
            }
            Gemeente created = factory.createGemeente();
            created.setCode(c);
            return created;
        });
        // A code as placeholder name is in capitals, so any name a file gives replaces it.
        gemeente.setNaam(Names.prefer(gemeente.getNaam(), naam));
        if (gemeente.getNaam() == null) {
            gemeente.setNaam(code);
        }
        gemeente.setProvincie(Names.prefer(gemeente.getProvincie(), provincie));
        return gemeente;
    }

    Regio regio(RegioType type, String code, String naam) {
        String key = Sleutels.regio(type, code);
        Regio regio = regios.computeIfAbsent(key, k -> {
            Regio stored = existing.find(model.getRegio(), k);
            if (stored != null) {
                return stored;
            }
            Regio created = factory.createRegio();
            created.setSleutel(k);
            created.setType(type);
            created.setCode(code);
            return created;
        });
        if (naam != null && !naam.isBlank()) {
            regio.setNaam(naam);
        } else if (regio.getNaam() == null) {
            regio.setNaam(code);
        }
        return regio;
    }

    void lidmaatschap(Regio regio, Gemeente gemeente) {
        String key = Sleutels.regioLidmaatschap(regio.getSleutel(), gemeente.getCode(), null);
        lidmaatschappen.computeIfAbsent(key, k -> {
            RegioLidmaatschap stored = existing.find(model.getRegioLidmaatschap(), k);
            if (stored != null) {
                return stored;
            }
            RegioLidmaatschap created = factory.createRegioLidmaatschap();
            created.setSleutel(k);
            created.setRegio(regio);
            created.setGemeente(gemeente);
            created.setRol(Lidmaatschapsrol.LID);
            return created;
        });
    }

    BevoegdGezag bevoegdGezag(String nummer) {
        return besturen.computeIfAbsent(nummer, n -> {
            BevoegdGezag stored = existing.find(model.getBevoegdGezag(), n);
            if (stored != null) {
                return stored;
            }
            BevoegdGezag created = factory.createBevoegdGezag();
            created.setNummer(n);
            return created;
        });
    }

    /**
     * The instelling with this BRIN.
     *
     * @param bestuur the bevoegd-gezagnummer the row gives, or {@code null}
     * @param authority whether the row is from a vestigingen file (sets the bestuur) or a count
     *        file (fills a missing one)
     */
    Instelling instelling(String brin4, String bestuur, boolean authority, long line) {
        Instelling instelling = instellingen.computeIfAbsent(brin4, b -> {
            Instelling stored = existing.find(model.getInstelling(), b);
            if (stored != null) {
                return stored;
            }
            Instelling created = factory.createInstelling();
            created.setBrin4(b);
            return created;
        });
        if (bestuur == null || bestuur.isBlank()) {
            return instelling;
        }
        if (authority) {
            Long first = bestuurLine.putIfAbsent(brin4, line);
            String current = instelling.getBevoegdGezag() == null ? null : instelling.getBevoegdGezag().getNummer();
            if (first != null && !bestuur.equals(current)) {
                remarks.warn(line, "BEVOEGD GEZAG NUMMER", "instelling " + brin4 + " heeft op regel " + first
                        + " bevoegd gezag " + current + "; die eerste waarde is aangehouden", bestuur);
                return instelling;
            }
            instelling.setBevoegdGezag(bevoegdGezag(bestuur));
        } else if (instelling.getBevoegdGezag() == null) {
            instelling.setBevoegdGezag(bevoegdGezag(bestuur));
        }
        return instelling;
    }

    /** Queues every object the file touched. */
    void queue(Batches batches) {
        gemeenten.values().forEach(batches::add);
        regios.values().forEach(batches::add);
        lidmaatschappen.values().forEach(batches::add);
        besturen.values().forEach(batches::add);
        instellingen.values().forEach(batches::add);
    }
}
