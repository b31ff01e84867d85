package nl.wij.platform.features;

import java.util.List;

/**
 * A profile: what one gemeente runs.
 *
 * @param name the file name without {@code .json}, used on the command line
 * @param title Dutch title
 * @param description Dutch description
 * @param features ids of the features it installs; required features are added
 */
public record Profile(String name, String title, String description, List<String> features) {

    public Profile {
        features = List.copyOf(features);
    }
}
