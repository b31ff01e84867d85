package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The IHP module on its own: a test profile of only workbench, model and ihp (composed in a copy of
 * the distribution) resolves and starts; the VNG defaults are loaded; the perspective and views are
 * there; an analist reads but may not change; a change persists across a restart; and when the
 * beheerder stops the module's bundle its views and API vanish live and come back when started.
 */
class IhpModuleIT {

    private static final String PROFILE = "ihp-alleen";
    private static final String WEB = "nl.wij.ihp.web";

    @TempDir
    Path temp;

    @Test
    void theModuleWorksAloneComesAndGoesLiveAndKeepsItsData() throws Exception {
        Path home = RunningProduct.copyOfDistribution(temp.resolve("wij"));
        Files.writeString(home.resolve("profiles/" + PROFILE + ".json"),
                "{\"title\": \"Alleen huisvesting\", \"features\": [\"workbench\", \"model\", \"ihp\"]}");
        Path data = temp.resolve("data");
        String token = token(home, data);

        try (RunningProduct product = RunningProduct.start(home, data, "--profile", PROFILE)) {
            Map<String, String> beheerder = bearer(token);
            JsonObject modules = json(product.get("/api/modules", beheerder));
            List<String> features = installed(modules);
            assertTrue(features.contains("ihp"), features.toString());
            assertFalse(features.contains("editors") || features.contains("import"), "the profile has no editors or import: " + features);
            String workbench = product.get("/api/workbench", beheerder).body();
            for (String view : List.of("overzicht", "vestiging", "gebouwen", "verordening", "plan", "raad")) {
                assertTrue(workbench.contains(WEB + ".view." + view), view + " missing in " + workbench);
            }
            assertTrue(workbench.contains(WEB + ".perspective.huisvesting"));

            JsonObject verordening = await(product, "/api/ihp/verordening?gemeente=GM0479", beheerder,
                    body -> body.getAsJsonArray("verordeningen").size() > 0);
            assertEquals("VNG|", verordening.get("geldend").getAsString(), "the VNG defaults apply without an own verordening");
            JsonObject norm = verordening.getAsJsonArray("ruimtenormen").get(0).getAsJsonObject().getAsJsonObject("waarden");
            assertEquals("bo", norm.get("categorie").getAsString());
            assertEquals(200, norm.get("basisM2").getAsInt());
            assertEquals("5.03", norm.get("perLeerlingM2").getAsBigDecimal().stripTrailingZeros().toPlainString());

            // an analist reads but may not change
            assertEquals(201, product.send("POST", "/api/accounts", json(beheerder), HttpRequest.BodyPublishers.ofString(
                    "{\"name\":\"analist\",\"password\":\"Analist-wachtwoord-1\",\"roles\":[\"analist\"]}")).statusCode());
            String analist = tokenFor(product, beheerder, "analist");
            HttpResponse<String> refused = product.send("PUT", "/api/ihp/objecten/Verordening/VNG%7C", analistHeaders(analist),
                    HttpRequest.BodyPublishers.ofString("{\"waarden\":{\"opheffingsnorm\":23}}"));
            assertEquals(403, refused.statusCode(), refused.body());
            assertEquals(200, product.get("/api/ihp/verordening?gemeente=GM0479", Map.of("Authorization", "Bearer " + analist)).statusCode());

            // a beleidsmedewerker's (here the beheerder's) change, and bad input refused in Dutch
            HttpResponse<String> changed = product.send("PUT", "/api/ihp/objecten/Verordening/VNG%7C", json(beheerder),
                    HttpRequest.BodyPublishers.ofString("{\"waarden\":{\"opheffingsnorm\":23}}"));
            assertEquals(200, changed.statusCode(), changed.body());
            HttpResponse<String> negative = product.send("PUT", "/api/ihp/objecten/Verordening/VNG%7C", json(beheerder),
                    HttpRequest.BodyPublishers.ofString("{\"waarden\":{\"levensduurJaren\":-4}}"));
            assertEquals(400, negative.statusCode(), negative.body());
            assertTrue(negative.body().contains("mag niet negatief zijn"), negative.body());

            // stopping the bundle removes views and API live; starting brings them back
            long id = bundleId(modules, WEB);
            assertEquals(200, product.send("POST", "/api/modules/bundles/" + id + "/stop", beheerder,
                    HttpRequest.BodyPublishers.noBody()).statusCode());
            assertFalse(product.get("/api/workbench", beheerder).body().contains(WEB), "views stay after the stop");
            assertEquals(404, product.get("/api/ihp/gemeenten", beheerder).statusCode());
            assertEquals(200, product.send("POST", "/api/modules/bundles/" + id + "/start", beheerder,
                    HttpRequest.BodyPublishers.noBody()).statusCode());
            await(product, "/api/workbench", beheerder, body -> body.toString().contains(WEB + ".view.plan"));
            assertEquals(200, product.get("/api/ihp/gemeenten", beheerder).statusCode());
        }

        try (RunningProduct again = RunningProduct.start(home, data, "--profile", PROFILE)) {
            JsonObject verordening = await(again, "/api/ihp/verordening?gemeente=GM0479", bearer(token),
                    body -> body.getAsJsonArray("verordeningen").size() > 0);
            assertEquals(23, verordening.getAsJsonArray("verordeningen").get(0).getAsJsonObject().getAsJsonObject("waarden")
                    .get("opheffingsnorm").getAsInt(), "the change survived the restart");
        }
    }

    private static String token(Path home, Path data) throws IOException, InterruptedException {
        return RunningProduct.createToken(home, List.of("--data", data.toString(), "--profile", PROFILE));
    }

    /** An API token of the account, made by the beheerder. */
    private static String tokenFor(RunningProduct product, Map<String, String> beheerder, String account) throws Exception {
        HttpResponse<String> created = product.send("POST", "/api/tokens", json(beheerder),
                HttpRequest.BodyPublishers.ofString("{\"account\":\"" + account + "\",\"label\":\"test\"}"));
        assertEquals(201, created.statusCode(), created.body());
        return JsonParser.parseString(created.body()).getAsJsonObject().get("secret").getAsString();
    }

    private static Map<String, String> analistHeaders(String token) {
        return Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
    }

    static JsonObject await(RunningProduct product, String path, Map<String, String> headers, Predicate<JsonObject> ready)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = product.get(path, headers);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200) {
                JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
                if (ready.test(body)) {
                    return body;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " not ready: " + last);
    }

    static long bundleId(JsonObject modules, String symbolicName) {
        for (JsonElement bundle : modules.getAsJsonArray("bundles")) {
            if (bundle.getAsJsonObject().get("symbolicName").getAsString().equals(symbolicName)) {
                return bundle.getAsJsonObject().get("id").getAsLong();
            }
        }
        throw new AssertionError(symbolicName + " not installed");
    }

    private static List<String> installed(JsonObject modules) {
        return modules.getAsJsonArray("features").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(f -> f.get("inProfile").getAsBoolean()).map(f -> f.get("id").getAsString()).toList();
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    static Map<String, String> json(Map<String, String> headers) {
        return Map.of("Authorization", headers.get("Authorization"), "Content-Type", "application/json");
    }

    static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
