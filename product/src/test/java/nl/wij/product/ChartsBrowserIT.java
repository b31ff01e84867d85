package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The shared charts and maps (bundle {@code nl.wij.workbench.charts}) in the real distribution:
 * the boundary API against the source file in {@code shared/data/geo}, and a module's view (the
 * test bundle {@code nl.wij.itest.charts}, installed at run time) that draws charts and a map of
 * numbers this test computes from the real DUO files. Counts bars, markers and areas, uses the
 * table toggle and the map with the keyboard, and runs axe-core. The same module sends CSV and
 * XLSX downloads through the shared {@code TableExporter}.
 */
class ChartsBrowserIT {

    private static final String VIEW = "nl.wij.itest.charts.view.grafieken";
    private static final String NOORD_HOLLAND = "Noord-Holland";
    private static final Gson GSON = new Gson();

    @TempDir
    static Path temp;

    static RunningProduct product;
    static String token;
    static HeadlessChromium chromium;
    static WebDriver browser;
    static boolean moduleInstalled;

    @BeforeAll
    static void start() throws Exception {
        token = RunningProduct.createToken("--data", temp.resolve("data").toString());
        product = RunningProduct.start(temp.resolve("data"));
        chromium = HeadlessChromium.start(temp.resolve("chromium"), 1280, 900);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        HeadlessChromium.closeBoth(chromium, product);
    }

    private static Map<String, String> bearer() {
        return Map.of("Authorization", "Bearer " + token);
    }

    // ------------------------------------------------------------------ boundaries

