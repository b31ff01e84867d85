package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The view "Gegevens importeren" in a real headless Chromium with the profile {@code demo}: a real
 * DUO file chosen in the form is uploaded (XMLHttpRequest with a progress bar and the CSRF token)
 * and its report shown per kind of data; a broken file shows its problems by line and column; the
 * recent imports list the demo's. axe-core checks the view for serious and critical violations.
 */
class ImportBrowserIT {

    @TempDir
    static Path temp;

    static RunningProduct product;
    static HeadlessChromium chromium;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        product = RunningProduct.start(temp.resolve("data"), "--profile", "demo");
        chromium = HeadlessChromium.start(temp.resolve("chromium"), 1280, 900);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
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
            chromium.keepEvidence("import", product.output());
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
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-perspective-id='nl.wij.core.editors.perspective.model']"))));
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-view-id='nl.wij.core.imports.view.importeren']"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-import-recent]"),
                "import:demo"));
        assertTrue(browser.findElements(By.cssSelector("progress")).size() == 1, "the view has a progress bar");

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
