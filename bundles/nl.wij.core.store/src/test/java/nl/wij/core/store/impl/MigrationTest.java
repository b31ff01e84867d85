package nl.wij.core.store.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import nl.wij.core.store.Migration;
import nl.wij.core.store.PackageState;
import nl.wij.core.store.PackageState.Status;
import nl.wij.core.store.SchemaChange;
import nl.wij.core.store.SchemaChange.Kind;
import nl.wij.core.store.StoreException;
import nl.wij.core.store.impl.derby.DerbyDialect;

/** A changed model met by a restarted store (a new store on the same database), or re-registered live. */
class MigrationTest extends StoreFixture {

    @Test
    void additiveChangesMigrateAndKeepExistingRows() throws SQLException {
        saveSmallWorld();
        JdbcModelStore restarted = newStore();
        EPackage changed = Models.core(Models.Variant.ADDITIVE);
        restarted.bindPackage(changed);
        assertEquals(Status.AVAILABLE, state(restarted).status(), state(restarted).toString());
        assertTrue(strings(dbColumns()).containsAll(List.of("GEMEENTE_LABELS.WAARDE", "SCHOOLJAAR.BEGIN_",
                "VESTIGING.POSTCODE", "VESTIGING.SCHOOLJAAR_CODE")), strings(dbColumns()).toString());
        assertEquals(2, count("SELECT COUNT(*) FROM CORE_DATA.VESTIGING"));
        assertEquals(List.of("SCHOOLJAAR_CODE|SCHOOLJAAR"), strings("SELECT KOLOM_NAAM || '|' || VERWIJST_NAAR_KOLOM"
                + " || VERWIJST_NAAR FROM WIJ_STORE.KOLOM WHERE KOLOM_NAAM = 'SCHOOLJAAR_CODE'").stream()
                .map(s -> s.replace("CODECORE_DATA.", "")).toList());

        EClass vestiging = (EClass) changed.getEClassifier("Vestiging");
        EObject v = restarted.read(s -> s.get(vestiging, "16AH00").orElseThrow());
        assertEquals("De Regenboog", get(v, "naam"));
        v.eSet(vestiging.getEStructuralFeature("postcode"), "1500AA");
        EObject jaar = Models.create(changed, "Schooljaar", "code", "2024-2025", "begin", date(2024, 8, 1));
        v.eSet(vestiging.getEStructuralFeature("schooljaar"), jaar);
        restarted.write("test", s -> s.saveAll(List.of(jaar, v)));
        assertEquals(List.of("1500AA 2024-2025"), strings("SELECT POSTCODE || ' ' || SCHOOLJAAR_CODE"
                + " FROM CORE_DATA.VESTIGING WHERE BRIN6 = '16AH00'"));
    }

    @Test
    void aFirstSubclassAddsKlasseAndALongerTextWidensTheColumn() throws SQLException {
        saveSmallWorld();
        store.write("test", s -> s.save(create("Regio", "code", "RMC21", "naam", "Zaanstreek")));
        JdbcModelStore restarted = newStore();
        EPackage changed = Models.core(Models.Variant.SUBCLASS);
        restarted.bindPackage(changed);
        assertEquals(Status.AVAILABLE, state(restarted).status(), state(restarted).toString());
        assertEquals(List.of("Regio"), strings("SELECT KLASSE FROM CORE_DATA.REGIO"));
        assertEquals(List.of("2000"), strings("SELECT CAST(c.COLUMNDATATYPE AS VARCHAR(64)) FROM SYS.SYSCOLUMNS c"
                + " JOIN SYS.SYSTABLES t ON t.TABLEID = c.REFERENCEID WHERE t.TABLENAME = 'VESTIGING'"
                + " AND c.COLUMNNAME = 'NAAM'").stream().map(t -> t.replaceAll("\\D", "")).toList());
        restarted.write("test", s -> s.save(Models.create(changed, "RmcRegio", "code", "RMC22", "rmcNummer", 22)));
        EClass regio = (EClass) changed.getEClassifier("Regio");
        assertEquals(List.of("Regio", "RmcRegio"), restarted.read(s -> s.list(regio).stream()
                .map(o -> o.eClass().getName()).toList()));
        assertEquals("x".repeat(1500), restarted.write("test", s -> {
            EObject v = s.get((EClass) changed.getEClassifier("Vestiging"), "16AH00").orElseThrow();
            v.eSet(v.eClass().getEStructuralFeature("naam"), "x".repeat(1500));
            s.save(v);
            return get(s.get(v.eClass(), "16AH00").orElseThrow(), "naam");
        }));
    }

