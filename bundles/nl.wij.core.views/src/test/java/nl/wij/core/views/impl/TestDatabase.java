package nl.wij.core.views.impl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.db.DatabaseStatus;

/**
 * A real embedded Derby database in memory with SQL authorization on, as the platform database
 * runs: connections without a user are the owner (APP); {@link #connectAs} is another user.
 */
final class TestDatabase implements Database, AutoCloseable {

    private final String url = "jdbc:derby:memory:views-" + UUID.randomUUID();

    TestDatabase() throws SQLException {
        this(true);
    }

    TestDatabase(boolean sqlAuthorization) throws SQLException {
        try (Connection c = DriverManager.getConnection(url + ";create=true"); Statement s = c.createStatement()) {
            if (sqlAuthorization) {
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization', 'true')");
            }
        }
        shutdown();
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    Connection connectAs(String user) throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    @Override
    public DatabaseStatus status() {
        return new DatabaseStatus(true, "Apache Derby", "memory");
    }

    /** Closes the database (a restart keeps its content; only {@link #close} drops it). */
    void shutdown() {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006.
        }
    }

    @Override
    public void close() {
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException expected) {
            // 08006: dropped.
        }
    }
}
