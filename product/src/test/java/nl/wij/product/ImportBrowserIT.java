package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.google.gson.JsonParser;

/**
 * The view "Gegevens importeren" in a real headless Chromium with the profile {@code demo}: the kinds
 * of file come from {@code /api/import/kinds}, and a module installed and stopped at run time adds
 * and removes its kind without a reload (its file is imported through the same form); a real DUO
 * file chosen in the form is uploaded (XMLHttpRequest with a progress bar and the CSRF token) and
 * its report shown per kind of data; a broken file shows its problems by line and column; the
 * recent imports list the demo's. axe-core checks the view for serious and critical violations.
 */
class ImportBrowserIT {

    @TempDir
    static Path temp;

    static RunningProduct product;
    static HeadlessChromium chromium;
    static WebDriver browser;

    static String token;

    @BeforeAll
    static void start() throws Exception {
        token = RunningProduct.createToken("--data", temp.resolve("data").toString(), "--profile", "demo");
        product = RunningProduct.start(temp.resolve("data"), "--profile", "demo");
        chromium = HeadlessChromium.start(temp.resolve("chromium"), 1280, 900);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        HeadlessChromium.closeBoth(chromium, product);
    }

    @Test
    void uploadARealFileSeeItsReportAndABrokenOnesProblems() throws Exception {
        try {
            journey();
        } catch (AssertionError | RuntimeException e) {
            chromium.keepEvidence("import", product.output());
            throw e;
        }
    }

    private void journey() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(product.uri("/").toString());
        chromium.logIn(wait, "beheerder", RunningProduct.ADMIN_PASSWORD);
        // The view joins the editors' perspective "Gegevens", next to the Modelverkenner.
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-perspective-id='nl.wij.core.editors.perspective.model']"))));
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-view-id='nl.wij.core.imports.view.importeren']"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-import-recent]"),
                "import:demo"));
        assertTrue(browser.findElements(By.cssSelector("progress")).size() == 1, "the view has a progress bar");
        chromium.js().executeScript("window.wijTestNoReload = true;");

        // The kinds come from GET /api/import/kinds: the select and the file chooser's accept follow them.
        By kindOptions = By.cssSelector("select[name=soort] option");
        // The DUO kinds and those of the modules in the demo profile (ihp, goab), in the order of the API.
        List<String> options = new java.util.ArrayList<>(List.of(""));
        java.util.Set<String> extensions = new java.util.LinkedHashSet<>();
        JsonParser.parseString(product.get("/api/import/kinds", Map.of("Authorization", "Bearer " + token)).body())
                .getAsJsonObject().getAsJsonArray("kinds").forEach(k -> {
                    options.add(k.getAsJsonObject().get("id").getAsString());
                    k.getAsJsonObject().getAsJsonArray("extensions").forEach(e -> extensions.add(e.getAsString()));
                });
        String accept = String.join(",", extensions);
        assertTrue(options.containsAll(List.of("leerlingen-po", "leerlingen-vo", "vestigingen-po", "vestigingen-vo")), options.toString());
        wait.until(ExpectedConditions.numberOfElementsToBe(kindOptions, options.size()));
        assertEquals(options, browser.findElements(kindOptions).stream().map(o -> o.getAttribute("value")).toList());
        assertEquals(accept, browser.findElement(By.cssSelector("input[type=file]")).getAttribute("accept"));
        assertTrue(browser.findElement(By.cssSelector("[data-import-kinds]")).getText().contains("Vestigingen po (DUO)"));

        // A module with its own kind of file is installed (by a script, another beheerder): its kind appears live.
        var installed = product.install("nl.wij.itest.importer.jar", token);
        assertEquals(201, installed.statusCode(), installed.body());
        long module = JsonParser.parseString(installed.body()).getAsJsonObject().get("id").getAsLong();
        By moduleOption = By.cssSelector("select[name=soort] option[value='itest-gemeenten']");
        wait.until(ExpectedConditions.presenceOfElementLocated(moduleOption));
        assertTrue(browser.findElement(By.cssSelector("[data-import-kinds]")).getText().contains("Testgemeenten"));
        new Select(browser.findElement(By.cssSelector("select[name=soort]"))).selectByValue("itest-gemeenten");
        assertEquals(".csv", browser.findElement(By.cssSelector("input[type=file]")).getAttribute("accept"));
        Path gemeenten = Files.writeString(Files.createDirectories(temp.resolve("module")).resolve("testgemeenten.csv"),
                "TESTGEMEENTE;NAAM\nGM9911;Testgemeente Browser\n");
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(gemeenten.toString());
        chromium.click(browser.findElement(By.cssSelector("[data-action='importeren']")));
        WebElement moduleResult = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-import-result] table")));
        assertTrue(moduleResult.getText().contains("Gemeenten"), moduleResult.getText());
        assertTrue(browser.findElement(By.cssSelector("[data-import-result]")).getText().contains("Testgemeenten"));
        chromium.assertAccessible("importweergave met de soort van een module");

        // Stopped: its kind goes, without a reload.
        assertEquals(200, product.send("POST", "/api/modules/bundles/" + module + "/stop", Map.of("Authorization",
                "Bearer " + token), HttpRequest.BodyPublishers.noBody()).statusCode());
        wait.until(ExpectedConditions.numberOfElementsToBe(moduleOption, 0));
        assertEquals("", new Select(browser.findElement(By.cssSelector("select[name=soort]")))
                .getFirstSelectedOption().getAttribute("value"));
        assertEquals(accept, browser.findElement(By.cssSelector("input[type=file]")).getAttribute("accept"));
        assertEquals(Boolean.TRUE, chromium.js().executeScript("return window.wijTestNoReload === true;"),
                "the page was reloaded instead of updated live");

        Path vo = shared("alle-vestigingen-vo.csv");
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(vo.toString());
        chromium.click(browser.findElement(By.cssSelector("[data-action='importeren']")));
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-import-result] table")));
        String text = result.getText();
        assertTrue(text.contains("Vestigingen"), text);
        assertTrue(text.contains("Gemeenten"), text);
        assertTrue(browser.findElement(By.cssSelector("[data-import-status]")).getText().contains("is ingelezen"));
        chromium.screenshot("import-resultaat.png");
        chromium.assertAccessible("importweergave met resultaat");

        List<String> lines = Files.readAllLines(shared("alle-vestigingen-bo.csv"), StandardCharsets.ISO_8859_1);
        String[] fields = lines.get(9).split(";", -1);
        fields[9] = "tien";
        lines.set(9, String.join(";", fields));
        Path broken = Files.createDirectories(temp.resolve("kapot")).resolve("alle-vestigingen-bo.csv");
        Files.write(broken, lines, StandardCharsets.ISO_8859_1);
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(broken.toString());
        chromium.click(browser.findElement(By.cssSelector("[data-action='importeren']")));
        WebElement problems = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-import-problems] table")));
        assertTrue(problems.getText().contains("10") && problems.getText().contains("GEMEENTENUMMER"),
                problems.getText());
        assertTrue(browser.findElement(By.cssSelector("[data-import-alert]")).getText().contains("er is niets ingelezen"));
        chromium.screenshot("import-geweigerd.png");
        chromium.assertAccessible("importweergave met problemen");
    }

    private static Path shared(String name) {
        return Path.of(System.getProperty("wij.shared.data", "../../shared/data")).toAbsolutePath().normalize()
                .resolve("duo").resolve(name);
    }

}
