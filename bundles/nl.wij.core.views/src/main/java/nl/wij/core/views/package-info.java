/**
 * Analytical views: the public, documented relational schema analysts, scripts and BI tools query.
 * <p>
 * A module publishes its views by registering a {@link nl.wij.core.views.ViewProvider} service.
 * Each {@link nl.wij.core.views.AnalyticalView} is a {@code SELECT} over the model store's tables
 * (or over other published views) with a stable qualified name such as {@code ihp.ruimtebehoefte},
 * documented columns, units and the period its rows describe. The platform creates the view in the
 * database once every model package it reads is available in the store, and drops it when its
 * provider goes away, so the catalog follows the installed modules live. The view's name and
 * columns are a contract: add columns and views freely, never rename or remove one.
 * <p>
 * Person-level data never appears in a view as rows. Counts of persons are marked
 * {@link nl.wij.core.views.ViewColumn.Kind#PERSON_COUNT}; the platform suppresses small values of
 * such columns before any analyst sees them.
 * <p>
 * The platform registers a {@link nl.wij.core.views.ViewCatalog} service listing every published
 * view with its state (available, waiting for a package or view, refused with the database's
 * message) and tells {@link nl.wij.core.views.ViewCatalogListener}s when it changes. Modules ship
 * ready-made questions as {@link nl.wij.core.views.StarterQuery starter queries} through a
 * {@link nl.wij.core.views.StarterQueryProvider} service.
 */
@Export
@Version("1.1.0")
package nl.wij.core.views;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
