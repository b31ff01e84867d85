package nl.wij.product;

import static nl.wij.product.ProductIT.bearer;
import static nl.wij.product.ProductIT.body;
import static nl.wij.product.ProductIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The import in the assembled product with the profile {@code demo}: Zaanstad is loaded on the
 * first start, a real file uploaded over {@code POST /api/import} answers its report, a broken one
 * 422 with nothing written, a module installed at run time adds its kind of file to
 * {@code /api/import/kinds} and the import (and stopping it takes the kind away), {@code wij import} works on a stopped product's data directory, and a
 * {@code kill -9} in the middle of a large import leaves the database with all of the file or none
 * of it. Expected numbers come from the real files in {@code shared/data} (property
 * {@code wij.shared.data}, default {@code ../../shared/data} from the product folder).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportIT {

    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    private static final String BO = "alle-vestigingen-bo.csv";
    private static final String VO = "alle-vestigingen-vo.csv";
    private static final String PO_COUNTS = "gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv";
    private static final String VO_COUNTS = "leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv";
    private static final String ZAANSTAD = "0479";
    /** The kind of the test module {@code nl.wij.itest.importer}, installed at run time. */
    private static final String MODULE_KIND = "itest-gemeenten";

    @TempDir
    static Path data;
    @TempDir
    static Path files;

    static RunningProduct product;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        token = RunningProduct.createToken("--label", "importtest", "--data", data.toString(), "--profile", "demo");
        product = RunningProduct.start(data, "--profile", "demo");
    }

    @AfterAll
    static void stop() throws Exception {
        if (product != null) {
            product.close();
        }
    }

    @Test
    @Order(1)
    void theDemoProfileLoadsZaanstadFromTheRealDuoFilesOnTheFirstStart() throws Exception {
        List<JsonObject> demo = product.awaitDemoImport(token);

        assertEquals(List.of(BO, VO, PO_COUNTS, VO_COUNTS), demo.stream().map(i -> i.get("file").getAsString()).toList());
        JsonObject bo = demo.get(0).getAsJsonObject("report");
        assertEquals(rows(shared(BO), "GEMEENTENUMMER", ZAANSTAD::equals).size(), count(bo, "Vestiging", "created"));
        assertEquals(1, count(bo, "Gemeente", "created"));
        JsonObject vo = demo.get(1).getAsJsonObject("report");
        assertEquals(rows(shared(VO), "GEMEENTENUMMER", ZAANSTAD::equals).size(), count(vo, "Vestiging", "created"));
        JsonObject po = demo.get(2).getAsJsonObject("report");
        assertEquals(rows(shared(PO_COUNTS), "GEMEENTENUMMER", v -> Integer.parseInt(v) == 479).size(),
                count(po, "Leerlingtelling", "created"));
        assertEquals("2019-10-01", po.get("peildatum").getAsString());
        assertTrue(count(demo.get(3).getAsJsonObject("report"), "Leerlingtelling", "created") > 0);

        JsonObject health = json(product.get("/api/health", Map.of()));
        assertEquals("demo", health.get("profile").getAsString());
        assertTrue(json(product.get("/api/workbench", bearer(token))).toString()
                .contains("nl.wij.core.imports.view.importeren"));

        // What a newcomer sees in the Modelverkenner: every Zaanstad school of the real files.
        Set<String> zaanstad = new HashSet<>();
        int vestiging = header(shared(BO)).indexOf("VESTIGINGSNUMMER");
        rows(shared(BO), "GEMEENTENUMMER", ZAANSTAD::equals).forEach(r -> zaanstad.add(r[vestiging].strip()));
        rows(shared(VO), "GEMEENTENUMMER", ZAANSTAD::equals).forEach(r -> zaanstad.add(r[vestiging].strip()));
        int brin = header(shared(PO_COUNTS)).indexOf("BRIN_NUMMER");
        int nummer = header(shared(PO_COUNTS)).indexOf("VESTIGINGSNUMMER");
        rows(shared(PO_COUNTS), "GEMEENTENUMMER", v -> Integer.parseInt(v) == 479).forEach(r -> zaanstad.add(
                r[brin].strip() + (r[nummer].strip().length() == 1 ? "0" : "") + r[nummer].strip()));
        HttpResponse<String> schools = product.get("/api/model/objects/core.Vestiging?feature=gemeente&value=GM0479&limit=500",
                bearer(token));
        assertEquals(200, schools.statusCode(), schools.body());
        assertEquals(zaanstad.size(), json(schools).get("total").getAsInt(), schools.body());
    }

    @Test
    @Order(2)
    void anUploadedRealFileIsImportedAndAnsweredWithItsReport() throws Exception {
        Path vo = shared(VO);
        List<String[]> rows = rows(vo, "GEMEENTENUMMER", v -> true);
        long zaanstad = rows(vo, "GEMEENTENUMMER", ZAANSTAD::equals).size();
        Set<String> gemeenten = new HashSet<>();
        int gemeente = header(vo).indexOf("GEMEENTENUMMER");
        rows.forEach(r -> gemeenten.add(r[gemeente]));

        HttpResponse<String> response = upload(vo, Map.of());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = json(response);
        assertTrue(report.get("accepted").getAsBoolean());
        assertEquals("vestigingen-vo", report.get("kind").getAsString());
        assertEquals("Vestigingen vo (DUO)", report.get("kindLabel").getAsString());
        assertEquals(rows.size(), report.get("rows").getAsLong());
        assertEquals(rows.size() - zaanstad, count(report, "Vestiging", "created"));
        assertEquals(zaanstad, count(report, "Vestiging", "unchanged"), "Zaanstad's vo schools came with the demo");
        assertEquals(gemeenten.size() - 1, count(report, "Gemeente", "created"));
        assertEquals(1, count(report, "Gemeente", "unchanged"));
        assertEquals("import:beheerder", report.get("user").getAsString());

        HttpResponse<String> again = upload(vo, Map.of());
        assertEquals(0, json(again).get("created").getAsInt() + json(again).get("updated").getAsInt(), again.body());
    }

    @Test
    @Order(3)
    void aBrokenUploadIsRefusedWith422NamingLineAndColumnAndWritesNothing() throws Exception {
        Path broken = files.resolve(BO);
        List<String> lines = Files.readAllLines(shared(BO), LATIN_1);
        String[] fields = lines.get(99).split(";", -1);
        fields[header(shared(BO)).indexOf("GEMEENTENUMMER")] = "0x14";
        lines.set(99, String.join(";", fields));
        Files.write(broken, lines, LATIN_1);

        HttpResponse<String> response = upload(broken, Map.of());

        assertEquals(422, response.statusCode(), response.body());
        JsonObject body = json(response);
        assertEquals("unprocessable_entity", body.get("error").getAsString());
        assertTrue(body.get("reason").getAsString().contains(BO + ":100:10"), body.toString());
        JsonObject problem = body.getAsJsonObject("report").getAsJsonArray("problems").get(0).getAsJsonObject();
        assertEquals(100, problem.get("line").getAsInt());
        assertEquals("GEMEENTENUMMER", problem.get("column").getAsString());
        JsonObject latest = imports().get(0);
        assertEquals("GEWEIGERD", latest.get("state").getAsString());
        assertEquals(0, latest.getAsJsonObject("report").getAsJsonArray("classes").size());

        HttpResponse<String> badDate = upload(shared(VO_COUNTS), Map.of("X-Peildatum", "1 oktober"));
        assertEquals(400, badDate.statusCode(), badDate.body());
    }

    @Test
    @Order(4)
    void aModuleInstalledAtRunTimeAddsItsKindOfFileAndStoppingItRemovesIt() throws Exception {
        // The DUO kinds, and those of the modules in the demo profile (ihp, goab): they follow the profile.
        List<String> profileKinds = kindIds();
        assertTrue(profileKinds.containsAll(List.of("leerlingen-po", "leerlingen-vo", "vestigingen-po", "vestigingen-vo")),
                profileKinds.toString());
        JsonObject duo = kinds().stream().filter(k -> k.get("id").getAsString().equals("leerlingen-po")).findFirst().orElseThrow();
        assertEquals("Leerlingen po (DUO)", duo.get("label").getAsString());
        assertTrue(duo.get("description").getAsString().contains("DUO"), duo.toString());
        assertEquals(".csv", duo.getAsJsonArray("extensions").get(0).getAsString());

        HttpResponse<String> installed = product.install("nl.wij.itest.importer.jar", token);
        assertEquals(201, installed.statusCode(), installed.body());
        long bundle = json(installed).get("id").getAsLong();
        awaitKind(MODULE_KIND, true);
        JsonObject kind = kinds().stream().filter(k -> k.get("id").getAsString().equals(MODULE_KIND)).findFirst()
                .orElseThrow();
        assertEquals("Testgemeenten", kind.get("label").getAsString());

        // Recognised by its header, read by the module's importer in one transaction.
        Path gemeenten = Files.writeString(files.resolve("testgemeenten.csv"),
                "TESTGEMEENTE;NAAM\nGM9901;Testgemeente Een\nGM9902;Testgemeente Twee\n");
        HttpResponse<String> imported = upload(gemeenten, Map.of());
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject report = json(imported);
        assertEquals(MODULE_KIND, report.get("kind").getAsString());
        assertEquals("Testgemeenten", report.get("kindLabel").getAsString());
        assertEquals(2, count(report, "Gemeente", "created"));
        assertEquals("Gemeenten", report.getAsJsonArray("classes").get(0).getAsJsonObject().get("label").getAsString());
        assertEquals(200, product.get("/api/model/objects/core.Gemeente/GM9902", bearer(token)).statusCode());

        Path broken = Files.writeString(files.resolve("kapot.csv"), "TESTGEMEENTE;NAAM\nGM9903;Drie\nX;Kapot\n");
        HttpResponse<String> refused = upload(broken, Map.of());
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(json(refused).get("reason").getAsString().contains("kapot.csv:3:1 kolom TESTGEMEENTE"), refused.body());
        assertEquals(404, product.get("/api/model/objects/core.Gemeente/GM9903", bearer(token)).statusCode(),
                "nothing of a refused file is written");

        HttpResponse<String> stopped = product.send("POST", "/api/modules/bundles/" + bundle + "/stop", bearer(token),
                HttpRequest.BodyPublishers.noBody());
        assertEquals(200, stopped.statusCode(), stopped.body());
        awaitKind(MODULE_KIND, false);
        HttpResponse<String> gone = upload(gemeenten, Map.of("X-Import-Kind", MODULE_KIND));
        assertEquals(400, gone.statusCode(), gone.body());
        assertTrue(json(gone).get("reason").getAsString().contains("onbekende bestandssoort 'itest-gemeenten'"),
                gone.body());
        assertTrue(json(gone).get("reason").getAsString().contains("vestigingen-po (Vestigingen po (DUO))"), gone.body());
        HttpResponse<String> unknown = upload(gemeenten, Map.of());
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertTrue(json(unknown).get("reason").getAsString().contains("onbekend soort bestand"), unknown.body());

        HttpResponse<String> deleted = product.send("DELETE", "/api/modules/bundles/" + bundle, bearer(token),
                HttpRequest.BodyPublishers.noBody());
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals(profileKinds, kindIds(), "the module's kind went, the profile's stayed");
    }

    @Test
    @Order(5)
    void tooLargeIs413AndOnlyBeheerderOrBeleidsmedewerkerMayImport() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", product.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/import HTTP/1.1\r\nHost: 127.0.0.1:" + product.port + "\r\nAuthorization: Bearer "
                    + token + "\r\nX-File-Name: groot.csv\r\nContent-Length: 400000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1000]);
            out.flush();
            String answer = new String(socket.getInputStream().readNBytes(2000), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("\"error\":\"payload_too_large\""), answer);
        }

        JsonObject account = new JsonObject();
        account.addProperty("name", "analist1");
        account.addProperty("password", "Analist-wachtwoord-12");
        JsonArray roles = new JsonArray();
        roles.add("analist");
        account.add("roles", roles);
        HttpResponse<String> created = product.send("POST", "/api/accounts", with(bearer(token), "Content-Type",
                "application/json"), body(account.toString()));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject credentials = new JsonObject();
        credentials.addProperty("username", "analist1");
        credentials.addProperty("password", "Analist-wachtwoord-12");
        HttpResponse<String> login = product.send("POST", "/api/login", Map.of("Content-Type", "application/json"),
                body(credentials.toString()));
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> refused = product.send("POST", "/api/import", Map.of("Cookie", cookie, "X-CSRF-Token",
                json(login).get("csrfToken").getAsString(), "X-File-Name", VO), HttpRequest.BodyPublishers.ofFile(shared(VO)));
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("forbidden", json(refused).get("error").getAsString());
    }

    @Test
    @Order(6)
    void killMinus9DuringALargeImportLeavesAllOfTheFileOrNoneOfIt() throws Exception {
        Path big = files.resolve("leerlingen-vo-per-vestiging-naar-onderwijstype-2031.csv");
        long records = writeBigCountFile(shared(VO_COUNTS), big, 4);

        CompletableFuture<HttpResponse<String>> running = product.http.sendAsync(HttpRequest.newBuilder(
                product.uri("/api/import")).timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + token)
                .header("X-File-Name", big.getFileName().toString()).POST(HttpRequest.BodyPublishers.ofFile(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        // Past the first batch (25,000 objects per saveAll), so rows are in the open transaction when it dies.
        awaitImportWriting(big.getFileName().toString(), 30_000);
        killProduct();
        running.exceptionally(e -> null);

        product = RunningProduct.start(data, "--profile", "demo");
        JsonObject health = json(product.get("/api/health", Map.of()));
        assertEquals("UP", health.get("status").getAsString());
        assertEquals("UP", health.getAsJsonObject("database").get("status").getAsString());
        assertEquals(200, upload(shared(VO), Map.of()).statusCode(), "the restarted product imports again");
        assertEquals(143, product.stop(), product.output());

        try (Database db = new Database(data)) {
            long written = db.count("SELECT COUNT(*) FROM CORE_DATA.LEERLINGTELLING WHERE PEILDATUM = DATE('2031-10-01')");
            assertTrue(written == 0 || written == records, "all " + records + " counts or none, found " + written);
            System.out.println("ImportIT: killed during the import of " + records + " counts; after restart "
                    + written + " of them are in the database");
            assertTrue(db.count("SELECT COUNT(*) FROM CORE_DATA.VESTIGING") > 1_600, "the vestigingen are still there");
            db.checkTables("CORE_DATA");
            db.checkTables("WIJ_STORE");
        }
    }

    @Test
    @Order(7)
    void wijImportOnAStoppedProductsDataDirectory() throws Exception {
        try (Database db = new Database(data)) {
            assertEquals(0, db.count("SELECT COUNT(*) FROM CORE_DATA.LEERLINGTELLING WHERE PEILDATUM = DATE('2020-10-01')"));
        }
        RunningProduct.Result imported = RunningProduct.runToEnd(List.of("import", shared(VO_COUNTS).toString(),
                "--peildatum", "2020-10-01", "--data", data.toString(), "--profile", "demo"));
        assertEquals(0, imported.exitCode(), imported.output());
        assertTrue(imported.output().contains("is ingelezen: Leerlingen vo (DUO), peildatum 2020-10-01"), imported.output());
        Matcher created = Pattern.compile("Leerlingtellingen\\s+([0-9.]+)").matcher(imported.output());
        assertTrue(created.find(), imported.output());
        long expected = Long.parseLong(created.group(1).replace(".", ""));

        RunningProduct.Result refused = RunningProduct.runToEnd(List.of("import", files.resolve(BO).toString(),
                "--data", data.toString(), "--profile", "demo"));
        assertEquals(1, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains(BO + ":100:10 kolom GEMEENTENUMMER"), refused.output());
        assertTrue(refused.output().contains("er is niets ingelezen"), refused.output());

        RunningProduct.Result usage = RunningProduct.runToEnd(List.of("import", "--data", data.toString(),
                "--profile", "demo"));
        assertEquals(2, usage.exitCode(), usage.output());
        assertTrue(usage.output().contains("wij import --help"), usage.output());
        RunningProduct.Result help = RunningProduct.runToEnd(List.of("import", "--help", "--data", data.toString(),
                "--profile", "demo"));
        assertEquals(0, help.exitCode(), help.output());
        for (String kind : List.of("vestigingen-po", "vestigingen-vo", "leerlingen-po", "leerlingen-vo")) {
            assertTrue(help.output().contains("\n  " + kind + " "), help.output());
        }

        try (Database db = new Database(data)) {
            assertEquals(expected, db.count("SELECT COUNT(*) FROM CORE_DATA.LEERLINGTELLING WHERE PEILDATUM = DATE('2020-10-01')"));
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static HttpResponse<String> upload(Path file, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(product.uri("/api/import")).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).header("X-File-Name", file.getFileName().toString())
                .POST(HttpRequest.BodyPublishers.ofFile(file));
        headers.forEach(request::header);
        return product.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonObject> kinds() throws IOException, InterruptedException {
        HttpResponse<String> response = product.get("/api/import/kinds", bearer(token));
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> list = new ArrayList<>();
        json(response).getAsJsonArray("kinds").forEach(k -> list.add(k.getAsJsonObject()));
        return list;
    }

    private static List<String> kindIds() throws IOException, InterruptedException {
        return kinds().stream().map(k -> k.get("id").getAsString()).toList();
    }

    /** Waits until {@code GET /api/import/kinds} lists the kind ({@code present}) or no longer does. */
    private static void awaitKind(String kind, boolean present) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (kindIds().contains(kind) != present) {
            if (System.nanoTime() > deadline) {
                fail("kind " + kind + (present ? " did not appear" : " did not go away") + ": " + kindIds());
            }
            Thread.sleep(100);
        }
    }

    private static List<JsonObject> imports() throws IOException, InterruptedException {
        HttpResponse<String> response = product.get("/api/import", bearer(token));
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> list = new ArrayList<>();
        for (JsonElement e : json(response).getAsJsonArray("imports")) {
            list.add(e.getAsJsonObject());
        }
        return list;
    }

    /** Waits until the import of {@code file} runs and has handed at least {@code records} records to the store. */
    private static void awaitImportWriting(String file, long records) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonObject i : imports()) {
                if (i.get("file").getAsString().equals(file)) {
                    String state = i.get("state").getAsString();
                    if (state.equals("BEZIG") && i.get("records").getAsLong() >= records) {
                        return;
                    }
                    if (!state.equals("BEZIG") && !state.equals("WACHT")) {
                        fail("the import ended before it could be killed (make the file bigger): " + i);
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the large import did not start writing");
    }

    /**
     * {@code kill -9} of the product's JVM: {@code bin/wij} execs java, so the JVM is the process that
     * runs {@code wij-product.jar} on this data directory.
     */
    private static void killProduct() throws Exception {
        ProcessHandle jvm = ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(Arrays::asList)
                        .map(args -> args.contains(data.toString()) && args.contains("run")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("product JVM not found"));
        assertTrue(jvm.destroyForcibly());
        jvm.onExit().get();
        product.close();
    }

    /** The real vo count file {@code copies} times, each copy with its own onderwijstype names; returns its records. */
    private static long writeBigCountFile(Path source, Path target, int copies) throws IOException {
        List<String> lines = Files.readAllLines(source, LATIN_1);
        List<String> header = Arrays.asList(lines.get(0).split(";", -1));
        int type = header.indexOf("ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR");
        int brin = header.indexOf("BRIN NUMMER");
        int nummer = header.indexOf("VESTIGINGSNUMMER");
        Map<String, Long> sums = new HashMap<>();
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (int copy = 1; copy <= copies; copy++) {
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(";", -1);
                fields[type] = fields[type] + " (kopie " + copy + ")";
                out.add(String.join(";", fields));
                for (int leerjaar = 1; leerjaar <= 6; leerjaar++) {
                    long sum = Long.parseLong(fields[header.indexOf("LEER- OF VERBLIJFSJAAR " + leerjaar + " - MAN")].strip())
                            + Long.parseLong(fields[header.indexOf("LEER- OF VERBLIJFSJAAR " + leerjaar + " - VROUW")].strip());
                    sums.merge(fields[brin].strip() + fields[nummer].strip() + "|" + fields[type] + "|" + leerjaar, sum,
                            Long::sum);
                }
            }
        }
        Files.write(target, out, LATIN_1);
        return sums.values().stream().filter(s -> s > 0).count();
    }

    private static long count(JsonObject report, String eClass, String what) {
        for (JsonElement c : report.getAsJsonArray("classes")) {
            if (c.getAsJsonObject().get("eClass").getAsString().equals(eClass)) {
                return c.getAsJsonObject().get(what).getAsLong();
            }
        }
        return 0;
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new HashMap<>(headers);
        all.put(name, value);
        return all;
    }

    private static Path shared(String name) {
        Path file = Path.of(System.getProperty("wij.shared.data", "../../shared/data")).toAbsolutePath().normalize()
                .resolve("duo").resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("missing real data file " + file + " (set -Dwij.shared.data)");
        }
        return file;
    }

    private static List<String> header(Path file) throws IOException {
        try (var lines = Files.lines(file, LATIN_1)) {
            return Arrays.stream(lines.findFirst().orElseThrow().split(";", -1)).map(String::strip).toList();
        }
    }

    /** The data rows whose {@code column} passes {@code test} (naive split: DUO files quote nothing). */
    private static List<String[]> rows(Path file, String column, java.util.function.Predicate<String> test)
            throws IOException {
        int index = header(file).indexOf(column);
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, LATIN_1);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(";", -1);
            if (!line.isBlank() && test.test(fields[index].strip())) {
                rows.add(fields);
            }
        }
        return rows;
    }

    /** The product's Derby database, opened from this JVM while the product is stopped. */
    private static final class Database implements AutoCloseable {
        private final String url;
        private final Connection connection;

        Database(Path data) throws SQLException {
            url = "jdbc:derby:" + data.resolve("db");
            connection = DriverManager.getConnection(url);
        }

        long count(String sql) throws SQLException {
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        }

        /** Derby's own consistency check of every table (and its indexes) in the schema. */
        void checkTables(String schema) throws SQLException {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    tables.add(r.getString("TABLE_NAME"));
                }
            }
            assertFalse(tables.isEmpty(), schema);
            for (String table : tables) {
                try (CallableStatement check = connection.prepareCall("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
                    check.setString(1, schema);
                    check.setString(2, table);
                    try (ResultSet r = check.executeQuery()) {
                        r.next();
                        assertEquals(1, r.getInt(1), schema + "." + table + " is not consistent");
                    }
                }
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                // 08006: the database was shut down, so the product can open it again
            }
        }
    }
}
