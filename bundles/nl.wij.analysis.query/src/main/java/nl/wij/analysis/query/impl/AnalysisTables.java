package nl.wij.analysis.query.impl;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The workspace's own tables in schema {@code WIJ_ANALYSE}: the query log and the saved queries.
 * They are not analyst data: no view reads them and the analyst user has no privilege on them.
 */
final class AnalysisTables {

    static final String SCHEMA = "WIJ_ANALYSE";
    static final String LOG = SCHEMA + ".VRAAGLOG";
    static final String SAVED = SCHEMA + ".OPGESLAGEN_VRAAG";

    private AnalysisTables() {
    }

    static synchronized void ensure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (!exists(connection, null)) {
                s.executeUpdate("CREATE SCHEMA " + SCHEMA);
            }
            if (!exists(connection, "VRAAGLOG")) {
                s.executeUpdate("CREATE TABLE " + LOG + " (VRAAG_ID VARCHAR(64) NOT NULL, GESTART TIMESTAMP NOT NULL,"
                        + " GEBRUIKER VARCHAR(255) NOT NULL, SQL_TEKST CLOB NOT NULL, RIJEN BIGINT NOT NULL,"
                        + " DUUR_MS BIGINT NOT NULL, UITKOMST VARCHAR(20) NOT NULL, MELDING VARCHAR(2000),"
                        + " CONSTRAINT PK_VRAAGLOG PRIMARY KEY (GESTART, VRAAG_ID))");
            }
            if (!exists(connection, "OPGESLAGEN_VRAAG")) {
                s.executeUpdate("CREATE TABLE " + SAVED + " (ID VARCHAR(36) NOT NULL, NAAM VARCHAR(200) NOT NULL,"
                        + " OMSCHRIJVING VARCHAR(2000), EIGENAAR VARCHAR(255) NOT NULL, GEDEELD BOOLEAN NOT NULL,"
                        + " SQL_TEKST CLOB NOT NULL, GRAFIEK VARCHAR(4000), GEWIJZIGD TIMESTAMP NOT NULL,"
                        + " CONSTRAINT PK_OPGESLAGEN_VRAAG PRIMARY KEY (ID))");
            }
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        if (table == null) {
            try (ResultSet r = connection.getMetaData().getSchemas(null, SCHEMA)) {
                return r.next();
            }
        }
        try (ResultSet r = connection.getMetaData().getTables(null, SCHEMA, table, null)) {
            return r.next();
        }
    }
}
