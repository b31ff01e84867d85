package nl.wij.platform.security.impl;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tables of this bundle and the SQL conventions they share. Derby has no
 * {@code CREATE TABLE IF NOT EXISTS}; a table that already exists (SQLState {@value #TABLE_EXISTS})
 * is fine, which also covers two components creating the schema at the same time.
 * <p>
 * Timestamps are stored as UTC wall-clock time, independent of the server's time zone.
 */
final class SecuritySchema {

    private static final Logger LOG = LoggerFactory.getLogger(SecuritySchema.class);

    /** Derby: "Table/View already exists". */
    static final String TABLE_EXISTS = "X0Y32";
    /** Duplicate key (SQL standard class 23, Derby's code). */
    static final String DUPLICATE_KEY = "23505";
    /** Foreign key violation. */
    static final String FOREIGN_KEY_VIOLATION = "23503";

    private static final List<String> TABLES = List.of(
            "CREATE TABLE platform_account ("
                    + " name VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " password_hash VARCHAR(256) NOT NULL,"
                    + " roles VARCHAR(256) NOT NULL,"
                    + " created TIMESTAMP NOT NULL)",
            "CREATE TABLE platform_token ("
                    + " id VARCHAR(16) NOT NULL PRIMARY KEY,"
                    + " secret_hash VARCHAR(64) NOT NULL,"
                    + " account VARCHAR(64) NOT NULL,"
                    + " label VARCHAR(200) NOT NULL,"
                    + " created TIMESTAMP NOT NULL,"
                    + " last_used TIMESTAMP,"
                    + " CONSTRAINT platform_token_account FOREIGN KEY (account)"
                    + " REFERENCES platform_account (name) ON DELETE CASCADE)");

    private SecuritySchema() {
    }

    /**
     * Creates the tables that do not exist yet, accounts before tokens. Existing tables are found in
     * the catalog first: a failing {@code CREATE TABLE} costs Derby a statement compilation on every
     * start.
     */
    static void ensure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : TABLES) {
                String table = ddl.split("\\s+")[2];
                if (exists(connection, table)) {
                    continue;
                }
                try {
                    statement.executeUpdate(ddl);
                    LOG.info("Created table {}", table.toLowerCase(Locale.ROOT));
                } catch (SQLException e) {
                    if (!TABLE_EXISTS.equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, table.toUpperCase(Locale.ROOT),
                new String[] { "TABLE" })) {
            return tables.next();
        }
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    /** A calendar in UTC, for {@code setTimestamp} and {@code getTimestamp}; not thread-safe, so one per call. */
    static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column, utc());
        return value == null ? null : value.toInstant();
    }
}
