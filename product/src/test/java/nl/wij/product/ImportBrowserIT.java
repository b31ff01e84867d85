package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The view "Gegevens importeren" in a real headless Chromium with the profile {@code demo}: a real
 * DUO file chosen in the form is uploaded (XMLHttpRequest with a progress bar and the CSRF token)
 * and its report shown per kind of data; a broken file shows its problems by line and column; the
 * recent imports list the demo's. axe-core checks the view for serious and critical violations.
 */
class ImportBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path temp;

    static RunningProduct product;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver (.ci/run does this)");
        product = RunningProduct.start(temp.resolve("data"), "--profile", "demo");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=nl", "--user-data-dir=" + temp.resolve("chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (product != null) {
            product.close();
        }
    }

    @Test
    void uploadARealFileSeeItsReportAndABrokenOnesProblems() throws Exception {
        try {
            journey();
        } catch (AssertionError | RuntimeException e) {
            Path dir = screenshot("import-failure.png");
            Files.writeString(dir.resolve("import-page.html"), browser.getPageSource());
            StringBuilder console = new StringBuilder();
            browser.manage().logs().get(LogType.BROWSER).forEach(entry -> console.append(entry).append('\n'));
            Files.writeString(dir.resolve("import-console.log"), console + "\n--- product ---\n" + product.output());
            throw e;
        }
    }

    private void journey() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(product.uri("/").toString());
        wait.until(ExpectedConditions.urlContains("/public/login.html"));
        browser.findElement(By.id("gebruikersnaam")).sendKeys("beheerder");
        browser.findElement(By.id("wachtwoord")).sendKeys(RunningProduct.ADMIN_PASSWORD);
        browser.findElement(By.id("inloggen")).click();
        // The view joins the editors' perspective "Gegevens", next to the Modelverkenner.
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-perspective-id='nl.wij.core.editors.perspective.model']"))));
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-view-id='nl.wij.core.imports.view.importeren']"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-import-recent]"),
                "import:demo"));
        assertTrue(browser.findElements(By.cssSelector("progress")).size() == 1, "the view has a progress bar");

        Path vo = shared("alle-vestigingen-vo.csv");
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(vo.toString());
        click(browser.findElement(By.cssSelector("[data-action='importeren']")));
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-import-result] table")));
        String text = result.getText();
        assertTrue(text.contains("Vestigingen"), text);
        assertTrue(text.contains("Gemeenten"), text);
        assertTrue(browser.findElement(By.cssSelector("[data-import-status]")).getText().contains("is ingelezen"));
        screenshot("import-resultaat.png");
        assertNoSeriousAccessibilityViolations("importweergave met resultaat");

        List<String> lines = Files.readAllLines(shared("alle-vestigingen-bo.csv"), StandardCharsets.ISO_8859_1);
        String[] fields = lines.get(9).split(";", -1);
        fields[9] = "tien";
        lines.set(9, String.join(";", fields));
        Path broken = Files.createDirectories(temp.resolve("kapot")).resolve("alle-vestigingen-bo.csv");
        Files.write(broken, lines, StandardCharsets.ISO_8859_1);
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(broken.toString());
        click(browser.findElement(By.cssSelector("[data-action='importeren']")));
        WebElement problems = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-import-problems] table")));
        assertTrue(problems.getText().contains("10") && problems.getText().contains("GEMEENTENUMMER"),
                problems.getText());
        assertTrue(browser.findElement(By.cssSelector("[data-import-alert]")).getText().contains("er is niets ingelezen"));
        screenshot("import-geweigerd.png");
        assertNoSeriousAccessibilityViolations("importweergave met problemen");
    }

    private static Path shared(String name) {
        return Path.of(System.getProperty("wij.shared.data", "../../shared/data")).toAbsolutePath().normalize()
                .resolve("duo").resolve(name);
    }

    private static Path screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/browser-evidence"));
        Files.write(dir.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return dir;
    }

    private void click(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    private void assertNoSeriousAccessibilityViolations(String page) throws IOException {
        js().executeScript(axeSource());
        Object result = js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(JSON.stringify(r.violations)), e => done('FOUT ' + e));
                """);
        String text = String.valueOf(result);
        assertTrue(text.startsWith("["), "axe-core failed on " + page + ": " + text);
        List<String> serious = new ArrayList<>();
        for (JsonElement violation : JsonParser.parseString(text).getAsJsonArray()) {
            JsonObject v = violation.getAsJsonObject();
            String impact = v.get("impact").isJsonNull() ? "" : v.get("impact").getAsString();
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(v.get("id").getAsString() + " (" + impact + ") at "
                        + v.getAsJsonArray("nodes").get(0).getAsJsonObject().get("target"));
            }
        }
        assertEquals(List.of(), serious, "accessibility violations on " + page);
    }

    private static String axeSource() throws IOException {
        try (JarFile jar = new JarFile(RunningProduct.TEST_BUNDLES.resolve("axe-core.jar").toFile())) {
            var entry = jar.stream().filter(e -> e.getName().endsWith("/axe.min.js")).findFirst().orElseThrow();
            try (InputStream in = jar.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
