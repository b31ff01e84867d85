/**
 * The model store: EMF objects persisted in the platform database.
 * <p>
 * Every {@link org.eclipse.emf.ecore.EPackage} registered as an OSGi service (with the property
 * {@code emf.nsURI}) gets tables derived from its metamodel: schema {@code <NSPREFIX>_DATA}, a
 * table per class hierarchy, a column per single-valued feature, link and value tables for
 * many-valued features (the exact rules are in the bundle's README). Business code works in units
 * of work: {@link nl.wij.core.store.ModelStore#read} and {@link nl.wij.core.store.ModelStore#write};
 * a write is one database transaction and records an audit trail in the same transaction.
 * <p>
 * Objects handed out are detached copies: changing them changes nothing until they are saved.
 * {@link nl.wij.core.store.ModelStore#tables()} describes the derived tables with the model's
 * documentation, for the analyst catalog and the UI. A bundle whose model changes destructively
 * supplies a {@link nl.wij.core.store.Migration}.
 */
@Export
@Version("1.1.0")
package nl.wij.core.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
