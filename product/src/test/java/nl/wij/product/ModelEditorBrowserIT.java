package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.google.gson.JsonParser;

/**
 * The generic model editors in a real headless Chromium against the real product: a gemeente, an
 * instelling and a vestiging are created through the REST API; the user logs in, opens the
 * Modelverkenner, walks the tree Gemeente &gt; gemeente &gt; Vestiging &gt; vestiging (keyboard and
 * mouse), opens the vestiging in the Formulier, changes its name, saves, undoes and sees the old
 * name again (in the form and in the store), with the audit trail showing both changes. axe-core
 * checks both views for serious and critical accessibility violations.
 * <p>
 * Starts the default profile, or {@code -Dwij.editors.profile=NAME}; it must have the feature
 * {@code editors}.
 */
class ModelEditorBrowserIT {

    private static final String EXPLORER = "nl.wij.core.editors.view.verkenner";
    private static final String FORM = "nl.wij.core.editors.view.formulier";
    private static final String PERSPECTIVE = "nl.wij.core.editors.perspective.model";
    private static final String GEMEENTE = "GM0000"; // sorts first, so it is on the tree's first page whatever else is loaded
    private static final String VESTIGING = "99ZZ00";
    private static final String OLD_NAME = "Testschool De Boomgaard";
    private static final String NEW_NAME = "Testschool De Boomgaard (gewijzigd)";

    @TempDir
    static Path temp;

    static RunningProduct product;
    static String token;
    static HeadlessChromium chromium;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        List<String> profile = profileArgs();
        List<String> tokenOptions = new ArrayList<>(List.of("--data", temp.resolve("data").toString()));
        tokenOptions.addAll(profile);
        token = RunningProduct.createToken(RunningProduct.DIST, tokenOptions);
        product = RunningProduct.start(temp.resolve("data"), profile.toArray(String[]::new));

        chromium = HeadlessChromium.start(temp.resolve("chromium"), 1280, 1000);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        HeadlessChromium.closeBoth(chromium, product);
    }

    private static List<String> profileArgs() {
        String profile = System.getProperty("wij.editors.profile", "");
        return profile.isBlank() ? List.of() : List.of("--profile", profile);
    }

    @Test
    void findAVestigingInTheTreeEditItsNameSaveAndUndo() throws Exception {
        try {
            createTestData();
            journey();
        } catch (AssertionError | RuntimeException e) {
            if (chromium != null) {
                chromium.keepEvidence("modeleditor", product.output());
            }
            throw e;
        }
    }

    // ------------------------------------------------------------------ REST

    private static HttpResponse<String> api(String method, String path, String json) throws IOException, InterruptedException {
        Map<String, String> headers = json == null ? Map.of("Authorization", "Bearer " + token)
                : Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
        return product.send(method, path, headers, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private static void create(String eClass, String values) throws IOException, InterruptedException {
        HttpResponse<String> response = api("POST", "/api/model/objects/" + eClass, "{\"values\":" + values + "}");
        assertEquals(201, response.statusCode(), response.body());
    }

    private static void createTestData() throws IOException, InterruptedException {
        create("core.Gemeente", "{\"code\":\"" + GEMEENTE + "\",\"naam\":\"Testgemeente Browsertest\"}");
        create("core.Instelling", "{\"brin4\":\"99ZZ\",\"naam\":\"Testinstelling\"}");
        create("core.Vestiging", "{\"brin6\":\"" + VESTIGING + "\",\"naam\":\"" + OLD_NAME + "\",\"instelling\":\"99ZZ\","
                + "\"gemeente\":\"" + GEMEENTE + "\",\"soort\":\"bo\"}");
    }

    private static String storedName() throws IOException, InterruptedException {
        HttpResponse<String> response = api("GET", "/api/model/objects/core.Vestiging/"
                + URLEncoder.encode(VESTIGING, StandardCharsets.UTF_8), null);
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("values").get("naam").getAsString();
    }

    // ------------------------------------------------------------------ browser

    private void journey() throws Exception {
        browser.get(product.uri("/").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class); // the form is rebuilt after a save and an undo
        chromium.logIn(wait, "beheerder", RunningProduct.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-perspective-id='" + PERSPECTIVE + "']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-view-id='" + EXPLORER + "']"))).click();

        // The tree: Gemeente (group) > the test gemeente > Vestiging (group) > the test vestiging.
        String explorer = "[data-view-panel='" + EXPLORER + "'] ";
        WebElement gemeenten = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(explorer + "[role='tree'] > [data-node='groep'][data-klasse='core.Gemeente']")));
        gemeenten.sendKeys(Keys.ARROW_RIGHT); // keyboard: open the group
        assertEquals("true", gemeenten.getAttribute("aria-expanded"));
        WebElement gemeente = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(explorer + "[data-node='object'][data-sleutel='" + GEMEENTE + "']")));
        gemeente.findElement(By.cssSelector(".wij-editors-tree__toggle")).click(); // mouse: open the gemeente
        WebElement vestigingen = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(explorer + "[data-sleutel='" + GEMEENTE + "'] [data-node='groep'][data-klasse='core.Vestiging']")));
        assertTrue(vestigingen.getText().contains("(1"), vestigingen.getText());
        vestigingen.click();
        WebElement vestiging = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(explorer + "[data-node='object'][data-sleutel='" + VESTIGING + "']")));
        assertTrue(vestiging.getText().contains(OLD_NAME), vestiging.getText());
        chromium.assertAccessible("modelverkenner");
        chromium.screenshot("modelverkenner.png");

        // Enter opens it in the Formulier.
        vestiging.sendKeys(Keys.ENTER);
        String form = "[data-view-panel='" + FORM + "'] ";
        By name = By.cssSelector(form + "input[data-feature='naam']");
        wait.until(ExpectedConditions.attributeToBe(name, "value", OLD_NAME));
        assertTrue(browser.getCurrentUrl().contains("sleutel=" + VESTIGING), "a deep link to the object: " + browser.getCurrentUrl());

        WebElement nameField = browser.findElement(name);
        nameField.clear();
        nameField.sendKeys(NEW_NAME);
        chromium.click(browser.findElement(By.cssSelector(form + "[data-action='opslaan']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(form + ".wij-notices"), "is opgeslagen"));
        assertEquals(NEW_NAME, storedName());
        wait.until(ExpectedConditions.attributeToBe(name, "value", NEW_NAME));

        chromium.click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(form + "[data-action='ongedaan-maken']"))));
        wait.until(ExpectedConditions.attributeToBe(name, "value", OLD_NAME));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(form + ".wij-notices"), "Ongedaan gemaakt"));
        assertEquals(OLD_NAME, storedName());
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.xpath("//*[@data-view-panel='" + FORM + "']//table[contains(@class,'wij-editors-history-table')]"
                        + "//tr[td[normalize-space()='Gewijzigd']]"), 1));
        assertTrue(browser.findElement(By.cssSelector(form + "[data-action='opnieuw']")).isEnabled(), "redo is possible now");
        chromium.assertAccessible("formulier");
        chromium.screenshot("formulier.png");
    }

}
