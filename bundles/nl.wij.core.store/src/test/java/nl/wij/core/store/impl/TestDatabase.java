package nl.wij.core.store.impl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.db.DatabaseStatus;

/** A real embedded Derby database in memory, one per test, dropped when closed. */
final class TestDatabase implements Database, AutoCloseable {

    private final String url;

    TestDatabase() throws SQLException {
        this("jdbc:derby:memory:store-" + UUID.randomUUID());
    }

    TestDatabase(String url) throws SQLException {
        this.url = url;
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
            DriverManager.getConnection(url + (url.contains(":memory:") ? ";drop=true" : ";shutdown=true")).close();
        } catch (SQLException expected) {
            // Derby reports a successful drop or shutdown as SQLState 08006.
        }
    }
}
