package nl.wij.platform.api.db;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ProviderType;

/** The platform database. Registered as a service once the database is open. */
@ProviderType
public interface Database {

    /** Opens a new connection with auto-commit on; the caller closes it. */
    Connection connect() throws SQLException;

    /** What the database is and whether it answers, for health reporting. */
    DatabaseStatus status();
}
