package nl.wij.workbench.charts.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class GeoJsonCompactorTest {

    private final GeoJsonCompactor compactor = new GeoJsonCompactor();

    private static Reader resource(GeoLevel level) {
        InputStream in = GeoJsonCompactorTest.class.getClassLoader().getResourceAsStream(level.resource());
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static JsonArray features(String json) {
        return JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("features");
    }

    @Test
    void everyGemeenteKeepsItsNameWithANormalisedCodeAndCloseCoordinates() throws IOException {
        JsonArray source;
        try (Reader reader = resource(GeoLevel.GEMEENTEN)) {
            source = JsonParser.parseReader(reader).getAsJsonObject().getAsJsonArray("features");
        }
        GeoJsonCompactor.Result result;
        try (Reader reader = resource(GeoLevel.GEMEENTEN)) {
            result = compactor.compact(reader, GeoLevel.GEMEENTEN);
        }
        JsonArray compact = features(result.json());
        assertEquals(source.size(), compact.size());
        assertEquals(source.size(), result.features());

        Map<String, String> expected = new HashMap<>();
        source.forEach(f -> {
            JsonObject p = f.getAsJsonObject().getAsJsonObject("properties");
            expected.put("GM" + p.get("code").getAsString(), p.get("name").getAsString());
        });
        Map<String, String> actual = new HashMap<>();
        for (int i = 0; i < compact.size(); i++) {
            JsonObject feature = compact.get(i).getAsJsonObject();
            JsonObject p = feature.getAsJsonObject("properties");
            assertEquals(2, p.size(), "only code and name: " + p);
            assertTrue(p.get("code").getAsString().matches("GM\\d{4}"), p.toString());
            actual.put(p.get("code").getAsString(), p.get("name").getAsString());
            double[] first = firstPoint(source.get(i).getAsJsonObject());
            double[] again = firstPoint(feature);
            assertEquals(first[0], again[0], 0.00005);
            assertEquals(first[1], again[1], 0.00005);
        }
        assertEquals(expected, actual);
        assertEquals("Zaanstad", actual.get("GM0479"));
        assertTrue(result.json().length() < 0.5 * sourceLength(GeoLevel.GEMEENTEN), "compact: " + result.json().length());
    }

    @Test
    void provinciesAreCodedByName() throws IOException {
        GeoJsonCompactor.Result result;
        try (Reader reader = resource(GeoLevel.PROVINCIES)) {
            result = compactor.compact(reader, GeoLevel.PROVINCIES);
        }
        JsonArray compact = features(result.json());
        assertEquals(12, compact.size());
        for (JsonElement f : compact) {
            JsonObject p = f.getAsJsonObject().getAsJsonObject("properties");
            assertEquals(p.get("name").getAsString(), p.get("code").getAsString());
        }
        assertEquals("Polygon", compact.get(0).getAsJsonObject().getAsJsonObject("geometry").get("type").getAsString());
    }

    @Test
    void oddFeaturesAreNormalisedOrLeftOut() throws IOException {
        String square = "[[[4.7,52.4],[4.8,52.4],[4.8,52.5],[4.7,52.5],[4.7,52.4]]]";
        String speck = "[[[4.70001,52.40001],[4.70002,52.40001],[4.70001,52.40002],[4.70001,52.40001]]]";
        String json = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"code\":479,\"name\":\" Zaanstad \",\"url\":\"x\"},"
                + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[" + square + "," + speck + "]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"GM0363\",\"name\":\"Amsterdam\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + square + "}},"
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"zonder code\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + square + "}},"
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"12345\",\"name\":\"te lang\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + square + "}},"
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"0001\",\"name\":\"stip\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + speck + "}},"
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"0002\",\"name\":\"punt\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.7,52.4]}}"
                + "]}";
        GeoJsonCompactor.Result result = compactor.compact(new StringReader(json), GeoLevel.GEMEENTEN);
        JsonArray compact = features(result.json());
        assertEquals(2, result.features());
        JsonObject zaanstad = compact.get(0).getAsJsonObject();
        assertEquals("{\"code\":\"GM0479\",\"name\":\"Zaanstad\"}", zaanstad.getAsJsonObject("properties").toString());
        JsonArray polygons = zaanstad.getAsJsonObject("geometry").getAsJsonArray("coordinates");
        assertEquals(1, polygons.size(), "the speck collapses to one point and is left out");
        assertEquals(JsonParser.parseString(square), polygons.get(0));
        assertEquals("GM0363", compact.get(1).getAsJsonObject().getAsJsonObject("properties").get("code").getAsString());
    }

    @Test
    void bodiesAreGzippedOnceAndTagged() throws IOException {
        BoundaryBody body = BoundaryBody.of(new GeoJsonCompactor.Result("{\"type\":\"FeatureCollection\",\"features\":[]}", 0));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body.gzip()))) {
            assertArrayEquals(body.plain(), in.readAllBytes());
        }
        assertTrue(body.etag().matches("\"[0-9a-f]{24}\""), body.etag());
    }

    @Test
    void gzipIsUsedOnlyWhenAccepted() {
        for (String yes : List.of("gzip", "gzip, deflate, br", "br;q=1.0, GZIP;q=0.5", "deflate, gzip ; q=1")) {
            assertTrue(GeoServlet.acceptsGzip(yes), yes);
        }
        for (String no : List.of("", "br", "gzip;q=0", "gzip; q=0.0", "x-gzip2")) {
            assertFalse(GeoServlet.acceptsGzip(no), no);
        }
        assertFalse(GeoServlet.acceptsGzip(null));
    }

    private static double[] firstPoint(JsonObject feature) {
        JsonElement c = feature.getAsJsonObject("geometry").get("coordinates");
        while (c.getAsJsonArray().get(0).isJsonArray()) {
            c = c.getAsJsonArray().get(0);
        }
        return new double[] {c.getAsJsonArray().get(0).getAsDouble(), c.getAsJsonArray().get(1).getAsDouble()};
    }

    private static long sourceLength(GeoLevel level) throws IOException {
        try (InputStream in = GeoJsonCompactorTest.class.getClassLoader().getResourceAsStream(level.resource())) {
            return in.readAllBytes().length;
        }
    }
}
