package nl.wij.core.store.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;

import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.testing.TestDatabase;

/**
 * The store tells which packages it can hold, after every change: what {@link AvailabilityConditions}
 * turns into {@code Condition} services for components such as the analytical views.
 */
class AvailabilityTest extends StoreFixture {

    private final List<Set<String>> announced = new ArrayList<>();

    @Override
    JdbcModelStore newStore() throws SQLException {
        return new JdbcModelStore(database, new DerbyDialect(), CLOCK, announced::add);
    }

    @Test
    void availablePackagesAreAnnouncedAndWithdrawnWhenTheyLeave() {
        assertEquals(List.of(Set.of(Models.CORE)), announced);
        store.unbindPackage(core);
        assertEquals(Set.of(), last());
        store.bindPackage(core);
        assertEquals(Set.of(Models.CORE), last());
    }

    @Test
    void aWaitingPackageIsAnnouncedOnlyOnceWhatItRefersToIsAvailable() throws SQLException {
        database.close();
        database = new TestDatabase();
        announced.clear();
        store = newStore();
        EPackage ihp = Models.ihp(core);
        store.bindPackage(ihp);
        assertEquals(Set.of(), last(), "waiting for the core package");
        store.bindPackage(core);
        assertEquals(Set.of(Models.CORE, ihp.getNsURI()), last());
    }

    @Test
    void aRefusedPackageIsNeverAnnounced() {
        EPackage p = Models.F.createEPackage();
        p.setName("zonder");
        p.setNsPrefix("zonder");
        p.setNsURI("http://wij.nl/test/zonder");
        Models.attribute(Models.eClass(p, "Notitie", null), "tekst", Models.E.getEString(), false, null);
        store.bindPackage(p);
        assertEquals(Set.of(Models.CORE), last());
    }

    private Set<String> last() {
        return announced.get(announced.size() - 1);
    }
}
