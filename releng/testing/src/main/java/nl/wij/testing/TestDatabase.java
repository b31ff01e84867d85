package nl.wij.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.db.DatabaseStatus;

/**
 * A real embedded Derby database for unit tests of code written against {@link Database}: in
 * memory (one per instance, dropped when closed) unless a URL is given, and optionally with SQL
 * authorization on, as the platform database runs. Connections without a user are the owner
 * ({@code APP}); {@link #connectRestricted} and {@link #connectAs} connect as another user.
 */
public final class TestDatabase implements Database, AutoCloseable {

    private final String url;

    /** In memory, without SQL authorization. */
    public TestDatabase() throws SQLException {
        this(false);
    }

    /** In memory. */
    public TestDatabase(boolean sqlAuthorization) throws SQLException {
        this("jdbc:derby:memory:test-" + UUID.randomUUID(), sqlAuthorization);
    }

    /** At {@code url} (e.g. a directory, for benchmarks), without SQL authorization. */
    public TestDatabase(String url) throws SQLException {
        this(url, false);
    }

    public TestDatabase(String url, boolean sqlAuthorization) throws SQLException {
        this.url = url;
        try (Connection c = DriverManager.getConnection(url + ";create=true"); Statement s = c.createStatement()) {
            if (sqlAuthorization) {
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization', 'true')");
            }
        }
        if (sqlAuthorization) {
            shutdown(); // the property takes effect when the database boots again, at the next connection
        }
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** A read-only connection as {@code user}, as the platform database gives one. */
    @Override
    public Connection connectRestricted(String user) throws SQLException {
        Connection c = connectAs(user);
        c.setReadOnly(true);
        return c;
    }

    /** A connection as {@code user}, who may do what was granted to it. */
    public Connection connectAs(String user) throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    @Override
    public DatabaseStatus status() {
        return new DatabaseStatus(true, "Apache Derby", "memory");
    }

    /** Closes the database; the next connection boots it again with its content. */
    public void shutdown() {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006.
        }
    }

    /** Drops an in-memory database; shuts down any other. */
    @Override
    public void close() {
        try {
            DriverManager.getConnection(url + (url.contains(":memory:") ? ";drop=true" : ";shutdown=true")).close();
        } catch (SQLException expected) {
            // Derby reports a successful drop or shutdown as SQLState 08006.
        }
    }
}
