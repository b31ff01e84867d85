package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The analyst's cross-domain question on the real data of the whole country, in the full product
 * (profile {@code volledig}): "basisschoolvestigingen with an achterstandsscore above 30, per
 * RMC-regio, with their pupils and their normatieve ruimtebehoefte". All DUO po vestigingen, all po
 * pupil counts and all CBS scores are imported with {@code wij import}; {@code POST /api/query}
 * joins core, GOAB and IHP views; the same figures are computed here from the files themselves.
 */
class AnalystNationalIT {

    private static final String PO_COUNTS = "duo/gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv";
    private static final BigDecimal THRESHOLD = new BigDecimal("30");
    private static final String PER_RMC = """
            SELECT r.regio_code, COUNT(*), SUM(i.leerlingen)
            FROM goab.achterstandsscore a
            JOIN core.vestiging v ON v.brin6 = a.brin6
            JOIN core.regio_lid r ON r.gemeente_code = v.gemeente_code AND r.regio_type = 'RMC'
            JOIN ihp.ruimtebehoefte i ON i.brin6 = a.brin6 AND i.bron = 'telling'
            WHERE a.score > 30
            GROUP BY r.regio_code""";
    private static final String NEED = """
            SELECT i.brin6, i.leerlingen, i.normatief_bvo_m2
            FROM ihp.ruimtebehoefte i JOIN goab.achterstandsscore a ON a.brin6 = i.brin6
            WHERE a.score > 30 AND i.bron = 'telling'""";

    @TempDir
    Path data;

    @Test
    void aJoinOfCoreGoabAndIhpViewsAnswersWhatTheFilesSay() throws Exception {
        String token = RunningProduct.createToken("--data", data.toString(), "--profile", "volledig");
        for (String file : List.of(GoabFiles.DUO_BO, PO_COUNTS, GoabFiles.CBS)) {
            RunningProduct.Result imported = RunningProduct.runToEnd(List.of("import", GoabFiles.shared(file).toString(),
                    "--data", data.toString(), "--profile", "volledig"));
            assertEquals(0, imported.exitCode(), imported.output());
        }

        DuoFiles files = DuoFiles.read();
        Map<String, long[]> expected = new TreeMap<>();
        Map<String, Long> pupilsOfBasisscholen = new HashMap<>();
        GoabFiles.scores().forEach((brin6, score) -> {
            String rmc = files.rmcOfGemeente.get(files.gemeenteOfVestiging.get(brin6));
            Long pupils = files.pupils.get(brin6);
            if (score.compareTo(THRESHOLD) > 0 && rmc != null && pupils != null) {
                long[] sums = expected.computeIfAbsent(rmc, r -> new long[2]);
                sums[0]++;
                sums[1] += pupils;
                if (files.onlyBo.contains(brin6)) {
                    pupilsOfBasisscholen.put(brin6, pupils);
                }
            }
        });
        assertTrue(expected.size() > 30, "RMC-regio's with such schools: " + expected.size());

        try (RunningProduct product = RunningProduct.start(data, "--profile", "volledig")) {
            Map<String, long[]> answer = new TreeMap<>();
            for (JsonElement row : rows(product, token, PER_RMC)) {
                JsonArray r = row.getAsJsonArray();
                answer.put(r.get(0).getAsString(), new long[] {r.get(1).getAsLong(), r.get(2).getAsLong()});
            }
            assertEquals(render(expected), render(answer));

            int checked = 0;
            for (JsonElement row : rows(product, token, NEED)) {
                JsonArray r = row.getAsJsonArray();
                Long pupils = pupilsOfBasisscholen.get(r.get(0).getAsString());
                if (pupils != null) {
                    BigDecimal need = new BigDecimal("200").add(new BigDecimal("5.03").multiply(BigDecimal.valueOf(pupils)));
                    assertEquals(0, need.compareTo(r.get(2).getAsBigDecimal()), r.toString());
                    checked++;
                }
            }
            assertEquals(pupilsOfBasisscholen.size(), checked, "every basisschool above the threshold has its need");
        }
    }

    private static String render(Map<String, long[]> perRegion) {
        StringBuilder text = new StringBuilder();
        perRegion.forEach((rmc, sums) -> text.append(rmc).append(": ").append(sums[0]).append(" vestigingen, ")
                .append(sums[1]).append(" leerlingen\n"));
        return text.toString();
    }

    /** The rows of a query; the analytical views are published just after start-up, so it is retried a while. */
    private static JsonArray rows(RunningProduct product, String token, String sql) throws Exception {
        JsonObject request = new JsonObject();
        request.addProperty("sql", sql);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<String> response = product.http.send(HttpRequest.newBuilder(product.uri("/api/query"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request.toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("rows");
            }
            assertTrue(System.nanoTime() < deadline, response.statusCode() + " " + response.body());
            Thread.sleep(500);
        }
    }

    /**
     * What the two DUO files say, split by hand: the gemeente of every vestiging (from the vestigingen
     * file, else from the count file, as the import does for a vestiging only counted), the RMC-regio
     * of every gemeente, the pupils per vestiging (all its rows), and which vestigingen count only bo.
     */
    private record DuoFiles(Map<String, String> gemeenteOfVestiging, Map<String, String> rmcOfGemeente,
            Map<String, Long> pupils, Set<String> onlyBo) {

        static DuoFiles read() throws Exception {
            Map<String, String> gemeente = new HashMap<>();
            Map<String, String> rmc = new HashMap<>();
            List<String> lines = Files.readAllLines(GoabFiles.shared(GoabFiles.DUO_BO), StandardCharsets.ISO_8859_1);
            List<String> header = List.of(lines.get(0).split(";", -1));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(";", -1);
                String gm = gemeenteCode(f[header.indexOf("GEMEENTENUMMER")]);
                gemeente.put(f[header.indexOf("VESTIGINGSNUMMER")].strip(), gm);
                rmc.put(gm, f[header.indexOf("RMC-REGIO CODE")].strip());
            }
            Map<String, Long> pupils = new HashMap<>();
            Set<String> bo = new HashSet<>();
            Set<String> other = new HashSet<>();
            lines = Files.readAllLines(GoabFiles.shared(PO_COUNTS), StandardCharsets.ISO_8859_1);
            header = List.of(lines.get(0).split(";", -1));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(";", -1);
                String nummer = f[header.indexOf("VESTIGINGSNUMMER")].strip();
                String brin6 = f[header.indexOf("BRIN_NUMMER")].strip() + (nummer.length() == 1 ? "0" : "") + nummer;
                gemeente.putIfAbsent(brin6, gemeenteCode(f[header.indexOf("GEMEENTENUMMER")]));
                pupils.merge(brin6, Long.parseLong(f[header.indexOf("LEERLINGEN")].strip()), Long::sum);
                (f[header.indexOf("SOORT_PO")].strip().equals("Bo") ? bo : other).add(brin6);
            }
            bo.removeAll(other);
            return new DuoFiles(gemeente, rmc, pupils, bo);
        }

        private static String gemeenteCode(String nummer) {
            return "GM" + "0".repeat(Math.max(0, 4 - nummer.strip().length())) + nummer.strip();
        }
    }
}