    @Test
    void gemeenteBoundariesAreEverySourceFeatureWithNormalisedCodes() throws Exception {
        JsonArray source = features(Files.readString(shared("geo", "townships.geojson"), StandardCharsets.UTF_8));
        Map<String, String> expected = new TreeMap<>();
        source.forEach(f -> {
            JsonObject p = f.getAsJsonObject().getAsJsonObject("properties");
            expected.put("GM" + p.get("code").getAsString(), p.get("name").getAsString());
        });

        HttpResponse<String> plain = product.get("/api/geo/gemeenten", bearer());
        assertEquals(200, plain.statusCode(), plain.body());
        assertEquals("application/geo+json", plain.headers().firstValue("Content-Type").orElse(""));
        JsonArray served = features(plain.body());
        assertEquals(source.size(), served.size(), "features in the API vs. shared/data/geo/townships.geojson");
        Map<String, String> actual = new TreeMap<>();
        for (JsonElement f : served) {
            JsonObject p = f.getAsJsonObject().getAsJsonObject("properties");
            assertTrue(p.get("code").getAsString().matches("GM\\d{4}"), p.toString());
            actual.put(p.get("code").getAsString(), p.get("name").getAsString());
        }
        assertEquals(expected, actual);
        assertTrue(plain.body().length() < Files.size(shared("geo", "townships.geojson")) / 2, "compacted");

        // gzipped when asked, the same document; 304 for a known entity tag
        HttpResponse<byte[]> gzip = product.http.send(HttpRequest.newBuilder(product.uri("/api/geo/gemeenten"))
                .header("Authorization", "Bearer " + token).header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gzip.body().length < plain.body().length() / 3, "gzip: " + gzip.body().length);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertEquals(plain.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertTrue(plain.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        Map<String, String> conditional = new HashMap<>(bearer());
        conditional.put("If-None-Match", etag);
        assertEquals(304, product.get("/api/geo/gemeenten", conditional).statusCode());
    }

    @Test
    void provinciesAreCodedByNameAndOtherRequestsAreRefusedAsJson() throws Exception {
        JsonArray source = features(Files.readString(shared("geo", "provinces.geojson"), StandardCharsets.UTF_8));
        HttpResponse<String> response = product.get("/api/geo/provincies", bearer());
        assertEquals(200, response.statusCode());
        JsonArray served = features(response.body());
        assertEquals(source.size(), served.size());
        TreeSet<String> names = new TreeSet<>();
        source.forEach(f -> names.add(f.getAsJsonObject().getAsJsonObject("properties").get("name").getAsString()));
        TreeSet<String> codes = new TreeSet<>();
        served.forEach(f -> codes.add(f.getAsJsonObject().getAsJsonObject("properties").get("code").getAsString()));
        assertEquals(names, codes);

        HttpResponse<String> unknown = product.get("/api/geo/wijken", bearer());
        assertEquals(404, unknown.statusCode());
        assertEquals("not_found", JsonParser.parseString(unknown.body()).getAsJsonObject().get("error").getAsString());
        HttpResponse<String> post = product.send("POST", "/api/geo/gemeenten", bearer(), HttpRequest.BodyPublishers.noBody());
        assertEquals(405, post.statusCode());
        assertEquals(401, product.get("/api/geo/gemeenten", Map.of("Accept", "application/json")).statusCode());

        // both bundles of this toolkit run in the product
        JsonArray bundles = JsonParser.parseString(product.get("/api/modules", bearer()).body()).getAsJsonObject().getAsJsonArray("bundles");
        for (String bsn : List.of("nl.wij.workbench.charts", "nl.wij.workbench.export")) {
            JsonObject bundle = find(bundles, "symbolicName", bsn);
            assertEquals("ACTIVE", bundle.get("state").getAsString(), bsn);
            assertEquals("workbench", bundle.get("feature").getAsString(), bsn);
        }
    }

    // ------------------------------------------------------------------ a module's download

    @Test
    void aModuleInstalledAtRunTimeSendsDownloadsThroughTheSharedExporter() throws Exception {
        installTestModule();
        HttpResponse<byte[]> csv = download("csv");
        assertEquals("text/csv; charset=UTF-8", csv.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"Scholen-in-Zaanstad-test.csv\"; filename*=UTF-8''Scholen-in-Zaanstad-test.csv",
                csv.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("no-store", csv.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("\uFEFFVestiging;Leerlingen (aantal);Gemiddelde afstand (km);Peildatum;Praktijkonderwijs\r\n"
                + "Basisschool De Regenboog;412;1,25;2019-10-01;nee\r\n"
                + "'=1+1;<5;;;\r\n", new String(csv.body(), StandardCharsets.UTF_8));

        HttpResponse<byte[]> xlsx = download("xlsx");
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx.headers().firstValue("Content-Type").orElse(""));
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("filename=\"Scholen-in-Zaanstad-test.xlsx\""));
        Map<String, String[]> cells = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx.body()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    NodeList list = factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()))
                            .getElementsByTagNameNS("*", "c");
                    for (int i = 0; i < list.getLength(); i++) {
                        Element c = (Element) list.item(i);
                        cells.put(c.getAttribute("r"), new String[] {c.getAttribute("t"), c.getTextContent()});
                    }
                }
            }
        }
        assertEquals("Scholen in Zaanstad: \"test\" <export>", cells.get("A1")[1]);
        assertEquals("Bron: DUO", cells.get("A2")[1]);
        assertEquals("Leerlingen (aantal)", cells.get("B3")[1]);
        assertArrayEquals(new String[] {"", "412"}, cells.get("B4"), "a number cell");
        assertArrayEquals(new String[] {"", "43739"}, cells.get("D4"), "1 October 2019 as an Excel date");
        assertArrayEquals(new String[] {"b", "0"}, cells.get("E4"), "a boolean cell");
        assertArrayEquals(new String[] {"inlineStr", "=1+1"}, cells.get("A5"), "text, never a formula");
    }

    private HttpResponse<byte[]> download(String format) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(product.uri("/api/itest/charts/export?formaat=" + format))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(20)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<byte[]> response = product.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        while (response.statusCode() == 404 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            response = product.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        return response;
    }

    // ------------------------------------------------------------------ a module's view

    @Test
    void aModuleDrawsChartsAndAMapThatWorkWithTheKeyboardAndPassAxe() throws Exception {
        TestData data = TestData.compute();
        try {
            journey(data);
        } catch (AssertionError | RuntimeException e) {
            chromium.keepEvidence("grafieken", product.output());
            throw e;
        }
    }

    private void journey(TestData data) throws Exception {
        installTestModule();
        browser.get(product.uri("/").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        chromium.logIn(wait, "beheerder", RunningProduct.ADMIN_PASSWORD);
        By nav = By.cssSelector("[data-view-id='" + VIEW + "']");
        wait.until(ExpectedConditions.elementToBeClickable(nav));
        chromium.js().executeScript("sessionStorage.setItem('nl.wij.itest.charts', arguments[0]);", GSON.toJson(data.json()));
        chromium.click(browser.findElement(nav));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#itest-grafieken[data-klaar='ja']")));

        // grouped bars: one rect per known value, an open circle per missing one
        WebElement bar = browser.findElement(By.id("itest-staaf"));
        WebElement barSvg = bar.findElement(By.cssSelector("svg[role='img']"));
        assertEquals(data.known(data.denominaties()), barSvg.findElements(By.cssSelector("rect.wij-chart__bar")).size());
        assertEquals(data.missing(data.denominaties()), barSvg.findElements(By.cssSelector("circle.wij-chart__missing")).size());
        assertEquals(data.title("itest-staaf"), barSvg.findElement(By.tagName("title")).getAttribute("textContent"));
        assertTrue(barSvg.findElement(By.tagName("desc")).getAttribute("textContent").contains("1 waarde zonder gegevens"));
        assertEquals(data.denominaties().size() + 1 + 1, bar.findElements(By.cssSelector(".wij-chart__legend-item")).size(),
                "series, 'geen gegevens' and the reference line");
        assertEquals("Bron: DUO", bar.findElement(By.cssSelector(".wij-chart__source")).getText());
        // stacked: the same numbers, one segment per known value
        assertEquals(data.known(data.denominaties()),
                browser.findElements(By.cssSelector("#itest-gestapeld rect.wij-chart__bar")).size());
        // line: a marker per known value, a line per series; the missing value splits its line in two
        WebElement line = browser.findElement(By.id("itest-lijn"));
        assertEquals(data.known(data.leerjaren()), line.findElements(By.cssSelector(".wij-chart__point")).size());
        List<WebElement> paths = line.findElements(By.cssSelector("path.wij-chart__line"));
        assertEquals(data.leerjaren().size(), paths.size());
        assertEquals(2, paths.get(0).getAttribute("d").chars().filter(c -> c == 'M').count());
        // scatter: a dot per vestiging with both numbers
        assertEquals(data.scatterPoints(), browser.findElements(By.cssSelector("#itest-spreiding circle.wij-chart__point")).size());

        // map: every gemeente of the boundary file drawn, those with a value classed, Zaanstad outlined
        WebElement map = browser.findElement(By.id("itest-kaart"));
        assertEquals(data.boundaryCodes().size(), map.findElements(By.cssSelector("path.wij-map__area")).size());
        assertEquals(data.mappedCodes().size(), map.findElements(By.cssSelector("path.wij-map__area:not([data-class='-1'])")).size());
        WebElement zaanstad = map.findElement(By.cssSelector("path.wij-map__area[data-code='GM0479']"));
        assertEquals("Zaanstad: " + dutch(data.perGemeente().get("GM0479")) + " scholen (gemarkeerd)", zaanstad.getAttribute("aria-label"));
        assertEquals(1, map.findElements(By.cssSelector("path.wij-map__highlight[data-code='GM0479']")).size());
        String note = map.findElement(By.cssSelector(".wij-chart__notes")).getText();
        assertFalse(data.unmatchedCodes().isEmpty(), "the DUO file has gemeenten merged after the boundary file");
        for (String code : data.unmatchedCodes()) {
            assertTrue(note.contains(code + " (" + dutch(data.perGemeente().get(code)) + " scholen)"), code + " in: " + note);
        }
        chromium.assertAccessible("grafieken en kaart");
        chromium.screenshot("grafieken.png");

        // the table toggle with the keyboard: Enter shows the table, Space the chart again; focus stays
        WebElement toggle = bar.findElement(By.cssSelector("button.wij-chart__toggle"));
        chromium.js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", toggle);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        WebElement table = bar.findElement(By.cssSelector("table"));
        wait.until(ExpectedConditions.visibilityOf(table));
        assertFalse(barSvg.isDisplayed());
        assertEquals("Toon als grafiek", toggle.getText());
        assertEquals(toggle, browser.switchTo().activeElement());
        assertTrue(table.findElement(By.tagName("caption")).getText().startsWith(data.title("itest-staaf")));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertEquals(data.gemeenten().size(), rows.size());
        long first = data.denominaties().get(0).getAsJsonObject().getAsJsonArray("values").get(0).getAsLong();
        assertEquals(data.gemeenteNames().get(0), rows.get(0).findElement(By.tagName("th")).getText());
        assertEquals(dutch(first), rows.get(0).findElements(By.tagName("td")).get(0).getText());
        assertEquals(1, table.findElements(By.xpath(".//td[text()='geen gegevens']")).size());
        chromium.assertAccessible("grafiek als tabel");
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        wait.until(ExpectedConditions.visibilityOf(barSvg));
        assertFalse(table.isDisplayed());
        assertEquals("Toon als tabel", toggle.getText());

        // the map: one Tab stop that starts on the highlighted gemeente; arrows move, Enter selects
        WebElement mapToggle = map.findElement(By.cssSelector("button.wij-chart__toggle"));
        chromium.js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", mapToggle);
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("GM0479", browser.switchTo().activeElement().getAttribute("data-code"));
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        WebElement next = browser.switchTo().activeElement();
        assertNotEquals("GM0479", next.getAttribute("data-code"));
        assertTrue(next.getAttribute("aria-label").matches(".+: .+"), next.getAttribute("aria-label"));
        assertEquals("0", next.getAttribute("tabindex"));
        assertEquals("-1", browser.findElement(By.cssSelector("#itest-kaart path[data-code='GM0479']")).getAttribute("tabindex"));
        new Actions(browser).sendKeys(Keys.ARROW_LEFT).sendKeys(Keys.ENTER).perform();
        assertEquals("GM0479", browser.switchTo().activeElement().getAttribute("data-code"));
        assertEquals("GM0479", browser.findElement(By.id("itest-gekozen")).getText());

        // responsive: a narrower window draws narrower charts
        int wide = Integer.parseInt(barSvg.getAttribute("width"));
        browser.manage().window().setSize(new Dimension(900, 900));
        // the chart is drawn again while the window resizes: an svg found a moment ago may be gone
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> Integer.parseInt(bar.findElement(By.cssSelector("svg[role='img']")).getAttribute("width")) < wide);
        chromium.screenshot("grafieken-smal.png");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static String dutch(Object number) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL")).format(((Number) number).longValue());
    }

    /** Installs the test module once for all tests of this class. */
    private static synchronized void installTestModule() throws IOException, InterruptedException {
        if (moduleInstalled) {
            return;
        }
        Map<String, String> headers = new HashMap<>(bearer());
        headers.put("Content-Type", "application/java-archive");
        headers.put("X-File-Name", "nl.wij.itest.charts.jar");
        HttpResponse<String> response = product.send("POST", "/api/modules/bundles", headers,
                HttpRequest.BodyPublishers.ofFile(RunningProduct.TEST_BUNDLES.resolve("nl.wij.itest.charts.jar")));
        assertEquals(201, response.statusCode(), response.body());
        moduleInstalled = true;
    }

    private static JsonArray features(String geojson) {
        return JsonParser.parseString(geojson).getAsJsonObject().getAsJsonArray("features");
    }

    private static JsonObject find(JsonArray array, String key, String value) {
        for (JsonElement element : array) {
            if (element.getAsJsonObject().get(key).getAsString().equals(value)) {
                return element.getAsJsonObject();
            }
        }
        return fail(value + " not in " + array);
    }

    static Path shared(String folder, String name) {
        Path file = Path.of(System.getProperty("wij.shared.data", "../../shared/data")).toAbsolutePath().normalize()
                .resolve(folder).resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("missing real data file " + file + " (set -Dwij.shared.data)");
        }
        return file;
    }

    /** Rows of a DUO file (';', ISO-8859-1) as maps by header. */
    static List<Map<String, String>> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        String[] header = lines.get(0).split(";", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) {
                row.put(header[i].strip(), cells[i].strip());
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The numbers the view draws, computed here from the real files: primary-school vestigingen in
     * Noord-Holland per gemeente (map) and per denominatie for the four largest gemeenten (bars,
     * one value left out to show a gap), secondary pupils in Noord-Holland per leerjaar and sex
     * (lines, one value left out), and Zaanstad's schools by pupils and mean distance (scatter).
     */
    record TestData(JsonObject json, Map<String, Integer> perGemeente, List<String> gemeenten, List<String> gemeenteNames,
            JsonArray denominaties, JsonArray leerjaren, int scatterPoints, TreeSet<String> boundaryCodes) {

        static TestData compute() throws IOException {
            List<Map<String, String>> bo = rows(shared("duo", "alle-vestigingen-bo.csv")).stream()
                    .filter(r -> NOORD_HOLLAND.equals(r.get("PROVINCIE"))).toList();
            Map<String, Integer> perGemeente = new TreeMap<>();
            Map<String, String> names = new HashMap<>();
            for (Map<String, String> r : bo) {
                String code = "GM" + r.get("GEMEENTENUMMER");
                perGemeente.merge(code, 1, Integer::sum);
                names.put(code, r.get("GEMEENTENAAM"));
            }
            List<String> largest = perGemeente.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(4).map(Map.Entry::getKey).toList();
            List<String> denominations = bo.stream().collect(Collectors.groupingBy(r -> r.get("DENOMINATIE"), Collectors.counting()))
                    .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3).map(Map.Entry::getKey).toList();
            JsonArray denominaties = new JsonArray();
            for (String denomination : denominations) {
                JsonArray values = new JsonArray();
                for (String code : largest) {
                    values.add(bo.stream().filter(r -> code.equals("GM" + r.get("GEMEENTENUMMER"))
                            && denomination.equals(r.get("DENOMINATIE"))).count());
                }
                denominaties.add(series(denomination, values));
            }
            denominaties.get(denominaties.size() - 1).getAsJsonObject().getAsJsonArray("values").set(largest.size() - 1, JsonNull.INSTANCE);

            List<Map<String, String>> vo = rows(shared("duo", "leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv")).stream()
                    .filter(r -> NOORD_HOLLAND.equals(r.get("PROVINCIE VESTIGING"))).toList();
            JsonArray leerjaren = new JsonArray();
            for (String sex : List.of("MAN", "VROUW")) {
                JsonArray values = new JsonArray();
                for (int year = 1; year <= 6; year++) {
                    String column = "LEER- OF VERBLIJFSJAAR " + year + " - " + sex;
                    values.add(vo.stream().map(r -> r.get(column)).filter(v -> v != null && v.matches("\\d+")).mapToLong(Long::parseLong).sum());
                }
                leerjaren.add(series(sex.equals("MAN") ? "Jongens" : "Meisjes", values));
            }
            leerjaren.get(0).getAsJsonObject().getAsJsonArray("values").set(2, JsonNull.INSTANCE);

            JsonArray points = new JsonArray();
            for (Map<String, String> r : rows(shared("duo", "gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv"))) {
                if ("479".equals(r.get("GEMEENTENUMMER")) && r.get("AFSTAND").matches("[\\d,]+") && r.get("LEERLINGEN").matches("\\d+")) {
                    JsonObject point = new JsonObject();
                    point.addProperty("x", Double.parseDouble(r.get("AFSTAND").replace(',', '.')) / 1000);
                    point.addProperty("y", Integer.parseInt(r.get("LEERLINGEN")));
                    point.addProperty("label", r.get("INSTELLINGSNAAM_VESTIGING"));
                    points.add(point);
                }
            }

            JsonObject charts = new JsonObject();
            List<String> largestNames = largest.stream().map(names::get).toList();
            charts.add("itest-staaf", chart("bar", "Basisscholen in Noord-Holland per denominatie", "Gemeente", largestNames,
                    "Vestigingen", "aantal", denominaties, threshold(20, "Twintig")));
            charts.add("itest-gestapeld", chart("stacked", "Basisscholen gestapeld", "Gemeente", largestNames,
                    "Vestigingen", "aantal", denominaties, null));
            charts.add("itest-lijn", chart("line", "Leerlingen vo in Noord-Holland per leerjaar", "Leerjaar",
                    List.of("1", "2", "3", "4", "5", "6"), "Leerlingen", "leerlingen", leerjaren, null));
            JsonObject scatter = chart("scatter", "Scholen in Zaanstad: afstand en omvang", null, null, "Leerlingen", "leerlingen", null,
                    threshold(200, "Tweehonderd"));
            JsonObject x = new JsonObject();
            x.addProperty("label", "Gemiddelde afstand");
            x.addProperty("unit", "km");
            scatter.add("x", x);
            scatter.add("points", points);
            charts.add("itest-spreiding", scatter);

            JsonObject map = new JsonObject();
            map.addProperty("title", "Basisscholen per gemeente in Noord-Holland");
            map.addProperty("source", "DUO");
            map.addProperty("level", "gemeente");
            map.addProperty("unit", "scholen");
            map.addProperty("fit", "values");
            JsonObject values = new JsonObject();
            perGemeente.forEach(values::addProperty);
            map.add("values", values);
            JsonArray highlight = new JsonArray();
            highlight.add("GM0479");
            map.add("highlight", highlight);
            JsonObject json = new JsonObject();
            json.add("charts", charts);
            json.add("map", map);

            TreeSet<String> boundaryCodes = new TreeSet<>();
            features(Files.readString(shared("geo", "townships.geojson"), StandardCharsets.UTF_8)).forEach(f ->
                    boundaryCodes.add("GM" + f.getAsJsonObject().getAsJsonObject("properties").get("code").getAsString()));
            return new TestData(json, perGemeente, largest, largestNames, denominaties, leerjaren, points.size(), boundaryCodes);
        }

        String title(String chart) {
            return json.getAsJsonObject("charts").getAsJsonObject(chart).get("title").getAsString();
        }

        int known(JsonArray series) {
            return count(series, false);
        }

        int missing(JsonArray series) {
            return count(series, true);
        }

        private static int count(JsonArray series, boolean nulls) {
            int n = 0;
            for (JsonElement s : series) {
                for (JsonElement v : s.getAsJsonObject().getAsJsonArray("values")) {
                    n += v.isJsonNull() == nulls ? 1 : 0;
                }
            }
            return n;
        }

        List<String> mappedCodes() {
            return perGemeente.keySet().stream().filter(boundaryCodes::contains).toList();
        }

        List<String> unmatchedCodes() {
            return perGemeente.keySet().stream().filter(code -> !boundaryCodes.contains(code)).toList();
        }

        private static JsonObject series(String name, JsonArray values) {
            JsonObject series = new JsonObject();
            series.addProperty("name", name);
            series.add("values", values);
            return series;
        }

        private static JsonArray threshold(int value, String label) {
            JsonObject threshold = new JsonObject();
            threshold.addProperty("value", value);
            threshold.addProperty("label", label);
            JsonArray thresholds = new JsonArray();
            thresholds.add(threshold);
            return thresholds;
        }

        private static JsonObject chart(String type, String title, String xLabel, List<String> categories, String yLabel, String unit,
                JsonArray series, JsonArray thresholds) {
            JsonObject chart = new JsonObject();
            chart.addProperty("type", type);
            chart.addProperty("title", title);
            chart.addProperty("source", "DUO");
            if (categories != null) {
                JsonObject x = new JsonObject();
                x.addProperty("label", xLabel);
                x.add("categories", GSON.toJsonTree(categories));
                chart.add("x", x);
            }
            JsonObject y = new JsonObject();
            y.addProperty("label", yLabel);
            y.addProperty("unit", unit);
            chart.add("y", y);
            if (series != null) {
                chart.add("series", series);
            }
            if (thresholds != null) {
                chart.add("thresholds", thresholds);
            }
            return chart;
        }
    }
}
