package nl.wij.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle's answer to a destructive change of its own model, registered as an OSGi service.
 * <p>
 * When a package arrives whose model no longer fits its recorded tables, the store collects the
 * destructive {@link SchemaChange}s. If for every one of them a migration for the package's
 * nsURI {@link #handles handles} it, the store calls {@link #migrate} with the changes it handles,
 * on the connection of the schema transaction, before it adds new tables and columns and records
 * the new shape; if anything fails, everything rolls back and the package stays refused. A
 * migration must therefore leave the tables in the shape the new model needs, e.g. rename a
 * column ({@code RENAME COLUMN}), drop one, or copy data into a new table it creates itself.
 * Otherwise the package is refused and the messages name what changed.
 */
@ConsumerType
public interface Migration {

    /** The nsURI of the package this migration belongs to. */
    String nsURI();

    /** Whether this migration takes care of the change. */
    boolean handles(SchemaChange change);

    /**
     * Brings the tables into the new shape. Must not commit, roll back or close the connection.
     *
     * @param changes the changes this migration said it handles
     */
    void migrate(Connection connection, List<SchemaChange> changes) throws SQLException;
}
