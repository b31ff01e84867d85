package nl.wij.core.imports.impl.duo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import nl.wij.core.imports.ClassCount;
import nl.wij.core.store.SaveSummary;
import nl.wij.core.store.StoreSession;

/**
 * Objects waiting to be saved, per class, written with {@link StoreSession#saveAll} when a class has
 * a full batch and at the end; keeps what the store reported per class. One class per call, so the
 * store's summary is the class's.
 */
final class Batches {

    private final StoreSession session;
    private final ExistingObjects existing;
    private final int size;
    private final Map<EClass, String> labels;
    private final Map<EClass, List<EObject>> pending = new LinkedHashMap<>();
    private final Map<EClass, SaveSummary> saved = new LinkedHashMap<>();
    private final Map<EClass, Integer> confirmed = new LinkedHashMap<>();

    /**
     * @param labels the classes in report order with their Dutch label; objects of other classes are refused
     * @param size objects per {@code saveAll}
     */
    Batches(StoreSession session, ExistingObjects existing, Map<EClass, String> labels, int size) {
        this.session = session;
        this.existing = existing;
        this.labels = new LinkedHashMap<>(labels);
        this.size = size;
        for (EClass eClass : labels.keySet()) {
            pending.put(eClass, new ArrayList<>());
        }
    }

    /**
     * Queues an object; writes its class's batch when full. A stored object the file left exactly as
     * it was is counted as unchanged without troubling the store.
     */
    void add(EObject object) {
        List<EObject> list = pending.get(object.eClass());
        if (list == null) {
            throw new IllegalArgumentException("no batch for " + object.eClass().getName());
        }
        if (existing.unchanged(object)) {
            confirmed.merge(object.eClass(), 1, Integer::sum);
            return;
        }
        list.add(object);
        if (list.size() >= size) {
            flush(object.eClass());
        }
    }

    /** Writes every queued object, class by class in report order. */
    void flushAll() {
        for (EClass eClass : labels.keySet()) {
            flush(eClass);
        }
    }

    /** What the store did, per class that had objects, in report order. */
    List<ClassCount> counts() {
        List<ClassCount> counts = new ArrayList<>();
        labels.forEach((eClass, label) -> {
            SaveSummary s = saved.getOrDefault(eClass, SaveSummary.NONE);
            int same = confirmed.getOrDefault(eClass, 0);
            if (s.total() + same > 0) {
                counts.add(new ClassCount(eClass.getName(), s.created(), s.updated(), s.unchanged() + same, label));
            }
        });
        return counts;
    }

    private void flush(EClass eClass) {
        List<EObject> list = pending.get(eClass);
        if (list.isEmpty()) {
            return;
        }
        SaveSummary summary = session.saveAll(list);
        saved.merge(eClass, summary, SaveSummary::plus);
        list.clear();
    }
}
