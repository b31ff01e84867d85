/**
 * Access to the platform's relational database.
 * <p>
 * The platform owns one database per WIJ installation (embedded Derby in the data directory by
 * default). Bundles obtain JDBC connections from the {@link nl.wij.platform.api.db.Database}
 * service and close them with try-with-resources; they never open their own driver connections.
 * Platform code connects as the database owner; queries written by people run on a
 * {@link nl.wij.platform.api.db.Database#connectRestricted restricted, read-only connection}.
 */
@Export
@Version("1.1.0")
package nl.wij.platform.api.db;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
