package nl.wij.product;

import static nl.wij.product.IhpModuleIT.await;
import static nl.wij.product.IhpModuleIT.bundleId;
import static nl.wij.product.IhpModuleIT.bearer;
import static nl.wij.product.IhpModuleIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The IHP with Zaanstad's real DUO data: the demo profile plus the feature ihp-import (a test profile
 * composed in a copy of the distribution, as a gemeente would compose its own): the normatieve ruimtebehoefte of every
 * basisschool equals 200 + 5.03 x its real pupil count (computed here from the real file); a forecast
 * file in DUO's format (TEST DATA for the real vestigingen) is imported through the import SPI and a
 * broken one is refused with nothing written; a plan edit and the forecast persist across a restart;
 * the raad's answers download as CSV.
 */
class IhpDemoIT {

    private static final String PROFILE = "demo-met-prognoses";
    private static final String PO_COUNTS = "gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv";

    @TempDir
    Path temp;

    @Test
    void realCountsForecastImportPlanAndExportAcrossARestart() throws Exception {
        Path home = RunningProduct.copyOfDistribution(temp.resolve("wij"));
        Files.writeString(home.resolve("profiles/" + PROFILE + ".json"), "{\"title\": \"Demo met prognoses\", \"features\":"
                + " [\"workbench\", \"model\", \"editors\", \"import\", \"demo\", \"ihp\", \"ihp-import\"]}");
        Path data = temp.resolve("data");
        String secret = RunningProduct.createToken(home, List.of("--data", data.toString(), "--profile", PROFILE));
        Map<String, String> beheerder = bearer(secret);
        Map<String, Integer> basisscholen = basisscholen();

        try (RunningProduct product = RunningProduct.start(home, data, "--profile", PROFILE)) {
            // the demo imports the vestigingen before the counts, and a read is not isolated from the count
            // import's commit: wait until every counted basisschool has its soort and its need
            JsonObject ruimte = await(product, "/api/ihp/ruimtebehoefte?gemeente=GM0479", beheerder,
                    b -> normatiefBekend(b, basisscholen.keySet()) == basisscholen.size());
            int gecontroleerd = 0;
            for (JsonElement e : ruimte.getAsJsonArray("regels")) {
                JsonObject r = e.getAsJsonObject();
                Integer leerlingen = basisscholen.get(r.get("brin6").getAsString());
                if (leerlingen != null && "bo".equals(r.get("soort").getAsString())) {
                    BigDecimal verwacht = new BigDecimal("200").add(new BigDecimal("5.03").multiply(BigDecimal.valueOf(leerlingen)));
                    assertEquals(0, verwacht.compareTo(r.get("normatiefM2").getAsBigDecimal()), r.toString());
                    gecontroleerd++;
                }
            }
            assertTrue(gecontroleerd > 30, "checked " + gecontroleerd + " basisscholen");

            // forecasts: TEST DATA in DUO's format for the real Zaanstad basisscholen
            List<String> brin6 = new ArrayList<>(basisscholen.keySet());
            StringBuilder file = new StringBuilder("\uFEFFINSTELLINGSCODE,VESTIGINGSCODE,TYPE_PO,JAAR,PROGNOSEAANTALLEN\r\n");
            for (String b : brin6) {
                file.append(b, 0, 4).append(',').append(b.substring(4)).append(",BAO,2030,").append(basisscholen.get(b) + 10).append("\r\n");
            }
            JsonObject report = JsonParser.parseString(upload(product, beheerder, "wpoprognoses-test.csv", file.toString(), 200))
                    .getAsJsonObject();
            assertEquals("ihp-prognose-duo", report.get("kind").getAsString());
            assertEquals(brin6.size(), report.get("created").getAsInt(), report.toString());
            String kapot = upload(product, beheerder, "kapot.csv", "INSTELLINGSCODE,VESTIGINGSCODE,TYPE_PO,JAAR,PROGNOSEAANTALLEN\n"
                    + brin6.get(0).substring(0, 4) + ",00,BAO,2031,100\n99XX,00,BAO,2031,100\n", 422);
            assertTrue(kapot.contains("Vestiging 99XX00 is onbekend"), kapot);
            assertEquals(brin6.size(), prognoses(product, beheerder), "the broken file wrote nothing");

            // a plan with a project, and the raad's plan costs as CSV
            send(product, beheerder, "POST", "/api/ihp/objecten/Plan", "{\"waarden\":{\"code\":\"IHP-TEST\",\"naam\":\"IHP test\","
                    + "\"gemeente\":\"GM0479\",\"status\":\"vastgesteld\",\"beginjaar\":2026}}", 201);
            send(product, beheerder, "POST", "/api/ihp/objecten/Project", "{\"waarden\":{\"plan\":\"IHP-TEST\",\"nummer\":1,\"naam\":\"Uitbreiding\","
                    + "\"soort\":\"uitbreiding\",\"jaar\":2027,\"m2\":200,\"vestigingen\":[\"" + brin6.get(0) + "\"],\"prioriteit\":\"hoog\","
                    + "\"status\":\"gepland\"}}", 201);
            String fout = send(product, beheerder, "POST", "/api/ihp/objecten/Project", "{\"waarden\":{\"plan\":\"IHP-TEST\",\"nummer\":2,"
                    + "\"naam\":\"Te laat\",\"soort\":\"uitbreiding\",\"jaar\":2050,\"m2\":-1,\"prioriteit\":\"hoog\",\"status\":\"gepland\"}}", 400);
            assertTrue(fout.contains("2050 valt buiten het plan (2026 tot en met 2041)") && fout.contains("mag niet negatief zijn"), fout);
            // a building in Frisse Scholen class C: its signalering appears, and goes and comes with the module's bundle
            send(product, beheerder, "POST", "/api/ihp/objecten/Gebouw", "{\"waarden\":{\"code\":\"G0001\",\"naam\":\"Voorbeeldschool\","
                    + "\"gemeente\":\"GM0479\",\"soort\":\"school\",\"frisseScholenKlasse\":\"C\",\"ventilatieGemeten\":true,"
                    + "\"voorbeeld\":true}}", 201);
            String probleem = "nl.wij.ihp.web.problem/binnenklimaat/G0001";
            assertTrue(product.get("/api/problems", beheerder).body().contains(probleem));
            long web = bundleId(json(product.get("/api/modules", beheerder)), "nl.wij.ihp.web");
            send(product, beheerder, "POST", "/api/modules/bundles/" + web + "/stop", "", 200);
            assertFalse(product.get("/api/problems", beheerder).body().contains(probleem), "the signalering went with the bundle");
            send(product, beheerder, "POST", "/api/modules/bundles/" + web + "/start", "", 200);
            await(product, "/api/problems", beheerder, b -> b.toString().contains(probleem));

            HttpResponse<String> csv = product.get("/api/ihp/export/kosten?gemeente=GM0479&formaat=csv", beheerder);
            assertEquals(200, csv.statusCode(), csv.body());
            // 200 m2 x 3,209.14 (2,847 x 1.1272) = 641,828.00 for the gemeente in 2027
            assertTrue(csv.body().contains("2027;641828,00;0;641828,00"), csv.body());
            HttpResponse<byte[]> xlsx = product.http.send(HttpRequest.newBuilder(product.uri(
                    "/api/ihp/export/ruimte?gemeente=GM0479&formaat=xlsx")).header("Authorization", beheerder.get("Authorization")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, xlsx.statusCode());
            assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("huisvesting-ruimte-GM0479"),
                    xlsx.headers().toString());
            assertEquals('P', (char) xlsx.body()[0], "an XLSX file is a zip");
        }

        try (RunningProduct again = RunningProduct.start(home, data, "--profile", PROFILE)) {
            assertEquals(basisscholen.size(), prognoses(again, beheerder), "the forecast survived the restart");
            JsonObject plan = json(again.get("/api/ihp/plannen/IHP-TEST", beheerder));
            assertEquals(new BigDecimal("641828.00"), plan.getAsJsonObject("totalen").get("totaal").getAsBigDecimal().setScale(2));
        }
    }

