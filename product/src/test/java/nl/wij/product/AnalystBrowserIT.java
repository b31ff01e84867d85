package nl.wij.product;

import static nl.wij.product.ProductIT.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst's journey in a real headless Chromium with the profile {@code demo}: an analist logs
 * in, opens the catalog, runs a query, pages through the result, downloads it as CSV (the file is
 * checked on disk), makes a bar chart, saves the query with it and sees the chart again when the
 * saved query is opened after a reload. axe-core checks each step.
 */
class AnalystBrowserIT {

    private static final String ANALIST = "analiste";
    private static final String PASSWORD = "Analist-wachtwoord-2024";

    @TempDir
    static Path temp;

    static RunningProduct product;
    static HeadlessChromium chromium;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Path data = temp.resolve("data");
        String secret = RunningProduct.createToken("--label", "browsertest", "--data", data.toString(), "--profile", "demo");
        product = RunningProduct.start(data, "--profile", "demo");
        assertEquals(201, product.send("POST", "/api/accounts", Map.of("Authorization", "Bearer " + secret,
                "Content-Type", "application/json"), body("{\"name\": \"" + ANALIST + "\", \"password\": \"" + PASSWORD
                        + "\", \"roles\": [\"analist\"]}")).statusCode());
        product.awaitDemoImport(secret);
        chromium = HeadlessChromium.start(temp.resolve("chromium"), 1280, 900);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        HeadlessChromium.closeBoth(chromium, product);
    }

    @Test
    void anAnalistQueriesPagesDownloadsAndSavesABarChart() throws Exception {
        try {
            journey();
        } catch (AssertionError | RuntimeException e) {
            chromium.keepEvidence("analyse", product.output());
            throw e;
        }
    }

    private void journey() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Path downloads = Files.createDirectories(temp.resolve("downloads"));
        ((HasCdp) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.get(product.uri("/").toString());
        chromium.logIn(wait, ANALIST, PASSWORD);

        openAnalysis(wait, "nl.wij.analysis.web.view.catalogus");
        WebElement vestiging = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-catalog-view='core.vestiging']")));
        chromium.click(vestiging.findElement(By.tagName("summary")));
        assertTrue(vestiging.getText().contains("gemeente_code"), vestiging.getText());
        chromium.screenshot("analyse-catalogus.png");
        chromium.assertAccessible("catalogus");

        chromium.click(browser.findElement(By.cssSelector("[data-view-id='nl.wij.analysis.web.view.zoekvragen']")));
        WebElement sql = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-query-sql]")));
        sql.sendKeys("SELECT naam, plaats FROM core.vestiging ORDER BY naam");
        chromium.click(browser.findElement(By.cssSelector("[data-action='uitvoeren']")));
        By page = By.cssSelector("[data-query-page]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(page, "Rijen 1–25 van"));
        String total = browser.findElement(page).getText().replaceAll(".* van (\\d+) .*", "$1");
        assertEquals(25, browser.findElements(By.cssSelector("[data-query-result] tbody tr")).size());
        chromium.click(browser.findElement(By.cssSelector("[data-action='volgende']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(page, "Rijen 26–50 van " + total));
        chromium.assertAccessible("zoekvraag met resultaat");

        chromium.click(browser.findElement(By.cssSelector("[data-action='csv']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-query-status]"), "gedownload"));
        Path csv = awaitFile(downloads, ".csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFnaam;plaats", lines.get(0));
        assertEquals(Integer.parseInt(total) + 1, lines.stream().filter(l -> !l.isBlank()).count(), csv.toString());

        sql.clear();
        sql.sendKeys("SELECT soort, SUM(aantal) AS leerlingen FROM core.leerlingtelling GROUP BY soort ORDER BY soort");
        chromium.click(browser.findElement(By.cssSelector("[data-action='uitvoeren']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(page, "van 5"));
        new Select(browser.findElement(By.cssSelector("[data-chart-type]"))).selectByValue("bar");
        new Select(browser.findElement(By.cssSelector("[data-chart-label]"))).selectByValue("soort");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-query-chart] figure svg")));
        browser.findElement(By.cssSelector("[data-save-name]")).sendKeys("Leerlingen per soort");
        chromium.click(browser.findElement(By.cssSelector("[data-action='opslaan']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-saved-query='Leerlingen per soort']")));
        chromium.screenshot("analyse-grafiek.png");
        chromium.assertAccessible("zoekvraag met staafdiagram");

        browser.navigate().refresh();
        openAnalysis(wait, "nl.wij.analysis.web.view.zoekvragen");
        WebElement saved = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-saved-query='Leerlingen per soort'] button")));
        chromium.click(saved);
        WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-query-chart] figure svg")));
        assertEquals("bar", new Select(browser.findElement(By.cssSelector("[data-chart-type]")))
                .getFirstSelectedOption().getAttribute("value"));
        assertTrue(chart.findElement(By.xpath("..")).getText().contains("Leerlingen per soort")
                || browser.findElement(By.cssSelector("[data-query-chart]")).getText().contains("Leerlingen per soort"),
                browser.findElement(By.cssSelector("[data-query-chart]")).getText());
    }

    private void openAnalysis(WebDriverWait wait, String view) {
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-perspective-id='nl.wij.analysis.web.perspective.analyse']"))));
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-view-id='" + view + "']"))));
    }

    private static Path awaitFile(Path dir, String suffix) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(dir)) {
                Path found = files.filter(p -> p.toString().endsWith(suffix)).findFirst().orElse(null);
                if (found != null && Files.size(found) > 0) {
                    return found;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " download in " + dir);
    }
}
