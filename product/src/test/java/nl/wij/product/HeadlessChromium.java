package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver (no browser
 * download), with what every browser test needs: clicking clear of the sticky status line,
 * axe-core checks, screenshots and evidence on failure in {@code target/browser-evidence}.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path EVIDENCE = Path.of("target/browser-evidence");

    private final WebDriver driver;

    private HeadlessChromium(WebDriver driver) {
        this.driver = driver;
    }

    static HeadlessChromium start(Path userDataDir, int width, int height) {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver (.ci/run does this)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height, "--lang=nl", "--user-data-dir=" + userDataDir);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options));
    }

    WebDriver driver() {
        return driver;
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** Clicks after scrolling the element to the middle, clear of the sticky status line. */
    void click(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** A picture of the whole page (the window is made as tall as the page for it). */
    Path screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(EVIDENCE);
        Dimension size = driver.manage().window().getSize();
        Object height = js().executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(size.getWidth(), Math.min(8000, ((Number) height).intValue() + 100)));
        try {
            Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(size);
        }
        return dir;
    }

    /** Fills in and sends the login page, which the browser is on or is being sent to. */
    void logIn(WebDriverWait wait, String user, String password) {
        wait.until(ExpectedConditions.urlContains("/public/login.html"));
        driver.findElement(By.id("gebruikersnaam")).sendKeys(user);
        driver.findElement(By.id("wachtwoord")).sendKeys(password);
        driver.findElement(By.id("inloggen")).click();
    }

    /** Closes the browser, then the product; either may be null (a failed start). */
    static void closeBoth(HeadlessChromium chromium, RunningProduct product) throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (product != null) {
            product.close();
        }
    }

    /** On failure: a screenshot, the page source, and the browser console with the product's log. */
    void keepEvidence(String prefix, String productOutput) throws IOException {
        Path dir = screenshot(prefix + "-failure.png");
        Files.writeString(dir.resolve(prefix + "-page.html"), driver.getPageSource());
        StringBuilder console = new StringBuilder();
        driver.manage().logs().get(LogType.BROWSER).forEach(entry -> console.append(entry).append('\n'));
        Files.writeString(dir.resolve(prefix + "-console.log"), console + "\n--- product ---\n" + productOutput);
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page; serious or critical findings fail. */
    void assertAccessible(String page) throws IOException {
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
                serious.add(v.get("id").getAsString() + " (" + impact + "): " + v.get("help").getAsString() + " at "
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

    @Override
    public void close() {
        driver.quit();
    }
}
