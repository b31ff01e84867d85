package nl.wij.platform.api.modules;

/**
 * A bundle in the running framework.
 *
 * @param id framework bundle id
 * @param symbolicName Bundle-SymbolicName
 * @param name Bundle-Name, or the symbolic name
 * @param version Bundle-Version
 * @param state {@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}, {@code STARTING}, {@code STOPPING}, or
 *        {@code FRAGMENT} for a fragment attached to its host (fragments never start)
 * @param feature the feature it belongs to, or {@code null} for a bundle installed at run time
 * @param locked whether the platform refuses to stop it (platform and workbench bundles)
 */
public record BundleInfo(long id, String symbolicName, String name, String version, String state, String feature,
        boolean locked) {
}
