/**
 * How a model bundle offers its EMF package as OSGi services.
 * <p>
 * Every model bundle (the core model and each domain's) registers its {@code EPackage}, its
 * {@code EFactory}, its {@code EValidator} (when the model has constraints) and an OSGi
 * {@code Condition} with the service properties {@code emf.name} and {@code emf.nsURI}, the
 * convention of the Gecko/Eclipse sensiNact EMF OSGi integration. The store and the editors find
 * models through these services, never through {@code EPackage.Registry.INSTANCE}; a component
 * that needs a model before it can start targets the condition
 * ({@code osgi.ds.satisfying.condition.target=(osgi.condition.id=<nsURI>)}).
 * {@link nl.wij.core.model.osgi.EPackageServices} does the registering.
 */
@Export
@Version("1.0.0")
package nl.wij.core.model.osgi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
