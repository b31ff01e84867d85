/**
 * Helpers for the GOAB model that are not generated: the derived keys ({@code sleutel}) of classes
 * without a natural key, so that an importer and an editor derive the same key from the same facts.
 */
@Export
@Version("1.0.0")
package nl.wij.goab.model.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
