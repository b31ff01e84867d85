/**
 * Plain helpers for the shared model: the derived keys of classes without a natural key
 * ({@link nl.wij.core.model.support.Sleutels}), school years
 * ({@link nl.wij.core.model.support.Schooljaren}) and the conversion between calendar days and the
 * model's dates ({@link nl.wij.core.model.support.Datums}).
 * <p>
 * Behaviour of the model lives here and in other hand-written classes, never in the generated code
 * of {@code nl.wij.core.model}.
 */
@Export
@Version("1.0.0")
package nl.wij.core.model.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