    @Test
    void anUnchangedModelIsNotRecordedAgainOnRestart() throws SQLException {
        String updated = "SELECT COUNT(*) FROM WIJ_STORE.TABEL WHERE NS_URI = '" + Models.CORE + "'"
                + " AND BIJGEWERKT = TIMESTAMP('2025-03-01 09:00:00')";
        long tables = count(updated);
        assertTrue(tables > 0);

        JdbcModelStore later = new JdbcModelStore(database, new DerbyDialect(),
                Clock.fixed(Instant.parse("2025-04-01T09:00:00Z"), ZoneOffset.UTC));
        later.bindPackage(Models.core());
        assertEquals(Status.AVAILABLE, state(later).status());
        assertEquals(tables, count(updated), "an unchanged shape keeps its recorded rows");

        JdbcModelStore changed = new JdbcModelStore(database, new DerbyDialect(),
                Clock.fixed(Instant.parse("2025-05-01T09:00:00Z"), ZoneOffset.UTC));
        changed.bindPackage(Models.core(Models.Variant.ADDITIVE));
        assertEquals(Status.AVAILABLE, state(changed).status());
        assertEquals(0, count(updated), "a changed shape is recorded again");
    }

    @Test
    void aLiveReRegistrationMigratesToo() {
        saveSmallWorld();
        store.unbindPackage(core);
        EPackage changed = Models.core(Models.Variant.ADDITIVE);
        store.bindPackage(changed);
        assertEquals(Status.AVAILABLE, state(store).status());
        assertEquals(Integer.valueOf(2), store.read(s -> s.list((EClass) changed.getEClassifier("Vestiging")).size()));
    }

    @ParameterizedTest
    @EnumSource(value = Models.Variant.class, names = {"REMOVED_ATTRIBUTE", "RENAMED_ATTRIBUTE", "CHANGED_TYPE",
        "REMOVED_CLASS", "CHANGED_KEY"})
    void destructiveChangesAreRefusedAndChangeNothing(Models.Variant variant) throws SQLException {
        saveSmallWorld();
        EPackage other = otherPackage();
        List<String> recordedBefore = strings(recordedColumns());
        List<String> columnsBefore = strings(dbColumns());

        JdbcModelStore restarted = newStore();
        restarted.bindPackage(Models.core(variant));
        restarted.bindPackage(other);

        PackageState state = state(restarted);
        assertEquals(Status.REFUSED, state.status());
        String expected = switch (variant) {
            case REMOVED_ATTRIBUTE, RENAMED_ATTRIBUTE -> "Pakket http://wij.nl/test/core, klasse Vestiging, kenmerk naam:"
                    + " kolom CORE_DATA.VESTIGING.NAAM hoort bij geen kenmerk meer (verwijderd of hernoemd).";
            case CHANGED_TYPE -> "Pakket http://wij.nl/test/core, klasse Leerlingtelling, kenmerk aantal: het type van"
                    + " kolom CORE_DATA.LEERLINGTELLING.AANTAL verandert van INTEGER in VARCHAR(1000).";
            case REMOVED_CLASS -> "Pakket http://wij.nl/test/core, klasse Wijk: de klasse (of hiërarchie) van tabel"
                    + " CORE_DATA.WIJK ontbreekt in het nieuwe model (verwijderd of hernoemd).";
            case CHANGED_KEY -> "Pakket http://wij.nl/test/core, klasse Gemeente: de sleutel van tabel"
                    + " CORE_DATA.GEMEENTE verandert van [CODE] in [NAAM].";
            default -> throw new AssertionError(variant);
        };
        assertTrue(state.messages().contains(expected), state.messages().toString());
        assertTrue(state.messages().get(state.messages().size() - 1).contains("er is niets gewijzigd"));

        assertEquals(recordedBefore, strings(recordedColumns()), "metadata unchanged");
        assertEquals(columnsBefore, strings(dbColumns()), "tables unchanged");
        assertEquals(2, count("SELECT COUNT(*) FROM CORE_DATA.VESTIGING"));
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> restarted.read(
                s -> s.list(eClass("Gemeente"))));
        assertTrue(e.getMessage().contains("niet beschikbaar in de opslag (refused)"), e.getMessage());

