package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.google.gson.JsonParser;

/**
 * The workbench in a real headless Chromium (Debian's chromium and chromium-driver; no browser
 * download): log in, see a module's view appear when its bundle is installed, open it, and see it
 * vanish without a page reload when the bundle stops. axe-core checks the pages for serious and
 * critical accessibility violations.
 */
class WorkbenchBrowserIT {

    private static final String VIEW = "nl.wij.itest.contribution.view.test";

    @TempDir
    static Path temp;

    static RunningProduct product;
    static String token;
    static HeadlessChromium chromium;
    static WebDriver browser;

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

    @Test
    void logInSeeAModuleViewComeAndGoLiveWithAccessiblePages() throws Exception {
        try {
            journey();
        } catch (AssertionError | RuntimeException e) {
            chromium.keepEvidence("werkbank", product.output());
            throw e;
        }
    }

    private void journey() throws Exception {
        browser.get(product.uri("/").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.urlContains("/public/login.html"));
        chromium.assertAccessible("inlogpagina");

        chromium.logIn(wait, "beheerder", RunningProduct.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-view-id='nl.wij.workbench.shell.view.welkom']")));
        chromium.js().executeScript("window.wijTestNoReload = true;");

        long id = installTestModule();
        By nav = By.cssSelector("[data-view-id='" + VIEW + "']");
        wait.until(ExpectedConditions.elementToBeClickable(nav)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("itest-view-content")));
        assertTrue(browser.findElement(By.id("itest-view-content")).getText().contains("beheerder"));
        chromium.assertAccessible("werkbank met testweergave");
        chromium.screenshot("werkbank.png");

        // The beheerder stops the module in the Modules view; its open view closes live.
        browser.findElement(By.cssSelector("[data-perspective-id='nl.wij.workbench.shell.perspective.beheer']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-view-id='nl.wij.workbench.shell.view.modules']"))).click();
        By stop = By.cssSelector("[data-action='stop'][data-bundle='nl.wij.itest.contribution']");
        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(stop)));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-view-panel='" + VIEW + "']"), 0));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statusregel"), "Testweergave"));
        chromium.assertAccessible("modulebeheer");
        chromium.screenshot("modules.png");
        browser.findElement(By.cssSelector("[data-perspective-id='wij.perspective.start']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-view-id='nl.wij.workbench.shell.view.welkom']")));
        assertEquals(0, browser.findElements(nav).size(), "the stopped module's view is still listed");
        assertEquals(Boolean.TRUE, chromium.js().executeScript("return window.wijTestNoReload === true;"),
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

}
