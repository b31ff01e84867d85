package nl.wij.core.store.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.store.ColumnRole;
import nl.wij.core.store.TableKind;
import nl.wij.core.store.dialect.ColumnType;
import nl.wij.core.store.dialect.Dialect;

/**
 * The store's own tables in {@code WIJ_STORE}: what was derived for each package
 * ({@code PAKKET}, {@code TABEL}, {@code KOLOM}) so the next start can compare, and the audit
 * trail ({@code AUDIT}).
 */
final class Metadata {

    private static final Logger LOG = LoggerFactory.getLogger(Metadata.class);

    static final String PAKKET = Names.STORE_SCHEMA + ".PAKKET";
    static final String TABEL = Names.STORE_SCHEMA + ".TABEL";
    static final String KOLOM = Names.STORE_SCHEMA + ".KOLOM";
    static final String AUDIT = Names.STORE_SCHEMA + ".AUDIT";

    private static final int DOC_LENGTH = 8000;

    private final Dialect dialect;

    Metadata(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Creates {@code WIJ_STORE} and its tables where missing. */
    void ensure(Connection connection) throws SQLException {
        String text = dialect.typeName(ColumnType.varchar(dialect.maxVarcharLength()));
        String ts = dialect.typeName(ColumnType.of(ColumnType.Kind.TIMESTAMP));
        String bool = dialect.typeName(ColumnType.of(ColumnType.Kind.BOOLEAN));
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("PAKKET", List.of("CREATE TABLE " + PAKKET + " (NS_URI VARCHAR(1000) NOT NULL,"
                + " NAAM VARCHAR(128) NOT NULL, NS_PREFIX VARCHAR(128), SCHEMA_NAAM VARCHAR(128) NOT NULL,"
                + " BIJGEWERKT " + ts + " NOT NULL, CONSTRAINT PK_PAKKET PRIMARY KEY (NS_URI))"));
        tables.put("TABEL", List.of("CREATE TABLE " + TABEL + " (SCHEMA_NAAM VARCHAR(128) NOT NULL,"
                + " TABEL_NAAM VARCHAR(128) NOT NULL, NS_URI VARCHAR(1000) NOT NULL, SOORT VARCHAR(16) NOT NULL,"
                + " KLASSE VARCHAR(128) NOT NULL, KLASSEN VARCHAR(" + DOC_LENGTH + "), KENMERK VARCHAR(128),"
                + " DOCUMENTATIE VARCHAR(" + DOC_LENGTH + "), AANGEMAAKT " + ts + " NOT NULL, BIJGEWERKT " + ts
                + " NOT NULL, CONSTRAINT PK_TABEL PRIMARY KEY (SCHEMA_NAAM, TABEL_NAAM))"));
        tables.put("KOLOM", List.of("CREATE TABLE " + KOLOM + " (SCHEMA_NAAM VARCHAR(128) NOT NULL,"
                + " TABEL_NAAM VARCHAR(128) NOT NULL, KOLOM_NAAM VARCHAR(128) NOT NULL, POSITIE INTEGER NOT NULL,"
                + " TYPE VARCHAR(64) NOT NULL, SQL_TYPE VARCHAR(64) NOT NULL, NULL_TOEGESTAAN " + bool + " NOT NULL,"
                + " ROL VARCHAR(16) NOT NULL, KLASSE VARCHAR(128), KENMERK VARCHAR(128), VERWIJST_NAAR VARCHAR(300),"
                + " VERWIJST_NAAR_KOLOM VARCHAR(128), WAARDEN VARCHAR(" + DOC_LENGTH + "), DOCUMENTATIE VARCHAR("
                + DOC_LENGTH + "), AANGEMAAKT " + ts + " NOT NULL,"
                + " CONSTRAINT PK_KOLOM PRIMARY KEY (SCHEMA_NAAM, TABEL_NAAM, KOLOM_NAAM),"
                + " CONSTRAINT FK_KOLOM_TABEL FOREIGN KEY (SCHEMA_NAAM, TABEL_NAAM) REFERENCES " + TABEL
                + " (SCHEMA_NAAM, TABEL_NAAM) ON DELETE CASCADE)"));
        tables.put("AUDIT", List.of("CREATE TABLE " + AUDIT + " (" + dialect.identityColumn("ID") + ","
                + " TIJDSTIP " + ts + " NOT NULL, GEBRUIKER VARCHAR(128) NOT NULL, ACTIE VARCHAR(10) NOT NULL,"
                + " TABEL VARCHAR(300) NOT NULL, KLASSE VARCHAR(128) NOT NULL, SLEUTEL VARCHAR(1000) NOT NULL,"
                + " KENMERK VARCHAR(128), OUDE_WAARDE " + text + ", NIEUWE_WAARDE " + text + ")",
                // No primary-key index: ID is unique by generation, and one index fewer per audited
                // change matters for imports; this index serves the trail of an object in ID order.
                "CREATE INDEX " + Names.STORE_SCHEMA + ".AUDIT_OBJECT ON " + AUDIT + " (TABEL, SLEUTEL, ID)"));
        try (Statement statement = connection.createStatement()) {
            for (String ddl : dialect.createSchema(connection, Names.STORE_SCHEMA)) {
                statement.executeUpdate(ddl);
            }
            for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                if (!dialect.tableExists(connection, Names.STORE_SCHEMA, table.getKey())) {
                    for (String ddl : table.getValue()) {
                        statement.executeUpdate(ddl);
                    }
                    LOG.info("Opslag: tabel {}.{} aangemaakt", Names.STORE_SCHEMA, table.getKey());
                }
            }
        }
    }