        // other packages keep working
        EClass notitie = (EClass) other.getEClassifier("Notitie");
        restarted.write("test", s -> s.save(Models.create(other, "Notitie", "id", "n1", "tekst", "werkt")));
        assertEquals("werkt", restarted.read(s -> get(s.get(notitie, "n1").orElseThrow(), "tekst")));
    }

    @Test
    void aMigrationServiceTakesCareOfARename() throws SQLException {
        saveSmallWorld();
        JdbcModelStore restarted = newStore();
        EPackage renamed = Models.core(Models.Variant.RENAMED_ATTRIBUTE);
        restarted.bindPackage(renamed);
        assertEquals(Status.REFUSED, state(restarted).status());

        List<SchemaChange> seen = new ArrayList<>();
        restarted.bindMigration(new Migration() {
            @Override
            public String nsURI() {
                return Models.CORE;
            }

            @Override
            public boolean handles(SchemaChange change) {
                return change.kind() == Kind.COLUMN_REMOVED && "naam".equals(change.feature())
                        && "CORE_DATA.VESTIGING".equals(change.table());
            }

            @Override
            public void migrate(Connection connection, List<SchemaChange> changes) throws SQLException {
                seen.addAll(changes);
                try (Statement s = connection.createStatement()) {
                    s.executeUpdate("RENAME COLUMN CORE_DATA.VESTIGING.NAAM TO TITEL");
                }
            }
        });
        assertEquals(Status.AVAILABLE, state(restarted).status(), state(restarted).toString());
        assertEquals(1, seen.size());
        EObject v = restarted.read(s -> s.get((EClass) renamed.getEClassifier("Vestiging"), "16AH00").orElseThrow());
        assertEquals("De Regenboog", get(v, "titel"));
        assertEquals(List.of("TITEL"), strings("SELECT KOLOM_NAAM FROM WIJ_STORE.KOLOM WHERE TABEL_NAAM = 'VESTIGING'"
                + " AND KENMERK IN ('naam', 'titel')"));
    }

    @Test
    void aFailingMigrationLeavesThePackageRefusedAndNothingChanged() throws SQLException {
        saveSmallWorld();
        List<String> columnsBefore = strings(dbColumns());
        JdbcModelStore restarted = newStore();
        restarted.bindMigration(new Migration() {
            @Override
            public String nsURI() {
                return Models.CORE;
            }

            @Override
            public boolean handles(SchemaChange change) {
                return true;
            }

            @Override
            public void migrate(Connection connection, List<SchemaChange> changes) throws SQLException {
                try (Statement s = connection.createStatement()) {
                    s.executeUpdate("ALTER TABLE CORE_DATA.VESTIGING DROP COLUMN NAAM");
                    s.executeUpdate("SELECT * FROM NERGENS");
                }
            }
        });
        restarted.bindPackage(Models.core(Models.Variant.REMOVED_ATTRIBUTE));
        assertEquals(Status.REFUSED, state(restarted).status());
        assertEquals(columnsBefore, strings(dbColumns()));
    }

    private static PackageState state(JdbcModelStore s) {
        return s.packages().stream().filter(p -> p.nsURI().equals(Models.CORE)).findFirst().orElseThrow();
    }

    private static String recordedColumns() {
        return "SELECT TABEL_NAAM || '.' || KOLOM_NAAM || ' ' || TYPE || ' ' || ROL FROM WIJ_STORE.KOLOM"
                + " WHERE SCHEMA_NAAM = 'CORE_DATA' ORDER BY 1";
    }

    private static String dbColumns() {
        return "SELECT t.TABLENAME || '.' || c.COLUMNNAME FROM SYS.SYSCOLUMNS c JOIN SYS.SYSTABLES t"
                + " ON t.TABLEID = c.REFERENCEID JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID"
                + " WHERE s.SCHEMANAME = 'CORE_DATA' ORDER BY 1";
    }

    private static EPackage otherPackage() {
        EPackage p = Models.F.createEPackage();
        p.setName("notities");
        p.setNsPrefix("notities");
        p.setNsURI("http://wij.nl/test/notities");
        EClass notitie = Models.eClass(p, "Notitie", null);
        Models.attribute(notitie, "id", Models.E.getEString(), true, null);
        Models.attribute(notitie, "tekst", Models.E.getEString(), false, null);
        return p;
    }
}
