package nl.wij.platform.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionTest {

    @TempDir
    Path home;

    @BeforeEach
    void layout() throws IOException {
        bundle("a.one", "1.0.0");
        bundle("a.two", "1.0.0");
        bundle("b.one", "2.1.0");
        feature("base", "[]", "[\"a.one\", \"a.two\"]");
        feature("extra", "[\"base\"]", "[\"b.one\", \"a.one\"]");
        profile("klein", "[\"base\"]");
        profile("volledig", "[\"extra\"]");
    }

    @Test
    void planAddsRequiredFeaturesFirstAndBundlesOnce() throws DistributionException {
        Plan plan = Distribution.read(home).plan("volledig");

        assertEquals("Volledig", plan.profile().title());
        assertEquals("base", plan.features().get(0).id());
        assertEquals("extra", plan.features().get(1).id());
        assertEquals(3, plan.bundles().size());
        assertEquals("a.one", plan.bundles().get(0).symbolicName());
        assertEquals("b.one", plan.bundles().get(2).symbolicName());
        assertEquals("2.1.0", plan.bundles().get(2).version());
    }

    @Test
    void featureOfFindsTheListingFeature() throws DistributionException {
        Distribution distribution = Distribution.read(home);

        assertEquals("extra", distribution.featureOf("b.one").orElseThrow().id());
        assertTrue(distribution.featureOf("nowhere").isEmpty());
    }

    @Test
    void unknownProfileNamesTheAvailableOnes() {
        DistributionException e = assertThrows(DistributionException.class,
                () -> Distribution.read(home).plan("groot"));

        assertTrue(e.getMessage().startsWith("Onbekend profiel 'groot'; beschikbaar: klein, volledig"), e.getMessage());
    }

    @Test
    void unknownFeatureInProfileIsNamed() throws IOException {
        profile("kapot", "[\"base\", \"ihp\"]");

        DistributionException e = assertThrows(DistributionException.class,
                () -> Distribution.read(home).plan("kapot"));

        assertTrue(e.getMessage().contains("Onbekende feature 'ihp' in profiel 'kapot'"), e.getMessage());
    }

    @Test
    void missingBundleIsNamedWithItsFeature() throws IOException {
        feature("extra", "[\"base\"]", "[\"b.one\", \"c.missing\"]");

        DistributionException e = assertThrows(DistributionException.class,
                () -> Distribution.read(home).plan("volledig"));

        assertTrue(e.getMessage().startsWith("Feature 'extra' noemt bundle 'c.missing'"), e.getMessage());
    }

    @Test
    void requirementCycleIsReported() throws IOException {
        feature("base", "[\"extra\"]", "[\"a.one\"]");

        DistributionException e = assertThrows(DistributionException.class,
                () -> Distribution.read(home).plan("volledig"));

        assertTrue(e.getMessage().contains("extra -> base -> extra"), e.getMessage());
    }

    @Test
    void missingFieldNamesFileAndField() throws IOException {
        Files.writeString(home.resolve("features/base/feature.json"), "{\"id\": \"base\", \"version\": \"1\"}");

        DistributionException e = assertThrows(DistributionException.class, () -> Distribution.read(home));

        assertTrue(e.getMessage().endsWith("feature.json: veld 'title' ontbreekt of is leeg"), e.getMessage());
    }

    @Test
    void malformedJsonIsReported() throws IOException {
        Files.writeString(home.resolve("profiles/klein.json"), "{\"title\": ");

        DistributionException e = assertThrows(DistributionException.class, () -> Distribution.read(home));

        assertTrue(e.getMessage().contains("klein.json: geen geldige JSON"), e.getMessage());
    }

    @Test
    void jarWithoutSymbolicNameIsRefused() throws IOException {
        Path jar = home.resolve("bundles/plain.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, new Manifest())) {
            j.flush();
        }

        DistributionException e = assertThrows(DistributionException.class, () -> Distribution.read(home));

        assertTrue(e.getMessage().endsWith("plain.jar is geen OSGi-bundle (Bundle-SymbolicName ontbreekt)"),
                e.getMessage());
    }

    private void bundle(String symbolicName, String version) throws IOException {
        Files.createDirectories(home.resolve("bundles"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
        manifest.getMainAttributes().putValue("Bundle-Version", version);
        try (OutputStream out = Files.newOutputStream(home.resolve("bundles/" + symbolicName + ".jar"));
                JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
    }

    private void feature(String id, String requires, String bundles) throws IOException {
        Path dir = Files.createDirectories(home.resolve("features/" + id));
        Files.writeString(dir.resolve("feature.json"), "{\"id\": \"" + id + "\", \"version\": \"1.0.0\", \"title\": \""
                + id + "\", \"description\": \"Omschrijving\", \"requires\": " + requires + ", \"bundles\": " + bundles
                + "}");
    }

    private void profile(String name, String features) throws IOException {
        Files.createDirectories(home.resolve("profiles"));
        String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Files.writeString(home.resolve("profiles/" + name + ".json"),
                "{\"title\": \"" + title + "\", \"features\": " + features + "}");
    }
}