    /** The package that owns a schema, if another one does. */
    Optional<String> schemaOwner(Connection connection, String schema, String nsURI) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT NS_URI FROM " + PAKKET + " WHERE SCHEMA_NAAM = ? AND NS_URI <> ?")) {
            query.setString(1, schema);
            query.setString(2, nsURI);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** The tables recorded for a package, by qualified name, with their creation times. */
    Recorded load(Connection connection, String nsURI) throws SQLException {
        Map<String, TableDef> tables = new LinkedHashMap<>();
        Map<String, Instant> created = new HashMap<>();
        Map<String, List<ColumnDef>> columns = new HashMap<>();
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT SCHEMA_NAAM, TABEL_NAAM, SOORT, KLASSE,"
                + " KLASSEN, KENMERK, DOCUMENTATIE, AANGEMAAKT FROM " + TABEL
                + " WHERE NS_URI = ? ORDER BY SCHEMA_NAAM, TABEL_NAAM")) {
            query.setString(1, nsURI);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String qualified = row.getString(1) + "." + row.getString(2);
                    rows.put(qualified, new String[] {row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7)});
                    created.put(qualified, row.getTimestamp(8, Codec.utc()).toInstant());
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT k.SCHEMA_NAAM, k.TABEL_NAAM, k.KOLOM_NAAM,"
                + " k.TYPE, k.NULL_TOEGESTAAN, k.ROL, k.KLASSE, k.KENMERK, k.VERWIJST_NAAR, k.VERWIJST_NAAR_KOLOM,"
                + " k.WAARDEN, k.DOCUMENTATIE, k.AANGEMAAKT FROM " + KOLOM + " k JOIN " + TABEL + " t"
                + " ON t.SCHEMA_NAAM = k.SCHEMA_NAAM AND t.TABEL_NAAM = k.TABEL_NAAM WHERE t.NS_URI = ?"
                + " ORDER BY k.SCHEMA_NAAM, k.TABEL_NAAM, k.POSITIE")) {
            query.setString(1, nsURI);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String qualified = row.getString(1) + "." + row.getString(2);
                    String values = row.getString(11);
                    columns.computeIfAbsent(qualified, q -> new ArrayList<>()).add(new ColumnDef(row.getString(3),
                            ColumnType.parse(row.getString(4)), row.getBoolean(5), ColumnRole.valueOf(row.getString(6)),
                            row.getString(7), row.getString(8), row.getString(9), row.getString(10), row.getString(12),
                            values == null || values.isEmpty() ? List.of() : Arrays.asList(values.split("\\|"))));
                    created.put(qualified + "." + row.getString(3), row.getTimestamp(13, Codec.utc()).toInstant());
                }
            }
        }
        rows.forEach((qualified, r) -> {
            List<ColumnDef> cols = columns.getOrDefault(qualified, List.of());
            TableKind kind = TableKind.valueOf(r[2]);
            List<String> pk = cols.stream().filter(c -> c.role() == ColumnRole.KEY || c.role() == ColumnRole.OWNER
                    || c.role() == ColumnRole.POSITION).map(ColumnDef::name).toList();
            tables.put(qualified, new TableDef(nsURI, r[0], r[1], kind, r[3],
                    r[4] == null || r[4].isEmpty() ? List.of() : Arrays.asList(r[4].split(",")), r[5], r[6], cols, pk));
        });
        return new Recorded(tables, created);
    }

    /** Replaces what is recorded for the package by its current map; keeps creation times. */
    void record(Connection connection, PackageMap map, Recorded previous, Instant now) throws SQLException {
        Timestamp at = Timestamp.from(now);
        try (PreparedStatement deleteTables = connection.prepareStatement("DELETE FROM " + TABEL + " WHERE NS_URI = ?");
                PreparedStatement deletePackage = connection.prepareStatement(
                        "DELETE FROM " + PAKKET + " WHERE NS_URI = ?");
                PreparedStatement insertPackage = connection.prepareStatement("INSERT INTO " + PAKKET
                        + " (NS_URI, NAAM, NS_PREFIX, SCHEMA_NAAM, BIJGEWERKT) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement insertTable = connection.prepareStatement("INSERT INTO " + TABEL
                        + " (SCHEMA_NAAM, TABEL_NAAM, NS_URI, SOORT, KLASSE, KLASSEN, KENMERK, DOCUMENTATIE,"
                        + " AANGEMAAKT, BIJGEWERKT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement insertColumn = connection.prepareStatement("INSERT INTO " + KOLOM
                        + " (SCHEMA_NAAM, TABEL_NAAM, KOLOM_NAAM, POSITIE, TYPE, SQL_TYPE, NULL_TOEGESTAAN, ROL,"
                        + " KLASSE, KENMERK, VERWIJST_NAAR, VERWIJST_NAAR_KOLOM, WAARDEN, DOCUMENTATIE, AANGEMAAKT)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            deleteTables.setString(1, map.nsURI());
            deleteTables.executeUpdate();
            deletePackage.setString(1, map.nsURI());
            deletePackage.executeUpdate();
            insertPackage.setString(1, map.nsURI());
            insertPackage.setString(2, map.ePackage().getName());
            insertPackage.setString(3, map.ePackage().getNsPrefix());
            insertPackage.setString(4, map.schema());
            insertPackage.setTimestamp(5, at, Codec.utc());
            insertPackage.executeUpdate();
            for (TableDef t : map.tables()) {
                Instant tableCreated = previous.created().getOrDefault(t.qualified(), now);
                insertTable.setString(1, t.schema());
                insertTable.setString(2, t.name());
                insertTable.setString(3, map.nsURI());
                insertTable.setString(4, t.kind().name());
                insertTable.setString(5, t.eClass());
                insertTable.setString(6, String.join(",", t.classes()));
                insertTable.setString(7, t.feature());
                insertTable.setString(8, cut(t.documentation()));
                insertTable.setTimestamp(9, Timestamp.from(tableCreated), Codec.utc());
                insertTable.setTimestamp(10, at, Codec.utc());
                insertTable.addBatch();
                int position = 0;
                for (ColumnDef c : t.columns()) {
                    insertColumn.setString(1, t.schema());
                    insertColumn.setString(2, t.name());
                    insertColumn.setString(3, c.name());
                    insertColumn.setInt(4, position++);
                    insertColumn.setString(5, c.type().toString());
                    insertColumn.setString(6, dialect.typeName(c.type()));
                    insertColumn.setBoolean(7, c.nullable());
                    insertColumn.setString(8, c.role().name());
                    insertColumn.setString(9, c.eClass());
                    insertColumn.setString(10, c.feature());
                    insertColumn.setString(11, c.refTable());
                    insertColumn.setString(12, c.refColumn());
                    insertColumn.setString(13, c.values().isEmpty() ? null : cut(String.join("|", c.values())));
                    insertColumn.setString(14, cut(c.documentation()));
                    insertColumn.setTimestamp(15, Timestamp.from(
                            previous.created().getOrDefault(t.qualified() + "." + c.name(), now)), Codec.utc());
                    insertColumn.addBatch();
                }
            }
            insertTable.executeBatch();
            insertColumn.executeBatch();
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= DOC_LENGTH ? text : text.substring(0, DOC_LENGTH - 1) + "…";
    }

    /** Recorded tables by qualified name; creation times by table and by {@code table.column}. */
    record Recorded(Map<String, TableDef> tables, Map<String, Instant> created) {

        /**
         * Whether the package's map is exactly what is recorded, documentation included, so that
         * recording it again would only rewrite the same rows (the normal case on every start).
         */
        boolean matches(PackageMap map) {
            if (tables.size() != map.tables().size()) {
                return false;
            }
            for (TableDef table : map.tables()) {
                if (!table.equals(tables.get(table.qualified()))) {
                    return false;
                }
            }
            return true;
        }
    }
}
