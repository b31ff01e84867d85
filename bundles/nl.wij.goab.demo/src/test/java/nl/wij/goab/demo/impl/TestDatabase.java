package nl.wij.goab.demo.impl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.db.DatabaseStatus;

/** A real embedded Derby database in memory, dropped when closed. */
final class TestDatabase implements Database, AutoCloseable {

    private final String url = "jdbc:derby:memory:goab-demo-" + UUID.randomUUID();

    TestDatabase() throws SQLException {
        DriverManager.getConnection(url + ";create=true").close();
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public DatabaseStatus status() {
        return new DatabaseStatus(true, "Apache Derby", "memory");
    }

    @Override
    public void close() {
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful drop as SQLState 08006.
        }
    }
}
