/**
 * The modules of a running WIJ: features (named, versioned groups of bundles), the profile that
 * chose them, and the bundles themselves, with run-time start, stop, install and uninstall.
 */
@Export
@Version("1.0.0")
package nl.wij.platform.api.modules;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
