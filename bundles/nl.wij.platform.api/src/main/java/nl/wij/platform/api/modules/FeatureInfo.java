package nl.wij.platform.api.modules;

import java.util.List;

/**
 * A feature of the distribution.
 *
 * @param id short name, e.g. {@code workbench}
 * @param version feature version
 * @param title Dutch title
 * @param description Dutch description
 * @param requires ids of the features it needs
 * @param bundles symbolic names of its bundles
 * @param inProfile whether the running profile installed it
 * @param state {@code ACTIEF} when all its bundles are active, {@code GEDEELTELIJK} when some are,
 *        {@code INACTIEF} otherwise
 */
public record FeatureInfo(String id, String version, String title, String description, List<String> requires,
        List<String> bundles, boolean inProfile, String state) {

    public FeatureInfo {
        requires = List.copyOf(requires);
        bundles = List.copyOf(bundles);
    }
}
