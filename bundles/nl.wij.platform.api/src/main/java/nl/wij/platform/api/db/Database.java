package nl.wij.platform.api.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

import org.osgi.annotation.versioning.ProviderType;

/** The platform database. Registered as a service once the database is open. */
@ProviderType
public interface Database {

    /** Opens a new connection with auto-commit on; the caller closes it. */
    Connection connect() throws SQLException;

    /**
     * Opens a read-only connection as a restricted database user, for queries written by people
     * (the analyst workspace). Unlike {@link #connect()} (the database owner, who may do anything),
     * this user may read only what was granted to it ({@code GRANT SELECT ON ... TO user}) and
     * write nothing; the database enforces both.
     *
     * @param user the database user, an SQL identifier such as {@code WIJ_ANALIST}; never the owner
     * @throws SQLFeatureNotSupportedException when this database cannot enforce per-user privileges
     */
    default Connection connectRestricted(String user) throws SQLException {
        throw new SQLFeatureNotSupportedException("Deze database kan geen beperkte gebruikers afdwingen.");
    }

    /** What the database is and whether it answers, for health reporting. */
    DatabaseStatus status();
}
