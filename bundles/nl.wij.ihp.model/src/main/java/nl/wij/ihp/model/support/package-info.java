/**
 * Hand-written helpers for the IHP model: the derived keys ({@code sleutel}) of its classes.
 */
@Export
@Version("1.0.0")
package nl.wij.ihp.model.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
