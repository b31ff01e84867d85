package nl.wij.core.store.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.wij.core.store.ColumnInfo;
import nl.wij.core.store.ColumnRole;
import nl.wij.core.store.PackageState;
import nl.wij.core.store.TableInfo;
import nl.wij.core.store.TableKind;
import nl.wij.testing.TestDatabase;

/** The schema derived from the core test package, read back from the database's own catalog. */
class SchemaTest extends StoreFixture {

    @Test
    void tablesHaveReadableNamesInTheSchemaOfThePackage() throws SQLException {
        assertEquals(List.of("GEMEENTE", "LEERLINGTELLING", "ORGANISATIE", "REGIO", "REGIO_LEDEN", "VESTIGING",
                "VESTIGING_ONDERWIJSTYPEN", "WIJK"), tables("CORE_DATA"));
        assertEquals(List.of("AUDIT", "KOLOM", "PAKKET", "TABEL"), tables("WIJ_STORE"));
    }

    @Test
    void columnsFollowTheNamingAndTypeRules() throws SQLException {
        assertEquals(ordered("CODE", "VARCHAR(6) NOT NULL", "NAAM", "VARCHAR(1000)"), columns("GEMEENTE"));
        Map<String, String> vestiging = columns("VESTIGING");
        assertEquals(List.of("BRIN6", "NAAM", "GEMEENTE_CODE", "BESTUUR_CODE", "HOOFDVESTIGING_BRIN6", "SOORT",
                "GEOPEND", "BIJGEWERKT", "LEERLINGEN", "BVO", "ACTIEF", "BEKOSTIGING", "PEIL", "TOELICHTING"),
                new ArrayList<>(vestiging.keySet()));
        assertEquals("VARCHAR(255) NOT NULL", vestiging.get("BRIN6"));
        assertEquals("VARCHAR(6)", vestiging.get("GEMEENTE_CODE"), "a reference column has the target key's type");
        assertEquals("VARCHAR(255)", vestiging.get("SOORT"));
        assertEquals("DATE", vestiging.get("GEOPEND"));
        assertEquals("TIMESTAMP", vestiging.get("BIJGEWERKT"));
        assertEquals("INTEGER", vestiging.get("LEERLINGEN"));
        assertEquals("DOUBLE", vestiging.get("BVO"));
        assertEquals("BOOLEAN", vestiging.get("ACTIEF"));
        assertEquals("DECIMAL(31,6)", vestiging.get("BEKOSTIGING"));
        assertEquals("BIGINT", vestiging.get("PEIL"));
        assertEquals("CLOB", vestiging.get("TOELICHTING"));
        // one table for the hierarchy under the abstract Organisatie, with KLASSE and shared lrkNummer
        assertEquals(ordered("CODE", "VARCHAR(255) NOT NULL", "KLASSE", "VARCHAR(128) NOT NULL", "NAAM",
                "VARCHAR(1000)", "BEVOEGD_GEZAG_NUMMER", "INTEGER", "LRK_NUMMER", "VARCHAR(1000)", "HOUDER_CODE",
                "VARCHAR(255)", "KINDPLAATSEN", "INTEGER"), columns("ORGANISATIE"));
        assertEquals(ordered("REGIO_CODE", "VARCHAR(255) NOT NULL", "POSITIE", "INTEGER NOT NULL", "GEMEENTE_CODE",
                "VARCHAR(6) NOT NULL"), columns("REGIO_LEDEN"));
        assertEquals(ordered("VESTIGING_BRIN6", "VARCHAR(255) NOT NULL", "POSITIE", "INTEGER NOT NULL", "WAARDE",
                "VARCHAR(1000)"), columns("VESTIGING_ONDERWIJSTYPEN"));
        // the container side of Gemeente.wijken is stored; the containment list is derived from it
        assertEquals(ordered("CODE", "VARCHAR(255) NOT NULL", "NAAM", "VARCHAR(1000)", "GEMEENTE_CODE", "VARCHAR(6)"),
                columns("WIJK"));
    }

