package nl.wij.core.store.impl;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.testing.TestDatabase;

/** A store on a fresh in-memory Derby database with the core test package registered. */
abstract class StoreFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC);

    TestDatabase database;
    JdbcModelStore store;
    EPackage core;

    @BeforeEach
    void startStore() throws SQLException {
        database = new TestDatabase();
        store = newStore();
        core = Models.core();
        store.bindPackage(core);
    }

    @AfterEach
    void stopStore() {
        database.close();
    }

    JdbcModelStore newStore() throws SQLException {
        return new JdbcModelStore(database, new DerbyDialect(), CLOCK);
    }

    EClass eClass(String name) {
        return (EClass) core.getEClassifier(name);
    }

    EStructuralFeature feature(String eClass, String feature) {
        return eClass(eClass).getEStructuralFeature(feature);
    }

    EObject create(String eClass, Object... values) {
        return Models.create(core, eClass, values);
    }

    static Object get(EObject o, String feature) {
        return o.eGet(o.eClass().getEStructuralFeature(feature));
    }

    static Date date(int year, int month, int day) {
        return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    long count(String sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    List<String> strings(String sql) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** A gemeente, a bestuur and two vestigingen, saved. */
    void saveSmallWorld() {
        EObject gm = create("Gemeente", "code", "GM0479", "naam", "Zaanstad");
        EObject bestuur = create("Bestuur", "code", "41234", "naam", "Stichting Zaan", "bevoegdGezagNummer", 41234);
        EObject v1 = create("Vestiging", "brin6", "16AH00", "naam", "De Regenboog", "gemeente", gm, "bestuur", bestuur,
                "soort", "bo");
        EObject v2 = create("Vestiging", "brin6", "16AH01", "naam", "De Regenboog (neven)", "gemeente", gm,
                "hoofdvestiging", v1, "soort", "bo");
        store.write("test", s -> s.saveAll(List.of(gm, bestuur, v1, v2)));
    }
}
