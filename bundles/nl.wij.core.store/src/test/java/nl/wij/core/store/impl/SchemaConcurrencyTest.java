package nl.wij.core.store.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.wij.core.store.PackageState;
import nl.wij.core.store.SaveSummary;

/**
 * A module's package arriving while an import writes the core tables its foreign keys point to
 * (the demo's first start): the schema change waits for the running unit of work instead of
 * racing it into a Derby deadlock, and both succeed.
 */
class SchemaConcurrencyTest extends StoreFixture {

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aPackageArrivingDuringAWriteIsMappedWhenTheWriteHasCommitted() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<SaveSummary> write = threads.submit(() -> store.write("import:test", s -> {
            EObject gm = create("Gemeente", "code", "GM0479", "naam", "Zaanstad");
            SaveSummary saved = s.saveAll(List.of(gm, create("Vestiging", "brin6", "16AH00", "naam", "De Regenboog",
                    "gemeente", gm)));
            writing.countDown();
            await(finish);
            return saved;
        }));
        assertTrue(writing.await(30, TimeUnit.SECONDS));

        EPackage ihp = Models.ihp(core);
        Future<?> bind = threads.submit(() -> store.bindPackage(ihp));
        Thread.sleep(300);
        assertFalse(bind.isDone(), "the schema change waits while a unit of work runs");

        finish.countDown();
        assertEquals(new SaveSummary(2, 0, 0), write.get(30, TimeUnit.SECONDS));
        bind.get(30, TimeUnit.SECONDS);
        PackageState state = store.packages().stream().filter(p -> p.nsURI().equals(ihp.getNsURI())).findFirst()
                .orElseThrow();
        assertEquals(PackageState.Status.AVAILABLE, state.status(), state.messages().toString());
        EObject gebouw = Models.create(ihp, "Gebouw", "id", "G1", "vestiging",
                store.read(s -> s.get(eClass("Vestiging"), "16AH00").orElseThrow()));
        assertEquals(new SaveSummary(1, 0, 0), store.write("test", s -> s.saveAll(List.of(gebouw))));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