    private static String upload(RunningProduct product, Map<String, String> auth, String name, String content, int status) throws Exception {
        HttpResponse<String> response = product.send("POST", "/api/import", Map.of("Authorization", auth.get("Authorization"),
                "X-File-Name", name, "Content-Type", "text/csv"), HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8));
        assertEquals(status, response.statusCode(), response.body());
        return response.body();
    }

    private static String send(RunningProduct product, Map<String, String> auth, String method, String path, String body, int status)
            throws Exception {
        HttpResponse<String> response = product.send(method, path, Map.of("Authorization", auth.get("Authorization"),
                "Content-Type", "application/json"), HttpRequest.BodyPublishers.ofString(body));
        assertEquals(status, response.statusCode(), response.body());
        return response.body();
    }

    private static long prognoses(RunningProduct product, Map<String, String> auth) throws Exception {
        JsonObject body = await(product, "/api/ihp/ruimtebehoefte?gemeente=GM0479", auth, b -> true);
        return body.getAsJsonArray("regels").asList().stream().filter(e -> e.getAsJsonObject().get("bron").getAsString().equals("prognose"))
                .count();
    }

    private static boolean known(JsonObject object, String member) {
        return object.has(member) && !object.get(member).isJsonNull();
    }

    /** How many of these vestigingen have a computed need (a row per vestiging and year; the counts give one year). */
    private static long normatiefBekend(JsonObject ruimtebehoefte, Set<String> brin6) {
        long bekend = 0;
        for (JsonElement e : ruimtebehoefte.getAsJsonArray("regels")) {
            JsonObject r = e.getAsJsonObject();
            if (brin6.contains(r.get("brin6").getAsString()) && known(r, "normatiefM2") && known(r, "soort")) {
                bekend++;
            }
        }
        return bekend;
    }

    /** Zaanstad's basisscholen (SOORT_PO Bo) with their real pupil count of 1 October 2019, from the real file. */
    private static Map<String, Integer> basisscholen() throws Exception {
        Path file = Path.of(System.getProperty("wij.shared.data", "../../shared/data")).toAbsolutePath().normalize()
                .resolve("duo").resolve(PO_COUNTS);
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        List<String> header = List.of(lines.get(0).split(";", -1));
        Map<String, Integer> scholen = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";", -1);
            if (f.length == header.size() && f[header.indexOf("GEMEENTENUMMER")].strip().equals("479")
                    && f[header.indexOf("SOORT_PO")].strip().equals("Bo")) {
                String nummer = f[header.indexOf("VESTIGINGSNUMMER")].strip();
                scholen.put(f[header.indexOf("BRIN_NUMMER")].strip() + (nummer.length() == 1 ? "0" : "") + nummer,
                        Integer.parseInt(f[header.indexOf("LEERLINGEN")].strip()));
            }
        }
        return scholen;
    }
}
