package nl.wij.analysis.query.impl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.db.DatabaseStatus;

/** A real Derby database with SQL authorization, as the platform runs it; in memory unless a URL is given. */
final class TestDatabase implements Database, AutoCloseable {

    private final String url;

    TestDatabase() throws SQLException {
        this("jdbc:derby:memory:query-" + UUID.randomUUID());
    }

    TestDatabase(String url) throws SQLException {
        this.url = url;
        try (Connection c = DriverManager.getConnection(url + ";create=true"); Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization', 'true')");
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // 08006: shut down; the next connection boots it with SQL authorization on
        }
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public Connection connectRestricted(String user) throws SQLException {
        Connection c = DriverManager.getConnection(url, user, "");
        c.setReadOnly(true);
        return c;
    }

    @Override
    public DatabaseStatus status() {
        return new DatabaseStatus(true, "Apache Derby", "memory");
    }

    @Override
    public void close() {
        try {
            DriverManager.getConnection(url + (url.contains(":memory:") ? ";drop=true" : ";shutdown=true")).close();
        } catch (SQLException expected) {
            // 08006: dropped
        }
    }
}
