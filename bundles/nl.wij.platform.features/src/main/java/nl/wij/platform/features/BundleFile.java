package nl.wij.platform.features;

import java.nio.file.Path;

/**
 * A bundle jar of the distribution.
 *
 * @param symbolicName its Bundle-SymbolicName (without directives)
 * @param version its Bundle-Version
 * @param path the jar
 */
public record BundleFile(String symbolicName, String version, Path path) {
}
