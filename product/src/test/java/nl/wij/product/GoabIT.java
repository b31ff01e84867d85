package nl.wij.product;

import static nl.wij.product.ProductIT.bearer;
import static nl.wij.product.ProductIT.body;
import static nl.wij.product.ProductIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * The GOAB module in the real distribution, alone: a copy of the distribution with a composed
 * profile {@code goab-alleen} (feature goab and what it requires, and the analyst workspace; no other
 * domain module, no editors, no demo), a real port,
 * real Derby. The real CBS and DUO files are imported through {@code POST /api/import}; the figures
 * per gemeente are compared with the files themselves; budget, problems, the peuters' role check and
 * access log, and the module's contributions vanishing when its bundle stops. A second composed
 * profile without GOAB shows none of it; a third with the IHP module (ihp, ihp-import) and GOAB runs
 * both side by side.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GoabIT {

    private static final String PASSWORD = "Uitvoerder-wachtwoord-12";

    @TempDir
    static Path temp;

    static Path home;
    static RunningProduct product;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        home = RunningProduct.copyOfDistribution(temp.resolve("wij"));
        Files.writeString(home.resolve("profiles/goab-alleen.json"),
                "{\"title\": \"Alleen onderwijskansen\", \"features\": [\"goab\", \"analyse\"]}");
        Files.writeString(home.resolve("profiles/ihp-en-goab.json"),
                "{\"title\": \"Huisvesting en onderwijskansen\", \"features\": [\"ihp\", \"ihp-import\", \"goab\"]}");
        Files.writeString(home.resolve("profiles/zonder-goab.json"),
                "{\"title\": \"Zonder onderwijskansen\", \"features\": [\"workbench\", \"model\", \"editors\", \"import\"]}");
        Path data = temp.resolve("data");
        token = RunningProduct.createToken(home, List.of("--label", "goabtest", "--data", data.toString(), "--profile", "goab-alleen"));
        product = RunningProduct.start(home, data, "--profile", "goab-alleen");
    }

    @AfterAll
    static void stop() throws Exception {
        if (product != null) {
            product.close();
        }
    }

    @Test
    @Order(1)
    void theModuleAloneContributesItsPerspectiveImportKindAndViews() throws Exception {
        JsonObject workbench = json(product.get("/api/workbench", bearer(token)));
        assertTrue(ids(workbench, "perspectives").contains("nl.wij.goab.web.perspective.onderwijskansen"), workbench.toString());
        List<String> views = ids(workbench, "views");
        for (String view : List.of("monitor", "budget", "scores", "locaties", "doelgroep")) {
            assertTrue(views.contains("nl.wij.goab.web.view." + view), view + " in " + views);
        }
        assertFalse(views.contains("nl.wij.goab.web.view.peuters"), "the beheerder is no uitvoerder");
        assertFalse(views.stream().anyMatch(v -> v.startsWith("nl.wij.core.editors")), "no editors in this profile");
        assertTrue(product.get("/api/import/kinds", bearer(token)).body().contains("\"goab-achterstandsscores\""));
        awaitGoabViews(true);
        String starters = product.get("/api/analysis/starters", bearer(token)).body();
        assertTrue(starters.contains("nl.wij.goab.web.query.score-per-gemeente"), starters);
        // the default rules are stored after the framework has started (AfterStartup), in the background
        JsonObject regels = IhpModuleIT.await(product, "/api/goab/regels", bearer(token),
                b -> b.getAsJsonArray("parameters").size() >= 7);
        assertEquals(7, regels.getAsJsonArray("parameters").size(), "the shipped default rules are in the store");
    }

    @Test
    @Order(2)
    void theRealCbsFileImportsAndTheFiguresPerGemeenteEqualTheFile() throws Exception {
        assertEquals(200, upload(GoabFiles.shared(GoabFiles.DUO_BO), Map.of()).statusCode());
        Map<String, BigDecimal> file = GoabFiles.scores();

        HttpResponse<String> response = upload(GoabFiles.shared(GoabFiles.CBS), Map.of());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = json(response);
        assertEquals("goab-achterstandsscores", report.get("kind").getAsString(), "recognised by its content");
        assertEquals("2019-10-01", report.get("peildatum").getAsString());
        assertEquals(file.size(), count(report, "Achterstandsscore", "created"));

        Map<String, GoabFiles.Gemeente> expected = GoabFiles.perGemeente();
        JsonObject scores = json(ok(product.get("/api/goab/scores", bearer(token))));
        Map<String, GoabFiles.Gemeente> actual = new HashMap<>();
        for (JsonElement e : scores.getAsJsonArray("gemeenten")) {
            JsonObject g = e.getAsJsonObject();
            actual.put(g.get("code").getAsString(), new GoabFiles.Gemeente(g.get("vestigingen").getAsInt(),
                    g.get("somScore").getAsBigDecimal()));
        }
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((code, g) -> {
            assertEquals(g.vestigingen(), actual.get(code).vestigingen(), code);
            assertEquals(0, g.somScore().compareTo(actual.get(code).somScore()), code);
        });
        JsonObject zaanstad = json(ok(product.get("/api/goab/scores/GM0479", bearer(token))));
        assertEquals(expected.get("GM0479").vestigingen(), zaanstad.getAsJsonArray("scholen").size());

        // The analytical view, queried as an analyst would, holds the file's rows.
        JsonObject query = json(ok(post("/api/query", "{\"sql\": \"SELECT COUNT(*), SUM(score) FROM goab.achterstandsscore\"}")));
        JsonArray row = query.getAsJsonArray("rows").get(0).getAsJsonArray();
        assertEquals(file.size(), row.get(0).getAsInt());
        assertEquals(0, file.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(row.get(1).getAsBigDecimal()));

        JsonObject again = json(upload(GoabFiles.shared(GoabFiles.CBS), Map.of("X-Import-Kind", "goab-achterstandsscores")));
        assertEquals(0, again.get("created").getAsInt() + again.get("updated").getAsInt(), again.toString());
    }

    @Test
    @Order(3)
    void aScoreSheetWithoutHeaderRowIsRefusedAndWritesNothing() throws Exception {
        Path broken = temp.resolve("achterstandsscores-2023.xlsx");
        GoabFiles.withoutHeader(broken);

        HttpResponse<String> response = upload(broken, Map.of("X-Import-Kind", "goab-achterstandsscores"));

        assertEquals(422, response.statusCode(), response.body());
        JsonObject problem = json(response).getAsJsonObject("report").getAsJsonArray("problems").get(0).getAsJsonObject();
        assertEquals("achterstandsscores-2023.xlsx", problem.get("file").getAsString());
        assertTrue(problem.get("message").getAsString().contains("Geen werkblad met de kopregel"), problem.toString());
        assertEquals(List.of("2019-10-01"), json(product.get("/api/goab/scores", bearer(token))).getAsJsonArray("peildata")
                .asList().stream().map(JsonElement::getAsString).toList(), "nothing of 2023 was written");
    }

    @Test
    @Order(4)
    void aMeasureIsEnteredAnUnknownYearRefusedAndOverspendingSignalled() throws Exception {
        ok(post("/api/goab/budget/uitkering", "{\"gemeente\":\"GM0479\",\"jaar\":\"2025\",\"bedrag\":\"2400000\"}"));

        HttpResponse<String> unknownYear = post("/api/goab/budget/maatregel", maatregel("2031", "10000", "5000"));
        assertEquals(400, unknownYear.statusCode(), unknownYear.body());
        assertTrue(json(unknownYear).get("reason").getAsString().startsWith("Voor 2031 is geen uitkering GOAB vastgelegd"),
                unknownYear.body());

        ok(post("/api/goab/budget/maatregel", maatregel("2025", "10000", "12500")));

        JsonObject budget = json(ok(product.get("/api/goab/budget?gemeente=GM0479&jaar=2025", bearer(token))));
        JsonObject m = budget.getAsJsonArray("maatregelen").get(0).getAsJsonObject();
        assertEquals("OVERBESTEED", m.getAsJsonObject("cijfers").get("stand").getAsString());
        assertEquals(0, new BigDecimal("2500").compareTo(m.getAsJsonObject("cijfers").get("verschil").getAsBigDecimal()));
        JsonObject jaar2031 = json(ok(product.get("/api/goab/budget?gemeente=GM0479&jaar=2031", bearer(token))));
        assertTrue(jaar2031.getAsJsonArray("maatregelen").get(0).getAsJsonObject().get("cijfers").isJsonNull(),
                "the refused year wrote nothing: " + jaar2031);
        assertTrue(problemIds().contains("nl.wij.goab.web.problem/besteding/schakelklas-test|2025"), problemIds().toString());
        JsonObject sisa = json(ok(product.get("/api/goab/budget/sisa?gemeente=GM0479&jaar=2025", bearer(token))));
        assertEquals("G2B/02", sisa.getAsJsonArray("indicatoren").get(1).getAsJsonObject().get("code").getAsString());
        assertEquals(0, new BigDecimal("12500").compareTo(
                sisa.getAsJsonArray("indicatoren").get(1).getAsJsonObject().get("waarde").getAsBigDecimal()));
        HttpResponse<String> csv = product.get("/api/goab/export/maatregelen?gemeente=GM0479&jaar=2025&formaat=csv", bearer(token));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().contains("Schakelklas test"), csv.body());
    }

    @Test
    @Order(5)
    void peutersAreOnlyForAnUitvoerderAndEveryAccessIsLogged() throws Exception {
        assertEquals(403, product.get("/api/goab/peuters", bearer(token)).statusCode(), "a beheerder sees no peuters");
        JsonObject account = new JsonObject();
        account.addProperty("name", "uitvoerder1");
        account.addProperty("password", PASSWORD);
        JsonArray roles = new JsonArray();
        roles.add("uitvoerder");
        account.add("roles", roles);
        assertEquals(201, product.send("POST", "/api/accounts", jsonHeaders(bearer(token)), body(account.toString())).statusCode());
        Map<String, String> uitvoerder = login("uitvoerder1", PASSWORD);

        HttpResponse<String> future = product.send("POST", "/api/goab/peuters", uitvoerder,
                body("{\"code\":\"P-0001\",\"geboortedatum\":\"2999-01-01\"}"));
        assertEquals(400, future.statusCode(), future.body());
        assertTrue(future.body().contains("ligt in de toekomst"), future.body());
        HttpResponse<String> hours = product.send("POST", "/api/goab/peuters", uitvoerder,
                body("{\"code\":\"P-0001\",\"geboortedatum\":\"2023-01-01\",\"urenPerDag\":\"4 25 0 0 0\"}"));
        assertEquals(400, hours.statusCode(), hours.body());
        assertTrue(hours.body().contains("Uren op dinsdag moeten tussen 0 en 24 liggen"), hours.body());
        assertEquals(0, json(ok(product.get("/api/goab/peuters", uitvoerder))).getAsJsonArray("peuters").size(),
                "refused input wrote nothing");

        ok(product.send("POST", "/api/goab/peuters", uitvoerder,
                body("{\"code\":\"P-0001\",\"geboortedatum\":\"2023-01-01\",\"wijkcode\":\"WK047901\",\"indicatiedatum\":\"2024-06-01\"}")));
        assertEquals(1, json(ok(product.get("/api/goab/peuters", uitvoerder))).getAsJsonArray("peuters").size());

        JsonArray log = json(ok(product.get("/api/goab/peuters/inzage", bearer(token)))).getAsJsonArray("inzage");
        List<String> entries = log.asList().stream().map(e -> e.getAsJsonObject().get("gebruiker").getAsString() + " "
                + e.getAsJsonObject().get("handeling").getAsString() + " " + e.getAsJsonObject().get("peuter").getAsString()).toList();
        assertTrue(entries.contains("uitvoerder1 aangemaakt P-0001"), entries.toString());
        assertTrue(entries.contains("uitvoerder1 bekeken *"), entries.toString());

        JsonObject monitor = json(ok(product.get("/api/goab/monitor?peildatum=2025-09-01", bearer(token))));
        JsonObject wijk = monitor.getAsJsonArray("bereik").get(0).getAsJsonObject();
        assertEquals("WK047901", wijk.get("wijk").getAsString(), monitor.toString());
        assertTrue(wijk.get("doelgroep").isJsonNull() && wijk.get("doelgroepOnderdrukt").getAsBoolean(),
                "one peuter is shown as <5: " + wijk);
        assertFalse(product.get("/api/goab/monitor", bearer(token)).body().contains("P-0001"));
    }

    @Test
    @Order(6)
    void stoppingTheWebBundleRemovesItsViewsProblemsAndAnalyticalViewsLive() throws Exception {
        long id = bundleId("nl.wij.goab.web");
        ok(product.send("POST", "/api/modules/bundles/" + id + "/stop", bearer(token), HttpRequest.BodyPublishers.noBody()));

        assertFalse(ids(json(product.get("/api/workbench", bearer(token))), "perspectives")
                .contains("nl.wij.goab.web.perspective.onderwijskansen"));
        assertFalse(problemIds().stream().anyMatch(p -> p.startsWith("nl.wij.goab")), problemIds().toString());
        assertEquals(404, product.get("/api/goab/budget", bearer(token)).statusCode());
        awaitGoabViews(false);

        ok(product.send("POST", "/api/modules/bundles/" + id + "/start", bearer(token), HttpRequest.BodyPublishers.noBody()));
        assertTrue(ids(json(product.get("/api/workbench", bearer(token))), "perspectives")
                .contains("nl.wij.goab.web.perspective.onderwijskansen"));
        assertTrue(problemIds().contains("nl.wij.goab.web.problem/besteding/schakelklas-test|2025"));
        awaitGoabViews(true);
    }

    @Test
    @Order(7)
    void aProfileWithoutGoabShowsNoneOfIt() throws Exception {
        RunningProduct.Result verify = RunningProduct.runToEnd(home, List.of("verify", "--profile", "zonder-goab",
                "--data", temp.resolve("zonder").toString()));
        assertEquals(0, verify.exitCode(), verify.output());
        try (RunningProduct zonder = RunningProduct.start(home, temp.resolve("zonder"), "--profile", "zonder-goab")) {
            Map<String, String> beheerder = login(zonder);
            String workbench = zonder.get("/api/workbench", beheerder).body();
            assertTrue(workbench.contains("nl.wij.core.editors.view.verkenner"), workbench);
            assertFalse(workbench.contains("nl.wij.goab"), workbench);
            assertFalse(zonder.get("/api/import/kinds", beheerder).body().contains("goab"));
            assertEquals(404, zonder.get("/api/goab/budget", beheerder).statusCode());
        }
    }

    @Test
    @Order(8)
    void withTheIhpModuleBothWorkSideBySide() throws Exception {
        Path data = temp.resolve("beide");
        try (RunningProduct beide = RunningProduct.start(home, data, "--profile", "ihp-en-goab")) {
            Map<String, String> beheerder = login(beide);
            JsonObject workbench = json(beide.get("/api/workbench", beheerder));
            List<String> perspectives = ids(workbench, "perspectives");
            assertTrue(perspectives.contains("nl.wij.goab.web.perspective.onderwijskansen"), perspectives.toString());
            assertTrue(perspectives.contains("nl.wij.ihp.web.perspective.huisvesting"), perspectives.toString());
            String kinds = beide.get("/api/import/kinds", beheerder).body();
            assertTrue(kinds.contains("\"goab-achterstandsscores\"") && kinds.contains("\"ihp-"), kinds);
            assertEquals(200, beide.get("/api/goab/regels", beheerder).statusCode());
            assertFalse(beide.output().matches("(?s).*(ERROR|Exception).*"), beide.output());
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static String maatregel(String jaar, String begroot, String besteed) {
        return "{\"code\":\"schakelklas-test\",\"naam\":\"Schakelklas test\",\"soort\":\"schakelklas\",\"gemeente\":\"GM0479\","
                + "\"jaar\":\"" + jaar + "\",\"plaatsen\":\"15\",\"deelnemers\":\"12\",\"begroot\":\"" + begroot
                + "\",\"besteed\":\"" + besteed + "\"}";
    }

    private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return product.send("POST", path, jsonHeaders(bearer(token)), body(json));
    }

    private static Map<String, String> jsonHeaders(Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return all;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static Map<String, String> login(String user, String password) throws IOException, InterruptedException {
        return login(product, user, password);
    }

    private static Map<String, String> login(RunningProduct running) throws IOException, InterruptedException {
        return login(running, "beheerder", RunningProduct.ADMIN_PASSWORD);
    }

    /** Session cookie and CSRF token of a browser login, as headers for JSON requests. */
    private static Map<String, String> login(RunningProduct running, String user, String password)
            throws IOException, InterruptedException {
        JsonObject credentials = new JsonObject();
        credentials.addProperty("username", user);
        credentials.addProperty("password", password);
        HttpResponse<String> login = running.send("POST", "/api/login", Map.of("Content-Type", "application/json"),
                body(credentials.toString()));
        assertEquals(200, login.statusCode(), login.body());
        return Map.of("Cookie", login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0],
                "X-CSRF-Token", json(login).get("csrfToken").getAsString(), "Content-Type", "application/json");
    }

    private static HttpResponse<String> upload(Path file, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(product.uri("/api/import")).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).header("X-File-Name", file.getFileName().toString())
                .POST(HttpRequest.BodyPublishers.ofFile(file));
        headers.forEach(request::header);
        return product.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(JsonObject report, String eClass, String what) {
        for (JsonElement c : report.getAsJsonArray("classes")) {
            if (c.getAsJsonObject().get("eClass").getAsString().equals(eClass)) {
                return c.getAsJsonObject().get(what).getAsLong();
            }
        }
        return 0;
    }

    private static List<String> ids(JsonObject workbench, String kind) {
        return workbench.getAsJsonArray(kind).asList().stream().map(e -> e.getAsJsonObject().get("id").getAsString()).toList();
    }

    private static List<String> problemIds() throws IOException, InterruptedException {
        return json(product.get("/api/problems", bearer(token))).getAsJsonArray("problems").asList().stream()
                .map(e -> e.getAsJsonObject().get("id").getAsString()).toList();
    }

    private static long bundleId(String symbolicName) throws IOException, InterruptedException {
        for (JsonElement b : json(product.get("/api/modules", bearer(token))).getAsJsonArray("bundles")) {
            if (b.getAsJsonObject().get("symbolicName").getAsString().equals(symbolicName)) {
                return b.getAsJsonObject().get("id").getAsLong();
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }

    /** Waits until the analyst catalog lists the view goab.achterstandsscore as available, or no goab view. */
    private static void awaitGoabViews(boolean present) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String catalog = "";
        while (System.nanoTime() < deadline) {
            catalog = product.get("/api/analysis/catalog", bearer(token)).body();
            boolean available = catalog.matches("(?s).*\"name\":\"goab\\.achterstandsscore\",.*?\"state\":\"AVAILABLE\".*");
            if (present ? available : !catalog.contains("\"goab.")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("goab views " + (present ? "not available" : "still listed") + ": " + catalog);
    }
}
