/**
 * Commands of the {@code wij} launcher offered by bundles.
 * <p>
 * A bundle offers {@code wij <name> ...} by registering a
 * {@code java.util.function.Function<List<String>, String>} service with the property
 * {@code wij.command=<name>} (use {@link nl.wij.platform.api.command.WijCommand}). The launcher starts
 * the profile without HTTP, calls {@code apply} with the remaining arguments and prints the answer.
 * An {@code IllegalArgumentException} means wrong use (exit code 2), an
 * {@code IllegalStateException} a command that ran and failed (exit code 1); their messages are
 * Dutch and are printed as they are.
 */
@Export
@Version("1.0.0")
package nl.wij.platform.api.command;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
