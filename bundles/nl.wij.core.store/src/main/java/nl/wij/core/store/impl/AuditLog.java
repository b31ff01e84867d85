package nl.wij.core.store.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.wij.core.store.AuditAction;
import nl.wij.core.store.AuditEntry;

/** Writes audit rows in JDBC batches on the connection of the unit of work, and reads the trail. */
final class AuditLog implements AutoCloseable {

    static final int MAX_TEXT = 32_000;
    private static final int BATCH = 1000;

    private final Connection connection;
    private final String user;
    private final Timestamp at;
    private PreparedStatement insert;
    private int pending;

    AuditLog(Connection connection, String user, Instant at) {
        this.connection = connection;
        this.user = user;
        this.at = Timestamp.from(at);
    }

    void add(AuditAction action, String table, String eClass, String key, String feature, String oldValue,
            String newValue) throws SQLException {
        if (insert == null) {
            insert = connection.prepareStatement("INSERT INTO " + Metadata.AUDIT + " (TIJDSTIP, GEBRUIKER, ACTIE,"
                    + " TABEL, KLASSE, SLEUTEL, KENMERK, OUDE_WAARDE, NIEUWE_WAARDE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        insert.setTimestamp(1, at, Codec.utc());
        insert.setString(2, user);
        insert.setString(3, action.name());
        insert.setString(4, table);
        insert.setString(5, eClass);
        insert.setString(6, key);
        insert.setString(7, feature);
        insert.setString(8, cut(oldValue));
        insert.setString(9, cut(newValue));
        insert.addBatch();
        if (++pending >= BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
    }

    static List<AuditEntry> trail(Connection connection, String table, String key) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ID, TIJDSTIP, GEBRUIKER, ACTIE, TABEL,"
                + " KLASSE, SLEUTEL, KENMERK, OUDE_WAARDE, NIEUWE_WAARDE FROM " + Metadata.AUDIT
                + " WHERE TABEL = ? AND SLEUTEL = ? ORDER BY ID")) {
            query.setString(1, table);
            query.setString(2, key);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    entries.add(new AuditEntry(row.getLong(1), row.getTimestamp(2, Codec.utc()).toInstant(),
                            row.getString(3), AuditAction.valueOf(row.getString(4)), row.getString(5), row.getString(6),
                            row.getString(7), row.getString(8), row.getString(9), row.getString(10)));
                }
            }
        }
        return entries;
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
