package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The workbench in a real headless Chromium (Debian's chromium and chromium-driver; no browser
 * download): log in, see a module's view appear when its bundle is installed, open it, and see it
 * vanish without a page reload when the bundle stops. axe-core checks the pages for serious and
 * critical accessibility violations.
 */
class WorkbenchBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String VIEW = "nl.wij.itest.contribution.view.test";

    @TempDir
    static Path temp;

    static RunningProduct product;
    static String token;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver (.ci/run does this)");
        RunningProduct.Result created = RunningProduct.runToEnd(List.of("token", "create", "--user", "beheerder",
                "--data", temp.resolve("data").toString()));
        Matcher secret = Pattern.compile("wij_[A-Za-z0-9_-]+").matcher(created.output());
        assertTrue(secret.find(), created.output());
        token = secret.group();
        product = RunningProduct.start(temp.resolve("data"));

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=nl", "--user-data-dir=" + temp.resolve("chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
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
    void logInSeeAModuleViewComeAndGoLiveWithAccessiblePages() throws Exception {
        try {
            journey();
        } catch (AssertionError | RuntimeException e) {
            keepEvidence();
            throw e;
        }
    }

    /** Keeps a picture of the page in target/browser-evidence, for people reviewing a build. */
    private static Path screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/browser-evidence"));
        Files.write(dir.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return dir;
    }

    /** On failure: a screenshot, the page source and the browser console, in target/browser-evidence. */
    private void keepEvidence() throws IOException {
        Path dir = screenshot("failure.png");
        Files.writeString(dir.resolve("page.html"), browser.getPageSource());
        StringBuilder console = new StringBuilder();
        browser.manage().logs().get(LogType.BROWSER).forEach(entry -> console.append(entry).append('\n'));
        Files.writeString(dir.resolve("console.log"), console + "\n--- product ---\n" + product.output());
    }

    private void journey() throws Exception {
        browser.get(product.uri("/").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.urlContains("/public/login.html"));
        assertNoSeriousAccessibilityViolations("inlogpagina");

        browser.findElement(By.id("gebruikersnaam")).sendKeys("beheerder");
        browser.findElement(By.id("wachtwoord")).sendKeys(RunningProduct.ADMIN_PASSWORD);
        browser.findElement(By.id("inloggen")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-view-id='nl.wij.workbench.shell.view.welkom']")));
        js().executeScript("window.wijTestNoReload = true;");

        long id = installTestModule();
        By nav = By.cssSelector("[data-view-id='" + VIEW + "']");
        wait.until(ExpectedConditions.elementToBeClickable(nav)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("itest-view-content")));
        assertTrue(browser.findElement(By.id("itest-view-content")).getText().contains("beheerder"));
        assertNoSeriousAccessibilityViolations("werkbank met testweergave");
        screenshot("werkbank.png");

        // The beheerder stops the module in the Modules view; its open view closes live.
        browser.findElement(By.cssSelector("[data-perspective-id='nl.wij.workbench.shell.perspective.beheer']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-view-id='nl.wij.workbench.shell.view.modules']"))).click();
        By stop = By.cssSelector("[data-action='stop'][data-bundle='nl.wij.itest.contribution']");
        click(wait.until(ExpectedConditions.elementToBeClickable(stop)));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-view-panel='" + VIEW + "']"), 0));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statusregel"), "Testweergave"));
        assertNoSeriousAccessibilityViolations("modulebeheer");
        screenshot("modules.png");
        browser.findElement(By.cssSelector("[data-perspective-id='wij.perspective.start']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-view-id='nl.wij.workbench.shell.view.welkom']")));
        assertEquals(0, browser.findElements(nav).size(), "the stopped module's view is still listed");
        assertEquals(Boolean.TRUE, js().executeScript("return window.wijTestNoReload === true;"),
                "the page was reloaded instead of updated live");

        // Started again from outside (another beheerder, a script): it comes back without a reload.
        assertEquals(200, product.send("POST", "/api/modules/bundles/" + id + "/start",
                Map.of("Authorization", "Bearer " + token), HttpRequest.BodyPublishers.noBody()).statusCode());
        wait.until(ExpectedConditions.presenceOfElementLocated(nav));
    }

    private long installTestModule() throws IOException, InterruptedException {
        var response = product.send("POST", "/api/modules/bundles",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/java-archive",
                        "X-File-Name", "nl.wij.itest.contribution.jar"),
                HttpRequest.BodyPublishers.ofFile(RunningProduct.TEST_BUNDLES.resolve("nl.wij.itest.contribution.jar")));
        assertEquals(201, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject().get("id").getAsLong();
    }

    /** Clicks after scrolling the element to the middle, clear of the sticky status line. */
    private void click(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page. */
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
                JsonArray nodes = v.getAsJsonArray("nodes");
                serious.add(v.get("id").getAsString() + " (" + impact + "): " + v.get("help").getAsString() + " at "
                        + nodes.get(0).getAsJsonObject().get("target"));
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
