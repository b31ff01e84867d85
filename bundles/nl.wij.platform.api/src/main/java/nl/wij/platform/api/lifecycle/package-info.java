/**
 * The life cycle of a running WIJ as modules see it: {@link nl.wij.platform.api.lifecycle.AfterStartup}
 * holds background work back until the framework has started every bundle of the profile.
 */
@Export
@Version("1.0.0")
package nl.wij.platform.api.lifecycle;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
