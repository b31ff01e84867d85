package nl.wij.platform.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/** Runs a real Felix framework with bundles that cannot resolve. */
class UnresolvedRequirementsTest {

    @TempDir
    Path dir;

    private Framework framework;

    @BeforeEach
    void start() throws BundleException {
        framework = new FrameworkFactory().newFramework(Map.of(Constants.FRAMEWORK_STORAGE,
                dir.resolve("cache").toString(), Constants.FRAMEWORK_STORAGE_CLEAN,
                Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
    }

    @AfterEach
    void stop() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void namesTheMissingPackageWithItsVersionRange() throws Exception {
        Bundle bundle = install("needs.pkg", Map.of("Import-Package", "org.example.missing;version=\"[1.0,2)\""));

        List<String> lines = explain(bundle);

        assertEquals(List.of("needs.pkg 1.0.0 heeft package org.example.missing (versie >= 1.0.0 en versie < 2.0.0)"
                + " nodig; geen geïnstalleerde bundle levert dat"), lines);
    }

    @Test
    void ignoresOptionalRequirementsAndReportsDependentsOfUnresolvedBundles() throws Exception {
        Bundle broken = install("broken", Map.of("Export-Package", "org.example.api;version=1.0",
                "Require-Capability", "osgi.extender;filter:=\"(osgi.extender=osgi.component)\""));
        Bundle user = install("user", Map.of("Import-Package",
                "org.example.api,org.example.optional;resolution:=optional"));

        List<String> lines = explain(broken, user);

        assertEquals(List.of(
                "broken 1.0.0 heeft extender osgi.component nodig; geen geïnstalleerde bundle levert dat",
                "user 1.0.0 is niet opgelost omdat een bundle waarvan het afhangt niet is opgelost"), lines);
    }

    @Test
    void resolvableBundlesGiveNoLines() throws Exception {
        Bundle api = install("api", Map.of("Export-Package", "org.example.api;version=1.0"));
        Bundle user = install("user", Map.of("Import-Package", "org.example.api;version=\"[1,2)\""));

        assertEquals(List.of(), explain(api, user));
    }

    private List<String> explain(Bundle... bundles) {
        return UnresolvedRequirements.explain(framework.adapt(FrameworkWiring.class), List.of(bundles));
    }

    private Bundle install(String symbolicName, Map<String, String> headers) throws IOException, BundleException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        headers.forEach(main::putValue);
        Path jar = dir.resolve(symbolicName + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
        return framework.getBundleContext().installBundle(jar.toUri().toString());
    }
}
