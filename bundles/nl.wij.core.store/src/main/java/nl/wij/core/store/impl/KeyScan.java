package nl.wij.core.store.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the rows of a table whose key column has one of many values, in as few statements as
 * possible. Derby plans an {@code IN} list of many parameters as a table scan when it has no
 * statistics (a fresh table), so a large batch would scan the table once per chunk. When the
 * keys are many compared with the rows ({@value #SCAN_FACTOR}x or more of the table, or a small
 * table) one scan of the whole table, filtered in memory, is far cheaper; a few keys go as
 * {@code IN} lists of {@value #CHUNK}.
 */
final class KeyScan {

    static final int CHUNK = 100;
    private static final int SCAN_FACTOR = 8;
    private static final int SMALL_TABLE = 2_000;
    private static final int FEW_KEYS = 20;

    private KeyScan() {
    }

    /**
     * Calls the handler for every row of {@code SELECT <columns> FROM <table> WHERE <keyColumn> IN
     * (keys)}.
     *
     * @param keyIndex where the key column is among {@code columns}, from 1
     * @param order appended to the statement, e.g. {@code ORDER BY A, B}, or empty
     */
    static void rows(Connection connection, String table, String columns, String keyColumn, int keyIndex,
            String order, List<Object> keys, Codec codec, ObjectLoader.RowHandler handler) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        if (keys.size() > FEW_KEYS) {
            long rows = count(connection, table);
            if (rows == 0) {
                return;
            }
            if (rows <= SMALL_TABLE || (long) keys.size() * SCAN_FACTOR >= rows) {
                Set<Object> wanted = new HashSet<>(keys);
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT " + columns + " FROM " + table + (order.isEmpty() ? "" : " " + order));
                        ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        if (wanted.contains(codec.read(result, keyIndex))) {
                            handler.row(result);
                        }
                    }
                }
                return;
            }
        }
        int size = Math.min(CHUNK, keys.size());
        String sql = "SELECT " + columns + " FROM " + table + " WHERE " + keyColumn + " IN ("
                + ObjectLoader.placeholders(size) + ")" + (order.isEmpty() ? "" : " " + order);
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int from = 0; from < keys.size(); from += size) {
                for (int i = 0; i < size; i++) {
                    codec.bind(query, i + 1, keys.get(Math.min(from + i, keys.size() - 1)));
                }
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        handler.row(result);
                    }
                }
            }
        }
    }

    static long count(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
