package nl.wij.core.views.impl;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.osgi.framework.Constants;

import nl.wij.core.model.CorePackage;
import nl.wij.core.store.impl.JdbcModelStore;
import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.core.views.PublishedView;
import nl.wij.core.views.ViewProvider;
import nl.wij.testing.TestDatabase;

/**
 * The view manager on a real in-memory Derby with SQL authorization, next to the real model store
 * with the real core model; the store's availability announcements reach the manager as the
 * condition services do in the framework. The manager reconciles synchronously.
 */
abstract class ViewsFixture {

    static final String READER = "WIJ_ANALIST";

    TestDatabase database;
    JdbcModelStore store;
    ViewManager manager;
    private final AtomicLong serviceIds = new AtomicLong(1000);
    private final Map<String, Long> conditionIds = new HashMap<>();
    private final Map<ViewProvider, Long> providerIds = new HashMap<>();

    @BeforeEach
    void start() throws SQLException {
        database = new TestDatabase(Boolean.parseBoolean(System.getProperty("test.sqlAuthorization", "true")));
        manager = newManager();
        store = new JdbcModelStore(database, new DerbyDialect(), Clock.systemUTC(), this::announce);
        store.bindPackage(CorePackage.eINSTANCE);
    }

    @AfterEach
    void stop() {
        database.close();
    }

    ViewManager newManager() {
        return new ViewManager(database, 5, READER, Runnable::run, id -> "bundel.van.provider" + id);
    }

    /** What the store's AvailabilityConditions do in the framework. */
    private synchronized void announce(Set<String> available) {
        for (String nsURI : List.copyOf(conditionIds.keySet())) {
            if (!available.contains(nsURI)) {
                manager.unbindPackage(Map.of(Constants.SERVICE_ID, conditionIds.remove(nsURI)));
            }
        }
        for (String nsURI : available) {
            if (!conditionIds.containsKey(nsURI)) {
                long id = serviceIds.incrementAndGet();
                conditionIds.put(nsURI, id);
                manager.bindPackage(Map.of(Constants.SERVICE_ID, id, "emf.nsURI", nsURI));
            }
        }
    }

    void register(EPackage ePackage) {
        store.bindPackage(ePackage);
    }

    void add(ViewProvider provider) {
        long id = serviceIds.incrementAndGet();
        providerIds.put(provider, id);
        manager.bindProvider(provider, properties(id));
    }

    void remove(ViewProvider provider) {
        manager.unbindProvider(provider, properties(providerIds.remove(provider)));
    }

    private static Map<String, Object> properties(long id) {
        return Map.of(Constants.SERVICE_ID, id, Constants.SERVICE_BUNDLEID, id);
    }

    CoreViews coreViews() {
        return new CoreViews(CorePackage.eINSTANCE);
    }

    PublishedView state(String name) {
        return manager.view(name).orElseThrow(() -> new AssertionError("not in the catalog: " + name));
    }

    boolean viewExists(String schema, String name) throws SQLException {
        try (Connection c = database.connect();
                ResultSet r = c.getMetaData().getTables(null, schema.toUpperCase(), name.toUpperCase(), null)) {
            return r.next() && "VIEW".equals(r.getString("TABLE_TYPE"));
        }
    }

    void execute(String... sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    List<List<Object>> rows(String sql) throws SQLException {
        try (Connection c = database.connect()) {
            return rows(c, sql);
        }
    }

    static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(r.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    long count(String sql) throws SQLException {
        return ((Number) rows(sql).get(0).get(0)).longValue();
    }
}
