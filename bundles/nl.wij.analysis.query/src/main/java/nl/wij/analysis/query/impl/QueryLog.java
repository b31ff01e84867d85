package nl.wij.analysis.query.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.analysis.query.QueryLogEntry;
import nl.wij.platform.api.db.Database;

/** The query log in {@code WIJ_ANALYSE.VRAAGLOG}, written as the database owner. */
final class QueryLog {

    private static final Logger LOG = LoggerFactory.getLogger(QueryLog.class);

    private final Database database;

    QueryLog(Database database) {
        this.database = database;
    }

    /** Writes one entry; a failure to log is logged and does not fail the query. */
    void write(QueryLogEntry entry) {
        try (Connection c = database.connect(); PreparedStatement p = c.prepareStatement("INSERT INTO "
                + AnalysisTables.LOG + " (VRAAG_ID, GESTART, GEBRUIKER, SQL_TEKST, RIJEN, DUUR_MS, UITKOMST, MELDING)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, entry.id());
            p.setTimestamp(2, Timestamp.from(entry.started()));
            p.setString(3, entry.user());
            p.setString(4, entry.sql());
            p.setLong(5, entry.rows());
            p.setLong(6, entry.durationMillis());
            p.setString(7, entry.outcome());
            p.setString(8, cut(entry.message(), 2000));
            p.executeUpdate();
        } catch (SQLException e) {
            LOG.error("Zoekvraag {} van {} niet gelogd: {}", entry.id(), entry.user(), e.getMessage());
        }
    }

    List<QueryLogEntry> recent(int limit) throws SQLException {
        List<QueryLogEntry> entries = new ArrayList<>();
        try (Connection c = database.connect(); PreparedStatement p = c.prepareStatement("SELECT VRAAG_ID, GESTART,"
                + " GEBRUIKER, SQL_TEKST, RIJEN, DUUR_MS, UITKOMST, MELDING FROM " + AnalysisTables.LOG
                + " ORDER BY GESTART DESC, VRAAG_ID")) {
            p.setMaxRows(Math.max(1, limit));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String message = r.getString(8);
                    entries.add(new QueryLogEntry(r.getString(1), r.getTimestamp(2).toInstant(), r.getString(3),
                            r.getString(4), r.getLong(5), r.getLong(6), r.getString(7), message == null ? "" : message));
                }
            }
        }
        return entries;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
