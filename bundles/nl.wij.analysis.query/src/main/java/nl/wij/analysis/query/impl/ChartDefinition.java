package nl.wij.analysis.query.impl;

import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Checks a saved query's chart definition: a JSON object {@code {"type", "label", "values"}} with
 * type {@code bar}, {@code line}, {@code stacked}, {@code scatter} or {@code map}, the label
 * column (categories, point labels, or the gemeentecode for a map) and one to ten value columns
 * (two for a scatter: x and y); optional {@code title}. Answers it normalised.
 */
final class ChartDefinition {

    static final Set<String> TYPES = Set.of("bar", "line", "stacked", "scatter", "map");
    private static final int MAX_NAME = 128;

    private ChartDefinition() {
    }

    static String check(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        JsonObject chart;
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (!parsed.isJsonObject()) {
                throw new IllegalArgumentException("De grafiek moet een object zijn: {\"type\", \"label\", \"values\"}.");
            }
            chart = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("De grafiek is geen geldige JSON.", e);
        }
        String type = text(chart, "type");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Soort grafiek '" + type + "' bestaat niet; kies bar, line, stacked,"
                    + " scatter of map.");
        }
        String label = text(chart, "label");
        if (label.isEmpty() || label.length() > MAX_NAME) {
            throw new IllegalArgumentException("Kies de kolom met de categorieën (of de gemeentecode voor een kaart).");
        }
        JsonArray values = chart.has("values") && chart.get("values").isJsonArray() ? chart.getAsJsonArray("values")
                : new JsonArray();
        int wanted = type.equals("scatter") ? 2 : 1;
        if (values.size() < wanted || values.size() > 10) {
            throw new IllegalArgumentException(type.equals("scatter")
                    ? "Een spreidingsdiagram heeft twee kolommen met getallen nodig: x en y."
                    : "Kies één tot tien kolommen met getallen.");
        }
        JsonObject normal = new JsonObject();
        normal.addProperty("type", type);
        normal.addProperty("label", label);
        JsonArray names = new JsonArray();
        for (JsonElement v : values) {
            if (!v.isJsonPrimitive() || v.getAsString().isBlank() || v.getAsString().length() > MAX_NAME) {
                throw new IllegalArgumentException("Elke waardekolom is een kolomnaam.");
            }
            names.add(v.getAsString());
        }
        normal.add("values", names);
        String title = text(chart, "title");
        if (!title.isEmpty()) {
            normal.addProperty("title", title.length() > 200 ? title.substring(0, 200) : title);
        }
        return normal.toString();
    }

    private static String text(JsonObject o, String member) {
        JsonElement e = o.get(member);
        return e != null && e.isJsonPrimitive() ? e.getAsString().strip() : "";
    }
}
