package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
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

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A beleidsmedewerker's morning with the IHP in a real headless Chromium on the demo profile
 * (Zaanstad's real DUO schools and counts): enters a gebouw (marked voorbeeld), lets a basisschool use
 * it, sees the capacity chart and the verdict per year, sees the signaleringen of the old building in
 * class C appear, makes a plan, adds a project and sees the plan total change. axe-core checks every page.
 */
class IhpBrowserIT {

    private static final String PREFIX = "nl.wij.ihp.web";

    @TempDir
    static Path temp;

    static RunningProduct product;
    static String token;
    static HeadlessChromium chromium;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        token = RunningProduct.createToken("--data", temp.resolve("data").toString(), "--profile", "demo");
        product = RunningProduct.start(temp.resolve("data"), "--profile", "demo");
        // the demo's files and the VNG defaults are stored in the background after the framework has started
        product.awaitDemoImport(token);
        IhpModuleIT.await(product, "/api/ihp/verordening?gemeente=GM0479", IhpModuleIT.bearer(token),
                b -> b.getAsJsonArray("verordeningen").size() > 0);
        chromium = HeadlessChromium.start(temp.resolve("chromium"), 1280, 900);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        HeadlessChromium.closeBoth(chromium, product);
    }

    @Test
    void enterABuildingSeeCapacityAndSignaleringenMakeAPlan() throws Exception {
        try {
            journey();
        } catch (AssertionError | RuntimeException e) {
            chromium.keepEvidence("ihp", product.output());
            throw e;
        }
    }

    private void journey() throws Exception {
        String school = basisschoolMetTelling();
        browser.get(product.uri("/").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        chromium.logIn(wait, "beheerder", RunningProduct.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-perspective-id='" + PREFIX + ".perspective.huisvesting']")))
                .click();

        // the overview: every vestiging with its normative need from the real counts
        open(wait, "overzicht");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-brin6='" + school + "']")));
        chromium.assertAccessible("huisvesting: ruimte per vestiging");

        // a gebouw: built 1975, Frisse Scholen C, 500 m2, marked as an invented example
        open(wait, "gebouwen");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ihp-gebouw-formulier")));
        type(form, "naam", "De Vlinder (testgebouw)");
        type(form, "bouwjaar", "1975");
        type(form, "bvoM2", "500");
        new Select(form.findElement(By.name("frisseScholenKlasse"))).selectByValue("C");
        chromium.click(form.findElement(By.name("voorbeeld")));
        chromium.click(form.findElement(By.cssSelector("button[type=submit]")));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-gebouw='G0001']")));
        assertTrue(row.getText().contains("voorbeeld"), row.getText());
        chromium.assertAccessible("huisvesting: gebouwen");

        // the school uses it; its chart and yearly verdict appear
        open(wait, "vestiging");
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("select[data-ihp='vestiging']"))))
                .selectByValue(school);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h3[data-brin6='" + school + "'], h4[data-brin6='" + school + "']")));
        WebElement gebruik = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ihp-gebruik-formulier")));
        chromium.click(gebruik.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-gebruik]")));
        WebElement jaar = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-jaar='2019'][data-bron='telling']")));
        wait.until(ExpectedConditions.textToBePresentInElement(jaar, "500"));
        assertTrue(jaar.getText().contains("Tekort boven de drempel"), jaar.getText());
        WebElement chart = browser.findElement(By.id("ihp-capaciteitsgrafiek"));
        wait.until(d -> !chart.getText().isBlank() || !chart.findElements(By.tagName("svg")).isEmpty());
        if (product.get("/modules/nl.wij.workbench.charts/grafiek.js", Map.of("Authorization", "Bearer " + token)).statusCode() == 200) {
            assertTrue(!chart.findElements(By.tagName("svg")).isEmpty(), "the charts bundle is there, so the chart is drawn");
        } else {
            assertTrue(chart.getText().contains("de tabel toont dezelfde cijfers"), chart.getText());
        }
        chromium.assertAccessible("huisvesting: vestiging met capaciteit");
        chromium.screenshot("ihp-vestiging.png");

        // the signaleringen of the building appear in the Problems view
        chromium.click(browser.findElement(By.id("signaleringen-vernieuwen")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-problem-id='" + PREFIX + ".problem/binnenklimaat/G0001']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-problem-id='" + PREFIX + ".problem/levensduur/G0001']")));

        // a plan with one project: the total changes from nothing to 1,000 m2 x the indexed normbedrag
        open(wait, "plan");
        WebElement plan = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ihp-plan-formulier")));
        chromium.click(plan.findElement(By.cssSelector("button[type=submit]")));
        WebElement totaal = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-ihp='plantotaal']")));
        assertTrue(totaal.getText().contains("€ 0"), totaal.getText());
        WebElement project = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ihp-project-formulier")));
        type(project, "naam", "Vervangende nieuwbouw De Vlinder");
        new Select(project.findElement(By.name("soort"))).selectByValue("nieuwbouw");
        type(project, "m2", "1000");
        chromium.click(project.findElement(By.cssSelector("button[type=submit]")));
        // 2,847 (VNG 2023) x 1.1272 (index 2024) = 3,209.14 per m2; x 1,000 m2
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-ihp='plantotaal']"), "3.209.140"));
        chromium.assertAccessible("huisvesting: plan");
        chromium.screenshot("ihp-plan.png");

        open(wait, "raad");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-export='ventilatie-csv']")));
        assertTrue(browser.findElement(By.id("hoofdinhoud")).getText().contains("De Vlinder (testgebouw) (G0001)"));
        chromium.assertAccessible("huisvesting: vragen van de raad");

        // the printable overview (its own page, for print and PDF)
        browser.get(product.uri("/modules/nl.wij.ihp.web/afdruk.html?gemeente=GM0479").toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("afdruk-titel"), "Zaanstad"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#afdruk-inhoud section")));
        assertTrue(browser.findElement(By.id("afdruk-inhoud")).getText().contains("3.209.140"));
        chromium.assertAccessible("huisvesting: afdrukbaar overzicht");
        chromium.screenshot("ihp-afdruk.png");
    }

    private void open(WebDriverWait wait, String view) {
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-view-id='" + PREFIX + ".view." + view + "']"))));
    }

    private void type(WebElement form, String name, String text) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** A basisschool of Zaanstad with a real count of more than 100 pupils, so 500 m2 is short by far more than 10%. */
    private static String basisschoolMetTelling() throws Exception {
        JsonObject body = IhpModuleIT.await(product, "/api/ihp/ruimtebehoefte?gemeente=GM0479", IhpModuleIT.bearer(token),
                b -> true);
        for (JsonElement e : body.getAsJsonArray("regels")) {
            JsonObject r = e.getAsJsonObject();
            if ("bo".equals(r.get("soort").getAsString()) && !r.get("leerlingen").isJsonNull() && r.get("leerlingen").getAsInt() > 100) {
                assertEquals(2019, r.get("jaar").getAsInt());
                return r.get("brin6").getAsString();
            }
        }
        throw new AssertionError("no basisschool with more than 100 pupils in " + body);
    }
}
