package nl.wij.platform.features;

import java.util.List;

/**
 * A feature: a named, versioned group of bundles.
 *
 * @param id short name, also its folder name under {@code features/}
 * @param version feature version
 * @param title Dutch title
 * @param description Dutch description
 * @param requires ids of the features it needs
 * @param bundles symbolic names of its bundles, in start order
 * @param locked whether its bundles are part of the platform and may not be stopped at run time
 */
public record Feature(String id, String version, String title, String description, List<String> requires,
        List<String> bundles, boolean locked) {

    public Feature {
        requires = List.copyOf(requires);
        bundles = List.copyOf(bundles);
    }
}
