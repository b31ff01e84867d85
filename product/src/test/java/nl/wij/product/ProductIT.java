package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
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
import com.google.gson.JsonParser;

/**
 * The assembled product, started as a child process on a real port with a real Derby database:
 * health, login and its protections, tokens from the command line, every bundle active, and a
 * module installed at run time whose view appears and vanishes live with its bundle.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductIT {

    private static final String VIEW = "nl.wij.itest.contribution.view.test";

    @TempDir
    static Path data;

    static RunningProduct product;
    static String cliToken;

    @BeforeAll
    static void start() throws Exception {
        cliToken = RunningProduct.createToken("--label", "integratietest", "--data", data.toString());
        product = RunningProduct.start(data);
    }

    @AfterAll
    static void stop() throws Exception {
        if (product != null) {
            int exit = product.stop();
            String output = product.output();
            assertEquals(143, exit, output);
            assertTrue(output.contains("Database closed"), "Derby was not shut down cleanly:\n" + output);
        }
    }

    @Test
    @Order(1)
    void healthIsPublicAndReportsFrameworkAndDatabase() throws Exception {
        HttpResponse<String> response = product.get("/api/health", Map.of());

        assertEquals(200, response.statusCode());
        JsonObject health = json(response);
        assertEquals("UP", health.get("status").getAsString());
        assertEquals("UP", health.getAsJsonObject("database").get("status").getAsString());
        JsonObject framework = health.getAsJsonObject("framework");
        assertEquals(framework.get("bundles").getAsInt(), framework.get("active").getAsInt(), health.toString());
        assertEquals("volledig", health.get("profile").getAsString());
    }

    @Test
    @Order(2)
    void everyBundleOfTheProfileIsActive() throws Exception {
        JsonObject modules = json(product.get("/api/modules", bearer(cliToken)));

        List<String> notActive = new ArrayList<>();
        for (JsonElement bundle : modules.getAsJsonArray("bundles")) {
            JsonObject b = bundle.getAsJsonObject();
            if (!List.of("ACTIVE", "FRAGMENT").contains(b.get("state").getAsString())) {
                notActive.add(b.get("symbolicName").getAsString() + "=" + b.get("state").getAsString());
            }
        }
        assertEquals(List.of(), notActive);
        List<String> notRunning = new ArrayList<>();
        for (JsonElement feature : modules.getAsJsonArray("features")) {
            JsonObject f = feature.getAsJsonObject();
            if (f.get("inProfile").getAsBoolean() && !"ACTIEF".equals(f.get("state").getAsString())) {
                notRunning.add(f.get("id").getAsString() + "=" + f.get("state").getAsString());
            }
        }
        assertEquals(List.of(), notRunning);
    }

    @Test
    @Order(3)
    void everythingElseNeedsALogin() throws Exception {
        HttpResponse<String> api = product.get("/api/workbench", Map.of());
        assertEquals(401, api.statusCode());
        assertEquals("unauthorized", json(api).get("error").getAsString());
        assertFalse(json(api).get("reason").getAsString().isBlank());

        HttpResponse<String> page = product.get("/workbench/index.html", Map.of("Accept", "text/html"));
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElseThrow().endsWith("/public/login.html"));

        HttpResponse<String> login = product.get("/public/login.html", Map.of("Accept", "text/html"));
        assertEquals(200, login.statusCode());
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);

        assertEquals(401, product.get("/api/modules", bearer("wij_onbekend_token")).statusCode());
    }

    @Test
    @Order(4)
    void loginSetsAProtectedSessionAndStateChangesNeedTheCsrfToken() throws Exception {
        assertEquals(401, login("beheerder", "fout-wachtwoord").statusCode());

        HttpResponse<String> ok = login("beheerder", RunningProduct.ADMIN_PASSWORD);
        assertEquals(200, ok.statusCode(), ok.body());
        String setCookie = ok.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith("WIJ_SESSION="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = json(ok).get("csrfToken").getAsString();
        assertTrue(json(ok).getAsJsonArray("roles").toString().contains("beheerder"));

        HttpResponse<String> session = product.get("/api/session", Map.of("Cookie", cookie));
        assertEquals("beheerder", json(session).get("user").getAsString());

        HttpResponse<String> withoutToken = product.send("POST", "/api/tokens", Map.of("Cookie", cookie,
                "Content-Type", "application/json"), body("{\"account\":\"beheerder\",\"label\":\"x\"}"));
        assertEquals(403, withoutToken.statusCode());
        assertFalse(json(withoutToken).get("reason").getAsString().isBlank());

        HttpResponse<String> withToken = product.send("POST", "/api/tokens", Map.of("Cookie", cookie,
                "Content-Type", "application/json", "X-CSRF-Token", csrf), body("{\"account\":\"beheerder\",\"label\":\"x\"}"));
        assertEquals(201, withToken.statusCode(), withToken.body());
        String secret = json(withToken).get("secret").getAsString();
        assertEquals(200, product.get("/api/session", bearer(secret)).statusCode());
    }

    @Test
    @Order(5)
    void aModuleInstalledAtRunTimeAddsItsViewLiveAndStoppingItRemovesIt() throws Exception {
        assertFalse(viewIds().contains(VIEW));
        try (EventStream events = new EventStream(product, cliToken)) {
            events.await("workbench");

            JsonObject installed = json(expect(201, product.send("POST", "/api/modules/bundles",
                    Map.of("Authorization", "Bearer " + cliToken, "Content-Type", "application/java-archive",
                            "X-File-Name", "nl.wij.itest.contribution.jar"),
                    HttpRequest.BodyPublishers.ofFile(RunningProduct.TEST_BUNDLES.resolve("nl.wij.itest.contribution.jar")))));
            long id = installed.get("id").getAsLong();
            assertEquals("ACTIVE", installed.get("state").getAsString());
            events.await("workbench");
            assertTrue(viewIds().contains(VIEW));
            assertEquals(200, product.get("/modules/nl.wij.itest.contribution/view.js", bearer(cliToken)).statusCode());

            expect(200, product.send("POST", "/api/modules/bundles/" + id + "/stop", bearer(cliToken),
                    HttpRequest.BodyPublishers.noBody()));
            events.await("workbench");
            assertFalse(viewIds().contains(VIEW));

            expect(200, product.send("POST", "/api/modules/bundles/" + id + "/start", bearer(cliToken),
                    HttpRequest.BodyPublishers.noBody()));
            events.await("workbench");
            assertTrue(viewIds().contains(VIEW));

            expect(204, product.send("DELETE", "/api/modules/bundles/" + id, bearer(cliToken),
                    HttpRequest.BodyPublishers.noBody()));
            events.await("workbench");
            assertFalse(viewIds().contains(VIEW));
        }
    }

    @Test
    @Order(6)
    void platformBundlesCannotBeStopped() throws Exception {
        JsonObject modules = json(product.get("/api/modules", bearer(cliToken)));
        long shellId = -1;
        for (JsonElement bundle : modules.getAsJsonArray("bundles")) {
            if ("nl.wij.workbench.shell".equals(bundle.getAsJsonObject().get("symbolicName").getAsString())) {
                shellId = bundle.getAsJsonObject().get("id").getAsLong();
            }
        }
        HttpResponse<String> refused = product.send("POST", "/api/modules/bundles/" + shellId + "/stop",
                bearer(cliToken), HttpRequest.BodyPublishers.noBody());
        assertEquals(409, refused.statusCode());
        assertTrue(json(refused).get("reason").getAsString().contains("kan niet worden gestopt"), refused.body());
    }

    @Test
    @Order(7)
    void notABundleIsRefusedAndNothingIsInstalled() throws Exception {
        int before = json(product.get("/api/modules", bearer(cliToken))).getAsJsonArray("bundles").size();

        HttpResponse<String> refused = product.send("POST", "/api/modules/bundles",
                Map.of("Authorization", "Bearer " + cliToken, "Content-Type", "application/java-archive",
                        "X-File-Name", "kapot.jar"), body("dit is geen jar"));

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(json(refused).get("reason").getAsString().contains("kapot.jar"), refused.body());
        assertEquals(before, json(product.get("/api/modules", bearer(cliToken))).getAsJsonArray("bundles").size());
        try (var files = Files.list(data.resolve("modules"))) {
            assertEquals(0, files.count());
        }
    }

    @Test
    @Order(8)
    void unknownPathsAnswerJsonWithoutStackTraces() throws Exception {
        HttpResponse<String> missing = product.get("/api/bestaat-niet", bearer(cliToken));

        assertEquals(404, missing.statusCode());
        assertEquals("not_found", json(missing).get("error").getAsString());
        assertFalse(missing.body().contains("Exception"), missing.body());
    }

    @Test
    @Order(99)
    void repeatedFailedLoginsAreThrottled() throws Exception {
        int status = 0;
        for (int i = 0; i < 7 && status != 429; i++) {
            status = login("aanvaller", "geen-idee-" + i).statusCode();
        }
        assertEquals(429, status);
        HttpResponse<String> throttled = login("aanvaller", "nog-een-poging");
        assertEquals(429, throttled.statusCode());
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
    }

    private static HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
        JsonObject credentials = new JsonObject();
        credentials.addProperty("username", user);
        credentials.addProperty("password", password);
        return product.send("POST", "/api/login", Map.of("Content-Type", "application/json"), body(credentials.toString()));
    }

    private static List<String> viewIds() throws IOException, InterruptedException {
        JsonArray views = json(product.get("/api/workbench", bearer(cliToken))).getAsJsonArray("views");
        List<String> ids = new ArrayList<>();
        views.forEach(v -> ids.add(v.getAsJsonObject().get("id").getAsString()));
        return ids;
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** A client of {@code /api/events} that collects event names as they arrive. */
    static final class EventStream implements AutoCloseable {

        private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        private final InputStream body;

        EventStream(RunningProduct product, String token) throws IOException, InterruptedException {
            HttpResponse<InputStream> response = product.http.send(HttpRequest.newBuilder(product.uri("/api/events"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/event-stream"));
            body = response.body();
            Thread reader = new Thread(this::read, "itest-events");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("event: ")) {
                        events.add(line.substring("event: ".length()));
                    }
                }
            } catch (IOException e) {
                events.add("closed");
            }
        }

        /** Waits for the next event with this name, skipping others. */
        void await(String name) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline) {
                String event = events.poll(100, TimeUnit.MILLISECONDS);
                if (name.equals(event)) {
                    return;
                }
            }
            assertNotNull(null, "no '" + name + "' event within 15 s");
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
