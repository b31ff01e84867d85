package nl.wij.workbench.charts.impl;

import java.util.Locale;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The boundary sets served under {@code /api/geo/}: the source file in this bundle and how a
 * feature's {@code code} is normalised. Gemeenten carry CBS's gemeentecode as {@code GM0479}
 * (the source has {@code 0479}); provincies have no code in the source, their name is the code.
 */
enum GeoLevel {

    GEMEENTEN("gemeenten", "geo/townships.geojson") {
        @Override
        Optional<String> code(JsonObject properties) {
            String raw = text(properties.get("code")).strip().toUpperCase(Locale.ROOT);
            String digits = raw.startsWith("GM") ? raw.substring(2) : raw;
            if (!digits.matches("\\d{1,4}")) {
                return Optional.empty();
            }
            return Optional.of("GM" + "0".repeat(4 - digits.length()) + digits);
        }
    },

    PROVINCIES("provincies", "geo/provinces.geojson") {
        @Override
        Optional<String> code(JsonObject properties) {
            String name = text(properties.get("name")).strip();
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        }
    };

    private final String path;
    private final String resource;

    GeoLevel(String path, String resource) {
        this.path = path;
        this.resource = resource;
    }

    /** The last segment of the URL: {@code /api/geo/gemeenten}. */
    String path() {
        return path;
    }

    /** The GeoJSON file on the bundle's class path. */
    String resource() {
        return resource;
    }

    /** The normalised code of a feature, or empty when the feature has none. */
    abstract Optional<String> code(JsonObject properties);

    static Optional<GeoLevel> byPath(String path) {
        for (GeoLevel level : values()) {
            if (level.path.equals(path)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    static String text(JsonElement element) {
        return element == null || element.isJsonNull() ? "" : element.getAsString();
    }
}
