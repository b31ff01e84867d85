package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Onderwijskansen in a real headless Chromium with the profile {@code demo}: the demo shows Zaanstad
 * with its real CBS scores and example data marked "voorbeeld"; a beleidsmedewerker (the beheerder)
 * enters an overspent measure and sees it marked and signalled, imports the national CBS file through
 * "Gegevens importeren", and sees the gemeente overview and, on Enter, the list of Zaanstad's schools. axe-core checks every
 * GOAB view for serious and critical violations.
 */
class GoabBrowserIT {

    private static final String PERSPECTIVE = "[data-perspective-id='nl.wij.goab.web.perspective.onderwijskansen']";

    @TempDir
    static Path temp;

    static RunningProduct product;
    static HeadlessChromium chromium;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        product = RunningProduct.start(temp.resolve("data"), "--profile", "demo");
        chromium = HeadlessChromium.start(temp.resolve("chromium"), 1280, 1000);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        HeadlessChromium.closeBoth(chromium, product);
    }

    @Test
    void enterAMeasureImportScoresSeeTheGemeenteOverviewAndAProblem() throws Exception {
        try {
            journey();
        } catch (AssertionError | RuntimeException e) {
            chromium.keepEvidence("goab", product.output());
            throw e;
        }
    }

    private void journey() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        browser.get(product.uri("/").toString());
        chromium.logIn(wait, "beheerder", RunningProduct.ADMIN_PASSWORD);
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(PERSPECTIVE))));

        // The demo's example measures appear once the demo has loaded them, marked as examples.
        openView("budget");
        wait.until(d -> {
            d.navigate().refresh();
            chromium.click(new WebDriverWait(d, Duration.ofSeconds(30))
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-view-id='nl.wij.goab.web.view.budget']"))));
            return !d.findElements(By.cssSelector("[data-maatregelen] [data-voorbeeld]")).isEmpty();
        });
        assertTrue(browser.findElement(By.cssSelector("[data-voorbeeld-melding]")).isDisplayed());
        chromium.assertAccessible("budget en maatregelen");

        // Enter an overspent measure in this year (the demo's uitkering covers it).
        WebElement form = browser.findElement(By.cssSelector("[data-action='maatregel-opslaan']")).findElement(By.xpath("./ancestor::form"));
        form.findElement(By.name("naam")).sendKeys("Schakelklas browsertest");
        form.findElement(By.name("code")).sendKeys("schakelklas-browsertest");
        new Select(form.findElement(By.name("soort"))).selectByValue("schakelklas");
        form.findElement(By.name("jaar")).clear();
        form.findElement(By.name("jaar")).sendKeys(Integer.toString(LocalDate.now().getYear()));
        form.findElement(By.name("begroot")).sendKeys("1000");
        form.findElement(By.name("besteed")).sendKeys("1500");
        chromium.click(form.findElement(By.cssSelector("[data-action='maatregel-opslaan']")));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-maatregel='schakelklas-browsertest'] [data-stand='OVERBESTEED']")));
        assertTrue(row.getText().contains("Overbesteed"), row.getText());
        chromium.screenshot("goab-budget.png");

        // The Problems view shows the overspending once refreshed.
        chromium.click(browser.findElement(By.id("signaleringen-vernieuwen")));
        WebElement problem = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-problem-id='nl.wij.goab.web.problem/besteding/schakelklas-browsertest|" + LocalDate.now().getYear() + "']")));
        assertTrue(problem.getText().contains("Schakelklas browsertest is in " + LocalDate.now().getYear() + " overbesteed"),
                problem.getText());

        // Import the national CBS file through the generic import view.
        chromium.click(browser.findElement(By.cssSelector("[data-perspective-id='nl.wij.core.editors.perspective.model']")));
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-view-id='nl.wij.core.imports.view.importeren']"))));
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(GoabFiles.shared(GoabFiles.CBS).toString());
        chromium.click(browser.findElement(By.cssSelector("[data-action='importeren']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-import-status]"), "is ingelezen"));

        // The gemeente overview: Zaanstad with its 45 scored schools, and the schools of Zaanstad.
        chromium.click(browser.findElement(By.cssSelector(PERSPECTIVE)));
        openView("scores");
        WebElement zaanstad = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-scores] [data-gemeente='GM0479']")));
        assertTrue(zaanstad.getText().contains("Zaanstad") || zaanstad.getText().contains("ZAANSTAD"), zaanstad.getText());
        int vestigingen = Integer.parseInt(zaanstad.findElements(By.tagName("td")).get(0).getText().replace(".", ""));
        assertTrue(vestigingen >= 45, "Zaanstad's 45 basisscholen of the demo (and any counted school): " + zaanstad.getText());
        zaanstad.findElement(By.tagName("button")).sendKeys(Keys.ENTER); // keyboard-usable, and clear of the status line
        wait.until(d -> d.findElements(By.cssSelector("[data-scholen] tbody tr")).size() == vestigingen);
        chromium.screenshot("goab-scores.png");
        chromium.assertAccessible("achterstandsscores met scholen");

        for (String view : new String[] {"monitor", "locaties", "doelgroep"}) {
            openView(view);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    view.equals("monitor") ? "[data-bereik]" : view.equals("locaties") ? "[data-locaties]" : "[data-parameters]")));
            chromium.screenshot("goab-" + view + ".png");
            chromium.assertAccessible("onderwijskansen " + view);
        }
        assertTrue(browser.findElements(By.cssSelector("[data-view-id='nl.wij.goab.web.view.peuters']")).isEmpty(),
                "the beheerder is no uitvoerder and gets no peuters view");
    }

    private void openView(String name) {
        chromium.click(new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-view-id='nl.wij.goab.web.view." + name + "']"))));
    }
}
