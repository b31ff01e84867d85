/**
 * The SQL a database does differently, behind one interface.
 * <p>
 * The store writes portable SQL (plain SELECT, INSERT, UPDATE, DELETE with parameters) itself and
 * asks a {@link nl.wij.core.store.dialect.Dialect} for everything else: type names, identity
 * columns, schema and table creation, column changes, deferred foreign keys, paging, identifier
 * case and the meaning of SQL states. The store ships a Derby dialect; another database gets one
 * by registering a {@code Dialect} service whose {@link nl.wij.core.store.dialect.Dialect#supports}
 * accepts its product name.
 */
@Export
@Version("1.0.0")
package nl.wij.core.store.dialect;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
