package nl.wij.core.editors.impl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import nl.wij.core.editors.impl.model.ModelRegistry;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.util.CoreValidator;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.impl.JdbcModelStore;
import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.db.DatabaseStatus;

/**
 * The real model store on a fresh embedded Derby database in memory, with the real generated core
 * model and its validator registered the way their OSGi services would be; dropped on close.
 * (The store's implementation classes are on the test class path; in a framework they are private.)
 */
public final class TestStore implements AutoCloseable {

    public final ModelStore store;
    public final ModelRegistry registry;
    private final String url;

    public TestStore() throws SQLException {
        url = "jdbc:derby:memory:editors-" + UUID.randomUUID();
        DriverManager.getConnection(url + ";create=true").close();
        Database database = new Database() {
            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url);
            }

            @Override
            public DatabaseStatus status() {
                return new DatabaseStatus(true, "Apache Derby", "memory");
            }
        };
        JdbcModelStore jdbc = new JdbcModelStore(database, new DerbyDialect(), Clock.systemUTC());
        jdbc.bindPackage(CorePackage.eINSTANCE);
        store = jdbc;
        registry = new ModelRegistry(store);
        Map<String, Object> properties = Map.of(ModelRegistry.NS_URI, CorePackage.eNS_URI);
        registry.bindPackage(CorePackage.eINSTANCE, properties);
        registry.bindValidator(CoreValidator.INSTANCE, properties);
    }

    public static EClass eClass(String name) {
        return (EClass) CorePackage.eINSTANCE.getEClassifier(name);
    }

    /** A new object of a core class with feature values (name, value pairs). */
    public static EObject create(String eClass, Object... values) {
        EObject o = CorePackage.eINSTANCE.getEFactoryInstance().create(eClass(eClass));
        for (int i = 0; i < values.length; i += 2) {
            o.eSet(o.eClass().getEStructuralFeature((String) values[i]), values[i + 1]);
        }
        return o;
    }

    @Override
    public void close() {
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful drop as an exception (SQLState 08006).
        }
    }
}
