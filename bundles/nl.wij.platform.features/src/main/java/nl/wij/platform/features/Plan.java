package nl.wij.platform.features;

import java.util.List;

/**
 * What a profile installs: its features with everything they require, required features first,
 * and their bundles without duplicates, in that order.
 */
public record Plan(Profile profile, List<Feature> features, List<BundleFile> bundles) {

    public Plan {
        features = List.copyOf(features);
        bundles = List.copyOf(bundles);
    }
}
