package nl.wij.workbench.charts.impl;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

/**
 * Turns a boundary file into what the browser needs, about 40% of the source: features with only
 * {@code code} (normalised, see {@link GeoLevel}) and {@code name}, coordinates rounded to four
 * decimals (about 10 m, far below a pixel of a map of the Netherlands or of one gemeente),
 * consecutive duplicate points dropped, rings that collapse below four points left out.
 * Polygons and multipolygons keep their type. A feature without a code is skipped and logged.
 */
final class GeoJsonCompactor {

    private static final Logger LOG = LoggerFactory.getLogger(GeoJsonCompactor.class);
    private static final double SCALE = 1e4;

    /** The compact GeoJSON and the number of features in it. */
    record Result(String json, int features) {
    }

    Result compact(Reader source, GeoLevel level) throws IOException {
        JsonObject collection = JsonParser.parseReader(source).getAsJsonObject();
        StringWriter text = new StringWriter();
        int count = 0;
        try (JsonWriter out = new JsonWriter(text)) {
            out.beginObject().name("type").value("FeatureCollection").name("features").beginArray();
            for (JsonElement element : collection.getAsJsonArray("features")) {
                JsonObject feature = element.getAsJsonObject();
                JsonObject properties = feature.getAsJsonObject("properties");
                Optional<String> code = properties == null ? Optional.empty() : level.code(properties);
                JsonObject geometry = feature.getAsJsonObject("geometry");
                List<List<List<double[]>>> polygons = geometry == null ? List.of() : polygons(geometry);
                if (code.isEmpty() || polygons.isEmpty()) {
                    LOG.warn("Grens zonder code of geometrie overgeslagen in {}: {}", level.resource(), properties);
                    continue;
                }
                out.beginObject().name("type").value("Feature");
                out.name("properties").beginObject().name("code").value(code.get())
                        .name("name").value(GeoLevel.text(properties.get("name")).strip()).endObject();
                geometry(out, geometry.get("type").getAsString(), polygons);
                out.endObject();
                count++;
            }
            out.endArray().endObject();
        }
        return new Result(text.toString(), count);
    }

    /** The rounded polygons of a Polygon or MultiPolygon (other types: none). */
    private static List<List<List<double[]>>> polygons(JsonObject geometry) {
        String type = GeoLevel.text(geometry.get("type"));
        JsonArray coordinates = geometry.getAsJsonArray("coordinates");
        List<List<List<double[]>>> polygons = new ArrayList<>();
        if (type.equals("Polygon")) {
            polygons.add(polygon(coordinates));
        } else if (type.equals("MultiPolygon")) {
            coordinates.forEach(p -> polygons.add(polygon(p.getAsJsonArray())));
        }
        polygons.removeIf(List::isEmpty);
        return polygons;
    }

    private static void geometry(JsonWriter out, String type, List<List<List<double[]>>> polygons) throws IOException {
        out.name("geometry").beginObject().name("type").value(type).name("coordinates");
        if (type.equals("MultiPolygon")) {
            out.beginArray();
        }
        for (List<List<double[]>> polygon : polygons) {
            out.beginArray();
            for (List<double[]> ring : polygon) {
                out.beginArray();
                for (double[] point : ring) {
                    out.beginArray().value(point[0]).value(point[1]).endArray();
                }
                out.endArray();
            }
            out.endArray();
        }
        if (type.equals("MultiPolygon")) {
            out.endArray();
        }
        out.endObject();
    }

    /** The rings of a polygon, rounded; empty when the outer ring collapsed. */
    private static List<List<double[]>> polygon(JsonArray rings) {
        List<List<double[]>> result = new ArrayList<>();
        for (int i = 0; i < rings.size(); i++) {
            List<double[]> ring = ring(rings.get(i).getAsJsonArray());
            if (ring.size() >= 4) {
                result.add(ring);
            } else if (i == 0) {
                return List.of();
            }
        }
        return result;
    }

    private static List<double[]> ring(JsonArray points) {
        List<double[]> ring = new ArrayList<>(points.size());
        double[] previous = null;
        for (JsonElement element : points) {
            JsonArray point = element.getAsJsonArray();
            double[] rounded = {round(point.get(0).getAsDouble()), round(point.get(1).getAsDouble())};
            if (previous == null || rounded[0] != previous[0] || rounded[1] != previous[1]) {
                ring.add(rounded);
                previous = rounded;
            }
        }
        return ring;
    }

    private static double round(double value) {
        return Math.round(value * SCALE) / SCALE;
    }
}
