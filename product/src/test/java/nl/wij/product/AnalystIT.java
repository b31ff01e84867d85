package nl.wij.product;

import static nl.wij.product.ProductIT.bearer;
import static nl.wij.product.ProductIT.body;
import static nl.wij.product.ProductIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The analyst workspace in the assembled product with the profile {@code demo} (Zaanstad from the
 * real DUO files): {@code POST /api/query} with a bearer token answers what the demo files say, a
 * statement that is not a single read is refused, the store's own tables are refused by the
 * database, the row limit, the time limit and cancellation work, every query is in the log, and a
 * module's views and starter queries come and go with its bundle (installed at run time).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalystIT {

    private static final Path DEMO = Path.of("../bundles/nl.wij.core.demo/src/main/resources/demo");
    private static final String SLOW = "SELECT COUNT(*) FROM core.leerlingtelling a, core.leerlingtelling b,"
            + " core.leerlingtelling c, core.leerlingtelling d, core.leerlingtelling e WHERE a.brin6 <> e.brin6";

    @TempDir
    static Path data;

    static RunningProduct product;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        token = RunningProduct.createToken("--label", "analysetest", "--data", data.toString(), "--profile", "demo");
        product = RunningProduct.start(data, "--profile", "demo");
        product.awaitDemoImport(token);
    }

    @AfterAll
    static void stop() throws Exception {
        if (product != null) {
            product.close();
        }
    }

    @Test
    @Order(1)
    void theCatalogListsTheCoreViewsWithTheirContractColumns() throws Exception {
        Map<String, JsonObject> views = catalogViews();
        for (String name : List.of("core.gemeente", "core.vestiging", "core.regio_lid", "core.leerlingtelling",
                "core.regio", "core.bevoegd_gezag", "core.instelling")) {
            assertTrue(views.containsKey(name), name + " in " + views.keySet());
            assertEquals("AVAILABLE", views.get(name).get("state").getAsString(), views.get(name).toString());
        }
        assertEquals(List.of("brin6", "peildatum", "soort", "onderwijstype", "leerjaar", "aantal", "onderdrukt"),
                columns(views.get("core.leerlingtelling")));
        assertEquals(List.of("gemeente_code", "naam"), columns(views.get("core.gemeente")).subList(0, 2));
        assertEquals(List.of("brin6", "brin4", "naam", "gemeente_code", "plaats", "postcode", "denominatie"),
                columns(views.get("core.vestiging")).subList(0, 7));
        assertEquals(List.of("regio_type", "regio_code", "regio_naam", "gemeente_code"),
                columns(views.get("core.regio_lid")).subList(0, 4));
    }

    @Test
    @Order(2)
    void aQueryWithABearerTokenAnswersWhatTheDemoFilesSay() throws Exception {
        Map<String, Long> expected = new TreeMap<>();
        List<String[]> po = table("gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv");
        int soort = index(po, "SOORT_PO");
        int leerlingen = index(po, "LEERLINGEN");
        for (String[] row : po.subList(1, po.size())) {
            expected.merge(row[soort].toLowerCase(), Long.parseLong(row[leerlingen]), Long::sum);
        }
        List<String[]> vo = table("leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv");
        long voTotal = 0;
        for (String[] row : vo.subList(1, vo.size())) {
            for (int i = index(vo, "LEER- OF VERBLIJFSJAAR 1 - MAN"); i < row.length; i++) {
                voTotal += Long.parseLong(row[i]);
            }
        }
        expected.put("vo", voTotal);

        JsonObject answer = query("SELECT soort, SUM(aantal) AS leerlingen FROM core.leerlingtelling GROUP BY soort"
                + " ORDER BY soort", 200);
        assertEquals(List.of("soort", "leerlingen"), strings(answer.getAsJsonArray("columns")));
        assertEquals(List.of("VARCHAR", "INTEGER"), strings(answer.getAsJsonArray("types")));
        Map<String, Long> actual = new TreeMap<>();
        for (JsonElement row : answer.getAsJsonArray("rows")) {
            actual.put(row.getAsJsonArray().get(0).getAsString(), row.getAsJsonArray().get(1).getAsLong());
        }
        assertEquals(expected, actual);
        assertFalse(answer.get("truncated").getAsBoolean());

        JsonObject dates = query("SELECT DISTINCT peildatum FROM core.leerlingtelling WHERE soort = 'bo'", 200);
        assertEquals("DATE", dates.getAsJsonArray("types").get(0).getAsString());
        assertEquals("2019-10-01", dates.getAsJsonArray("rows").get(0).getAsJsonArray().get(0).getAsString());
    }

    @Test
    @Order(3)
    void writesAndChainedStatementsAreRefusedAndChangeNothing() throws Exception {
        long before = count("SELECT COUNT(*) FROM core.vestiging");
        for (String sql : List.of("DELETE FROM CORE_DATA.VESTIGING", "UPDATE CORE_DATA.GEMEENTE SET NAAM = 'x'",
                "DROP VIEW core.gemeente", "CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE('CORE_DATA', 'VESTIGING', 0)",
                "SELECT 1 FROM core.gemeente; DELETE FROM CORE_DATA.VESTIGING",
                "SELECT 1 FROM core.gemeente /* ; */ ; DROP TABLE CORE_DATA.VESTIGING")) {
            JsonObject refused = error(sql, 400);
            assertEquals("REFUSED", refused.get("outcome").getAsString(), sql);
            assertTrue(refused.get("reason").getAsString().contains("Alleen lezen")
                    || refused.get("reason").getAsString().contains("één opdracht"), refused.toString());
        }
        assertEquals(before, count("SELECT COUNT(*) FROM core.vestiging"));
    }

    @Test
    @Order(4)
    void theStoresOwnTablesAreRefusedByTheDatabase() throws Exception {
        for (String sql : List.of("SELECT * FROM CORE_DATA.LEERLINGTELLING", "SELECT * FROM WIJ_STORE.AUDIT",
                "SELECT * FROM WIJ_ANALYSE.VRAAGLOG",
                "SELECT naam FROM core.gemeente WHERE gemeente_code IN (SELECT GEMEENTE_CODE FROM CORE_DATA.VESTIGING)")) {
            JsonObject refused = error(sql, 400);
            assertEquals("INVALID", refused.get("outcome").getAsString(), sql);
            assertTrue(refused.get("sqlState").getAsString().startsWith("425"), refused.toString());
        }
        JsonObject syntax = error("SELECT naam\nFROM core.gemeente WERE 1 = 1", 400);
        assertEquals(2, syntax.get("line").getAsInt(), syntax.toString());
    }

    @Test
    @Order(5)
    void theRowLimitTruncatesAndALongQueryIsStoppedOrCancelled() throws Exception {
        JsonObject five = json(expect(200, post("/api/query", "{\"sql\": \"SELECT brin6 FROM core.vestiging\", \"maxRows\": 5}")));
        assertEquals(5, five.getAsJsonArray("rows").size());
        assertTrue(five.get("truncated").getAsBoolean());

        CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> {
            try {
                return post("/api/query", "{\"sql\": \"" + SLOW + "\", \"id\": \"lang-lopend\"}", Duration.ofMinutes(3));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int cancelled = 404;
        while (cancelled == 404 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            cancelled = post("/api/query/lang-lopend/cancel", "").statusCode();
        }
        assertEquals(200, cancelled);
        HttpResponse<String> stopped = running.get(60, TimeUnit.SECONDS);
        assertEquals(409, stopped.statusCode(), stopped.body());
        assertEquals("CANCELLED", json(stopped).get("outcome").getAsString());

        long start = System.nanoTime();
        HttpResponse<String> timedOut = post("/api/query", "{\"sql\": \"" + SLOW + "\"}", Duration.ofMinutes(3));
        assertEquals(422, timedOut.statusCode(), timedOut.body());
        assertEquals("TIMEOUT", json(timedOut).get("outcome").getAsString());
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) >= 29, "the 30 s limit applies");
    }

    @Test
    @Order(6)
    void everyQueryIsLoggedForTheBeheerder() throws Exception {
        JsonArray entries = json(expect(200, product.get("/api/query/log?limit=1000", bearer(token))))
                .getAsJsonArray("entries");
        Set<String> outcomes = new HashSet<>();
        for (JsonElement e : entries) {
            JsonObject entry = e.getAsJsonObject();
            assertEquals("beheerder", entry.get("user").getAsString());
            outcomes.add(entry.get("outcome").getAsString());
        }
        assertEquals(Set.of("OK", "REFUSED", "INVALID", "CANCELLED", "TIMEOUT"), outcomes);
        JsonObject refused = entries.asList().stream().map(JsonElement::getAsJsonObject)
                .filter(e -> e.get("sql").getAsString().equals("DELETE FROM CORE_DATA.VESTIGING")).findFirst().orElseThrow();
        assertEquals(0, refused.get("rows").getAsLong());
    }

    @Test
    @Order(7)
    void aModulesViewsAndStarterQueriesComeAndGoWithItsBundle() throws Exception {
        String view = "itest.vestigingen_per_gemeente";
        assertFalse(catalogViews().containsKey(view));
        try (ProductIT.EventStream events = new ProductIT.EventStream(product, token)) {
            events.await("workbench");
            JsonObject installed = json(expect(201, product.send("POST", "/api/modules/bundles",
                    Map.of("Authorization", "Bearer " + token, "Content-Type", "application/java-archive",
                            "X-File-Name", "nl.wij.itest.views.jar"),
                    HttpRequest.BodyPublishers.ofFile(RunningProduct.TEST_BUNDLES.resolve("nl.wij.itest.views.jar")))));
            long id = installed.get("id").getAsLong();
            awaitCatalog(view, true);
            events.await("workbench");
            assertEquals(count("SELECT COUNT(*) FROM core.vestiging"),
                    count("SELECT SUM(vestigingen) FROM itest.vestigingen_per_gemeente"));
            assertTrue(starterIds().contains("nl.wij.itest.views.query.vestigingen"));

            expect(200, product.send("POST", "/api/modules/bundles/" + id + "/stop", bearer(token),
                    HttpRequest.BodyPublishers.noBody()));
            awaitCatalog(view, false);
            events.await("workbench");
            JsonObject gone = error("SELECT * FROM itest.vestigingen_per_gemeente", 400);
            assertTrue(Set.of("42X05", "42Y07").contains(gone.get("sqlState").getAsString()), gone.toString());
            assertFalse(starterIds().contains("nl.wij.itest.views.query.vestigingen"));
            assertTrue(catalogViews().containsKey("core.vestiging"));

            expect(204, product.send("DELETE", "/api/modules/bundles/" + id, bearer(token),
                    HttpRequest.BodyPublishers.noBody()));
        }
    }

    @Test
    @Order(8)
    void aResultDownloadsAsCsvAndXlsx() throws Exception {
        HttpResponse<String> csv = expect(200, post("/api/query/export",
                "{\"sql\": \"SELECT naam, plaats FROM core.vestiging ORDER BY naam\", \"format\": \"csv\", \"title\": \"Vestigingen\"}"));
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().contains("Vestigingen"));
        assertTrue(csv.body().contains("naam;plaats"), csv.body().substring(0, Math.min(300, csv.body().length())));
        HttpResponse<byte[]> xlsx = product.http.send(HttpRequest.newBuilder(product.uri("/api/query/export"))
                .header("Authorization", "Bearer " + token).POST(body(
                        "{\"sql\": \"SELECT naam FROM core.gemeente\", \"format\": \"xlsx\"}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', (char) xlsx.body()[0], "an XLSX file is a zip");
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, JsonObject> catalogViews() throws Exception {
        Map<String, JsonObject> views = new HashMap<>();
        for (JsonElement module : json(expect(200, product.get("/api/analysis/catalog", bearer(token))))
                .getAsJsonArray("modules")) {
            for (JsonElement v : module.getAsJsonObject().getAsJsonArray("views")) {
                views.put(v.getAsJsonObject().get("name").getAsString(), v.getAsJsonObject());
            }
        }
        return views;
    }

    private static void awaitCatalog(String view, boolean present) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            JsonObject v = catalogViews().get(view);
            if (present ? v != null && v.get("state").getAsString().equals("AVAILABLE") : v == null) {
                return;
            }
            Thread.sleep(200);
        }
        fail(view + (present ? " did not appear" : " did not go") + " in the catalog: " + catalogViews().keySet());
    }

    private static List<String> starterIds() throws Exception {
        List<String> ids = new ArrayList<>();
        json(expect(200, product.get("/api/analysis/starters", bearer(token)))).getAsJsonArray("queries")
                .forEach(q -> ids.add(q.getAsJsonObject().get("id").getAsString()));
        return ids;
    }

    private static List<String> columns(JsonObject view) {
        List<String> names = new ArrayList<>();
        view.getAsJsonArray("columns").forEach(c -> names.add(c.getAsJsonObject().get("name").getAsString()));
        return names;
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(e -> values.add(e.getAsString()));
        return values;
    }

    private static long count(String sql) throws Exception {
        return query(sql, 200).getAsJsonArray("rows").get(0).getAsJsonArray().get(0).getAsLong();
    }

    private static JsonObject query(String sql, int status) throws Exception {
        JsonObject request = new JsonObject();
        request.addProperty("sql", sql);
        return json(expect(status, post("/api/query", request.toString())));
    }

    private static JsonObject error(String sql, int status) throws Exception {
        JsonObject answer = query(sql, status);
        assertTrue(answer.has("error") && answer.has("reason"), answer.toString());
        return answer;
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return post(path, json, Duration.ofSeconds(20));
    }

    private static HttpResponse<String> post(String path, String json, Duration timeout) throws Exception {
        return product.http.send(HttpRequest.newBuilder(product.uri(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(body(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> expect(int status, HttpResponse<T> response) {
        assertEquals(status, response.statusCode(), String.valueOf(response.body()));
        return response;
    }

    private static List<String[]> table(String file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(DEMO.resolve(file), StandardCharsets.ISO_8859_1)) {
            if (!line.isBlank()) {
                String[] fields = line.split(";", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                rows.add(fields);
            }
        }
        return rows;
    }

    private static int index(List<String[]> table, String column) {
        int i = List.of(table.get(0)).indexOf(column);
        if (i < 0) {
            fail("no column " + column);
        }
        return i;
    }
}
