package nl.wij.ihp.web.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

import nl.wij.core.model.CorePackage;
import nl.wij.core.views.PublishedView;
import nl.wij.core.views.ViewProvider;
import nl.wij.core.views.impl.CoreViews;
import nl.wij.core.views.impl.ViewManager;
import nl.wij.ihp.web.impl.data.TestStore;

/**
 * The IHP's analytical views created by the platform's real ViewManager in the store's Derby database,
 * with the core views they stand beside, over Zaanstad's real counts: they exist, answer one row per
 * vestiging and year, and go (leaving the data) when the provider goes.
 */
class IhpViewsTest {

    private final AtomicLong ids = new AtomicLong(1000);
    private final Map<String, Long> conditions = new HashMap<>();
    private ViewManager manager;
    private TestStore t;

    private Set<String> available = Set.of();

    @BeforeEach
    void open() throws Exception {
        t = new TestStore(this::announce);
        manager = new ViewManager(t.database, 5, "WIJ_ANALIST", Runnable::run, id -> "bundel" + id);
        announce(available);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void theViewsAreCreatedAnswerAndGoWithTheirProvider() throws Exception {
        List<TestStore.PoTelling> rows = t.laadZaanstad();
        IhpViews ihp = new IhpViews();
        add(new CoreViews(CorePackage.eINSTANCE));
        add(ihp);

        PublishedView ruimte = manager.view("ihp.ruimtebehoefte").orElseThrow();
        assertEquals(PublishedView.State.AVAILABLE, ruimte.state(), ruimte.message());
        assertEquals(PublishedView.State.AVAILABLE, manager.view("ihp.plantotalen").orElseThrow().state());
        assertEquals(rows.size(), count("SELECT COUNT(*) FROM IHP.RUIMTEBEHOEFTE WHERE JAAR = 2019 AND BRON = 'telling'"));
        assertTrue(ihp.starterQueries().stream().allMatch(q -> q.requiredViews().stream()
                .allMatch(v -> manager.view(v).map(p -> p.state() == PublishedView.State.AVAILABLE).orElse(false))));
        for (var query : ihp.starterQueries()) {
            count("SELECT COUNT(*) FROM (" + query.sql() + ") q");
        }

        manager.unbindProvider(ihp, properties(ids.get()));
        assertTrue(manager.view("ihp.ruimtebehoefte").isEmpty(), "the view went with its provider");
        assertEquals(rows.size(), count("SELECT COUNT(*) FROM CORE_DATA.LEERLINGTELLING"), "the data stays");
    }

    private void add(ViewProvider provider) {
        manager.bindProvider(provider, properties(ids.incrementAndGet()));
    }

    private int count(String sql) throws Exception {
        try (Connection c = t.database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** What the store's availability conditions tell the manager in the framework. */
    private synchronized void announce(Set<String> nu) {
        available = Set.copyOf(nu);
        if (manager == null) {
            return;
        }
        for (String nsURI : available) {
            if (!conditions.containsKey(nsURI)) {
                long id = ids.incrementAndGet();
                conditions.put(nsURI, id);
                manager.bindPackage(Map.of(Constants.SERVICE_ID, id, "emf.nsURI", nsURI));
            }
        }
    }

    private static Map<String, Object> properties(long id) {
        return Map.of(Constants.SERVICE_ID, id, Constants.SERVICE_BUNDLEID, id);
    }
}
