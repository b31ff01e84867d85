/**
 * The WIJ distribution model, as data on disk.
 * <p>
 * A WIJ home directory holds {@code bundles/} (the jars), {@code features/<id>/feature.json} (a
 * feature: a named, versioned group of bundles with a Dutch title and description and the
 * features it requires) and {@code profiles/<name>.json} (a profile: the features a gemeente
 * runs). {@link nl.wij.platform.features.Distribution} reads them and turns a profile into an
 * installation {@link nl.wij.platform.features.Plan}; every inconsistency is reported as one
 * Dutch line naming the file and the field. The launcher uses this package as a plain jar before
 * any framework exists; inside the framework, provisioning uses the same classes as a bundle.
 */
@Export
@Version("1.0.0")
package nl.wij.platform.features;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
