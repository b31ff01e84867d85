package nl.wij.core.imports.impl.duo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.eclipse.emf.ecore.EClass;

import nl.wij.core.importer.DuoRecord;
import nl.wij.core.importer.LeerlingtellingRecord;
import nl.wij.core.importer.VestigingRecord;
import nl.wij.core.imports.ClassCount;
import nl.wij.core.model.CorePackage;
import nl.wij.core.store.StoreSession;

/**
 * Receives the records of one file inside its store transaction and writes them as model objects:
 * vestigingen and counts in batches as they come, the objects rows share at the end
 * ({@link #finish()}). Once the mapping found a problem it stops writing (the transaction will be
 * rolled back) but keeps checking, so the report lists all problems.
 */
final class ModelSink implements Consumer<DuoRecord> {

    private final Batches batches;
    private final SharedObjects shared;
    private final VestigingWriter vestigingen;
    private final TellingWriter tellingen;
    private final Remarks remarks;
    private final LongConsumer progress;
    private long records;

    /**
     * @param progress told the number of records handled so far, every so often
     */
    ModelSink(CorePackage model, StoreSession session, int batchSize, Remarks remarks, LongConsumer progress) {
        Map<EClass, String> order = new LinkedHashMap<>();
        order.put(model.getGemeente(), "Gemeenten");
        order.put(model.getRegio(), "Regio's");
        order.put(model.getRegioLidmaatschap(), "Lidmaatschappen van regio's");
        order.put(model.getBevoegdGezag(), "Besturen (bevoegd gezag)");
        order.put(model.getInstelling(), "Instellingen (BRIN)");
        order.put(model.getVestiging(), "Vestigingen");
        order.put(model.getLeerlingtelling(), "Leerlingtellingen");
        ExistingObjects existing = new ExistingObjects(session);
        Values values = new Values(remarks);
        this.batches = new Batches(session, existing, order, batchSize);
        this.shared = new SharedObjects(model, existing, remarks);
        this.vestigingen = new VestigingWriter(model, existing, shared, values, remarks);
        this.tellingen = new TellingWriter(model, existing, shared, values);
        this.remarks = remarks;
        this.progress = progress;
    }

    @Override
    public void accept(DuoRecord record) {
        if (remarks.full()) {
            return;
        }
        if (record instanceof VestigingRecord v) {
            var vestiging = vestigingen.write(v);
            if (!remarks.refused()) {
                batches.add(vestiging);
            }
        } else if (record instanceof LeerlingtellingRecord t) {
            var telling = tellingen.write(t);
            if (!remarks.refused()) {
                batches.add(telling);
            }
        }
        if (++records % 1000 == 0) {
            progress.accept(records);
        }
    }

    /** Writes what the rows share and everything still queued; nothing when the mapping found a problem. */
    void finish() {
        if (remarks.refused()) {
            return;
        }
        tellingen.queue(batches);
        shared.queue(batches);
        batches.flushAll();
        progress.accept(records);
    }

    List<ClassCount> counts() {
        return batches.counts();
    }
}