    @Test
    void referencesHaveForeignKeysToTheTargetKey() throws SQLException {
        assertEquals(Map.of("GEMEENTE_CODE", "GEMEENTE.CODE", "BESTUUR_CODE", "ORGANISATIE.CODE",
                "HOOFDVESTIGING_BRIN6", "VESTIGING.BRIN6"), foreignKeys("VESTIGING"));
        assertEquals(Map.of("REGIO_CODE", "REGIO.CODE", "GEMEENTE_CODE", "GEMEENTE.CODE"), foreignKeys("REGIO_LEDEN"));
        assertEquals(Map.of("HOUDER_CODE", "ORGANISATIE.CODE"), foreignKeys("ORGANISATIE"));
        assertEquals(Map.of("VESTIGING_BRIN6", "VESTIGING.BRIN6"), foreignKeys("LEERLINGTELLING"));
    }

    @Test
    void metadataRecordsWhatWasCreated() throws SQLException {
        assertEquals(8, count("SELECT COUNT(*) FROM WIJ_STORE.TABEL WHERE NS_URI = '" + Models.CORE + "'"));
        assertEquals(List.of("GEMEENTE_CODE|VARCHAR(6)|REFERENCE|Vestiging|gemeente|CORE_DATA.GEMEENTE"),
                strings("SELECT KOLOM_NAAM || '|' || SQL_TYPE || '|' || ROL || '|' || KLASSE || '|' || KENMERK || '|'"
                        + " || VERWIJST_NAAR FROM WIJ_STORE.KOLOM WHERE TABEL_NAAM = 'VESTIGING'"
                        + " AND KOLOM_NAAM = 'GEMEENTE_CODE'"));
        assertEquals(List.of("CORE_DATA"), strings("SELECT SCHEMA_NAAM FROM WIJ_STORE.PAKKET"));
    }

    @Test
    void catalogCarriesTheModelDocumentation() {
        TableInfo vestiging = store.table(eClass("Vestiging")).orElseThrow();
        assertEquals("CORE_DATA.VESTIGING", vestiging.qualifiedName());
        assertEquals(TableKind.CLASS, vestiging.kind());
        assertEquals("Een schoolvestiging (BRIN6).", vestiging.documentation());
        ColumnInfo soort = column(vestiging, "SOORT");
        assertEquals("Soort onderwijs.", soort.documentation());
        assertEquals(List.of("bo", "sbo", "so", "vso", "vo"), soort.values());
        ColumnInfo gemeente = column(vestiging, "GEMEENTE_CODE");
        assertEquals(ColumnRole.REFERENCE, gemeente.role());
        assertEquals("CORE_DATA.GEMEENTE", gemeente.references());
        assertEquals("CODE", gemeente.referencedColumn());
        assertEquals("Gemeente van de vestiging.", gemeente.documentation());

        TableInfo organisatie = store.table(eClass("KinderopvangLocatie")).orElseThrow();
        assertEquals("ORGANISATIE", organisatie.name());
        assertEquals(List.of("Bestuur", "KinderopvangHouder", "KinderopvangLocatie"), organisatie.classes());
        assertTrue(column(organisatie, "KLASSE").documentation().contains("KinderopvangLocatie"));

        TableInfo leden = store.tables().stream().filter(t -> t.name().equals("REGIO_LEDEN")).findFirst().orElseThrow();
        assertEquals(TableKind.LINK, leden.kind());
        assertEquals("leden", leden.feature());
        assertEquals("De gemeenten in de regio.", leden.documentation());
        assertEquals(8, store.tables().size());
        assertEquals(List.of(new PackageState(Models.CORE, "CORE_DATA", PackageState.Status.AVAILABLE, List.of())),
                store.packages());
    }

