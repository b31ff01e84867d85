/**
 * Who may do what: local accounts with roles, login sessions and bearer tokens for API clients.
 * <p>
 * Passwords and tokens are only ever stored as salted hashes. The web layer authenticates each
 * request through these services and never sees a stored secret.
 */
@Export
@Version("1.1.0")
package nl.wij.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
