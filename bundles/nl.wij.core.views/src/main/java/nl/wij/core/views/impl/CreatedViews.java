package nl.wij.core.views.impl;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The views this platform created, in {@code WIJ_VIEWS.GEPUBLICEERD}: qualified name, the exact
 * defining SQL and the database user granted {@code SELECT}. Only views recorded here are ever
 * dropped, so store tables and anything else in the database are never touched; an unchanged
 * definition survives a restart without being recreated.
 */
final class CreatedViews {

    static final String SCHEMA = "WIJ_VIEWS";
    static final String TABLE = SCHEMA + ".GEPUBLICEERD";

    /** One recorded view. */
    record Created(String name, String definition, String reader) {
    }

    private CreatedViews() {
    }

    static void ensure(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(null, SCHEMA, "GEPUBLICEERD", null)) {
            if (tables.next()) {
                return;
            }
        }
        try (Statement s = connection.createStatement()) {
            if (!schemaExists(connection, SCHEMA)) {
                s.executeUpdate("CREATE SCHEMA " + SCHEMA);
            }
            s.executeUpdate("CREATE TABLE " + TABLE + " (VIEW_NAAM VARCHAR(300) NOT NULL, DEFINITIE CLOB NOT NULL,"
                    + " LEZER VARCHAR(128), AANGEMAAKT TIMESTAMP NOT NULL, CONSTRAINT PK_GEPUBLICEERD PRIMARY KEY"
                    + " (VIEW_NAAM))");
        }
    }

    static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (ResultSet r = connection.getMetaData().getSchemas(null, schema.toUpperCase(Locale.ROOT))) {
            return r.next();
        }
    }

    /** Recorded views by lower-case qualified name. */
    static Map<String, Created> load(Connection connection) throws SQLException {
        Map<String, Created> result = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT VIEW_NAAM, DEFINITIE, LEZER FROM " + TABLE + " ORDER BY VIEW_NAAM")) {
            while (r.next()) {
                String reader = r.getString(3);
                result.put(r.getString(1), new Created(r.getString(1), r.getString(2), reader == null ? "" : reader));
            }
        }
        return result;
    }

    static void record(Connection connection, Created view, Instant now) throws SQLException {
        forget(connection, view.name());
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + TABLE
                + " (VIEW_NAAM, DEFINITIE, LEZER, AANGEMAAKT) VALUES (?, ?, ?, ?)")) {
            p.setString(1, view.name());
            p.setString(2, view.definition());
            p.setString(3, view.reader());
            p.setTimestamp(4, Timestamp.from(now));
            p.executeUpdate();
        }
    }

    static void forget(Connection connection, String name) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE VIEW_NAAM = ?")) {
            p.setString(1, name);
            p.executeUpdate();
        }
    }
}