    @Test
    void aPackageRegisteredAtRunTimeGetsItsTablesAndWaitsForWhatItRefersTo() throws SQLException {
        // a fresh store that sees the domain package before the core package
        database.close();
        database = new TestDatabase();
        store = newStore();
        store.bindPackage(Models.ihp(core));
        assertEquals(PackageState.Status.WAITING, store.packages().get(0).status());
        assertTrue(store.packages().get(0).messages().get(0).contains(Models.CORE), store.packages().toString());
        assertEquals(List.of(), tables("IHP_DATA"));

        store.bindPackage(core);
        assertTrue(store.packages().stream().allMatch(p -> p.status() == PackageState.Status.AVAILABLE));
        assertEquals(List.of("GEBOUW", "GEBOUW_GEBRUIKERS"), tables("IHP_DATA"));
        assertEquals(Map.of("VESTIGING_BRIN6", "VESTIGING.BRIN6"), foreignKeys("IHP_DATA", "GEBOUW"));
    }

    @Test
    void aSecondStartFindsTheSchemaUnchanged() throws SQLException {
        saveSmallWorld();
        JdbcModelStore restarted = newStore();
        restarted.bindPackage(Models.core());
        assertEquals(PackageState.Status.AVAILABLE, restarted.packages().get(0).status());
        assertEquals("De Regenboog", restarted.read(s -> get(s.get(eClass("Vestiging"), "16AH00").orElseThrow(), "naam")));
    }

    @Test
    void aClassWithoutKeyIsRefusedWithItsName() {
        org.eclipse.emf.ecore.EPackage p = Models.F.createEPackage();
        p.setName("zonder");
        p.setNsPrefix("zonder");
        p.setNsURI("http://wij.nl/test/zonder");
        Models.attribute(Models.eClass(p, "Notitie", null), "tekst", Models.E.getEString(), false, null);
        store.bindPackage(p);
        PackageState state = store.packages().stream().filter(s -> s.nsURI().equals(p.getNsURI())).findFirst()
                .orElseThrow();
        assertEquals(PackageState.Status.REFUSED, state.status());
        assertEquals("Pakket http://wij.nl/test/zonder, klasse Notitie: heeft geen iD-attribuut (een attribuut met"
                + " iD=true); de opslag bewaart alleen objecten met een natuurlijke sleutel.", state.messages().get(0));
        assertFalse(store.tables().stream().anyMatch(t -> t.schema().equals("ZONDER_DATA")));
    }

    private static ColumnInfo column(TableInfo table, String name) {
        return table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    List<String> tables(String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = database.connect(); ResultSet r = c.getMetaData().getTables(null, schema, "%",
                new String[] {"TABLE"})) {
            while (r.next()) {
                names.add(r.getString("TABLE_NAME"));
            }
        }
        names.sort(null);
        return names;
    }

    /** Column name to "TYPE(size)[ NOT NULL]", in table order. */
    Map<String, String> columns(String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Connection c = database.connect(); ResultSet r = c.getMetaData().getColumns(null, "CORE_DATA", table, "%")) {
            while (r.next()) {
                String type = r.getString("TYPE_NAME");
                if (type.equals("VARCHAR")) {
                    type += "(" + r.getInt("COLUMN_SIZE") + ")";
                } else if (type.equals("DECIMAL")) {
                    type += "(" + r.getInt("COLUMN_SIZE") + "," + r.getInt("DECIMAL_DIGITS") + ")";
                }
                boolean nullable = r.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
                columns.put(r.getString("COLUMN_NAME"), type + (nullable ? "" : " NOT NULL"));
            }
        }
        return columns;
    }

    Map<String, String> foreignKeys(String table) throws SQLException {
        return foreignKeys("CORE_DATA", table);
    }

    Map<String, String> foreignKeys(String schema, String table) throws SQLException {
        Map<String, String> keys = new TreeMap<>();
        try (Connection c = database.connect(); ResultSet r = c.getMetaData().getImportedKeys(null, schema, table)) {
            while (r.next()) {
                keys.put(r.getString("FKCOLUMN_NAME"), r.getString("PKTABLE_NAME") + "." + r.getString("PKCOLUMN_NAME"));
            }
        }
        return keys;
    }
}
