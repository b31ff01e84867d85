package nl.wij.core.imports.impl;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.wij.core.store.AuditEntry;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.PackageState;
import nl.wij.core.store.SaveResult;
import nl.wij.core.store.SaveSummary;
import nl.wij.core.store.StoreSession;
import nl.wij.core.store.StoreWork;
import nl.wij.core.store.TableInfo;

/** A model store that adds up the time spent in each session call, for the benchmark. */
final class TimingStore implements ModelStore {

    private final ModelStore store;
    final Map<String, Long> millis = new TreeMap<>();

    TimingStore(ModelStore store) {
        this.store = store;
    }

    private <T> T time(String what, java.util.function.Supplier<T> call) {
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            millis.merge(what, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    @Override
    public <T> T read(StoreWork<T> work) {
        return store.read(work);
    }

    @Override
    public <T> T write(String user, StoreWork<T> work) {
        return time("write (total)", () -> store.write(user, session -> work.run(new StoreSession() {
            @Override
            public Optional<EObject> get(EClass eClass, Object key) {
                return time("get " + eClass.getName(), () -> session.get(eClass, key));
            }

            @Override
            public List<EObject> list(EClass eClass) {
                return time("list " + eClass.getName(), () -> session.list(eClass));
            }

            @Override
            public List<EObject> list(EClass eClass, EStructuralFeature feature, Object value) {
                return time("list " + eClass.getName(), () -> session.list(eClass, feature, value));
            }

            @Override
            public SaveResult save(EObject object) {
                return time("save " + object.eClass().getName(), () -> session.save(object));
            }

            @Override
            public SaveSummary saveAll(Collection<? extends EObject> objects) {
                String name = objects.isEmpty() ? "?" : objects.iterator().next().eClass().getName();
                return time("saveAll " + name, () -> session.saveAll(objects));
            }

            @Override
            public boolean delete(EClass eClass, Object key) {
                return session.delete(eClass, key);
            }

            @Override
            public String user() {
                return session.user();
            }
        })));
    }

    @Override
    public List<AuditEntry> auditTrail(EClass eClass, Object key) {
        return store.auditTrail(eClass, key);
    }

    @Override
    public List<TableInfo> tables() {
        return store.tables();
    }

    @Override
    public Optional<TableInfo> table(EClass eClass) {
        return store.table(eClass);
    }

    @Override
    public List<PackageState> packages() {
        return store.packages();
    }
}
