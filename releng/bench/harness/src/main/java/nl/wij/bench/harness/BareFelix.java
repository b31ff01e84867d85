package nl.wij.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * The benchmark baseline: Felix with a fresh bundle cache, the bundles given as arguments
 * installed and started in that order, and the HTTP port from the system property
 * {@value #PORT}; with {@value #BY_REFERENCE}{@code =true} installed by reference, as the
 * product does. Stops on SIGTERM (the harness' {@code Process.destroy()}).
 * Framework properties match the product's launcher where they concern start-up.
 */
public final class BareFelix {

    static final String PORT = "org.osgi.service.http.port";
    /** System property: install the bundles by reference, as the product's launcher does, instead of copying them. */
    static final String BY_REFERENCE = "wij.bench.byReference";

    private BareFelix() {
    }

    public static void main(String[] args) throws BundleException, IOException, InterruptedException {
        Path storage = Files.createTempDirectory("wij-bench-felix");
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put("felix.log.level", "1");
        properties.put("ds.loglevel", "warn");
        properties.put("org.apache.felix.http.host", "127.0.0.1");
        properties.put(PORT, System.getProperty(PORT, "8080"));
        properties.put("org.apache.felix.http.jetty.sendServerHeader", "false");

        boolean byReference = Boolean.getBoolean(BY_REFERENCE);
        Framework framework = new FrameworkFactory().newFramework(properties);
        framework.init();
        List<Bundle> bundles = new ArrayList<>();
        for (String jar : args) {
            String location = Path.of(jar).toUri().toString();
            bundles.add(framework.getBundleContext().installBundle(byReference ? "reference:" + location : location));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework, storage), "bare-felix-stop"));
        // As the product's launcher does: marked for start first, then started by the framework in order.
        for (Bundle bundle : bundles) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
        framework.start();
        framework.waitForStop(0);
    }

    private static void stop(Framework framework, Path storage) {
        try {
            framework.stop();
            framework.waitForStop(30_000);
        } catch (BundleException e) {
            System.err.println("bare-felix: framework did not stop cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(storage);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("bare-felix: could not delete " + root + ": " + e.getMessage());
        }
    }
}
