package nl.wij.product;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;

import nl.wij.platform.features.Distribution;
import nl.wij.platform.features.DistributionException;
import nl.wij.platform.features.Plan;
import nl.wij.platform.features.UnresolvedRequirements;

/**
 * Embeds Felix: installs the bundles of a profile (plus the modules a beheerder uploaded) into a
 * fresh framework on the data directory, checks that all of them resolve, and starts them.
 * {@link #close()} stops the framework and so every component, the database included.
 */
final class Launcher implements AutoCloseable {

    private static final long STOP_TIMEOUT_MS = 30_000;

    private final Framework framework;
    private final DataDirectory data;
    private final Plan plan;
    private final PrintStream log;

    private Launcher(Framework framework, DataDirectory data, Plan plan, PrintStream log) {
        this.framework = framework;
        this.data = data;
        this.plan = plan;
        this.log = log;
    }

    /**
     * Starts the product.
     *
     * @param http whether to open the HTTP port (off for command-line commands)
     * @param log where to report modules that are skipped
     */
    static Launcher start(Path home, Options options, boolean http, PrintStream log) throws LaunchException {
        StartupTrace trace = StartupTrace.create();
        createPlatformMBeanServerMeanwhile();
        Plan plan = plan(home, options.profile());
        trace.step("profile and features read");
        if (http) {
            checkPortFree(options.host(), options.port());
        }
        DataDirectory data = DataDirectory.open(options.data());
        Framework framework = null;
        try {
            framework = new FrameworkFactory().newFramework(frameworkProperties(home, options, data, http));
            framework.init();
            trace.step("framework initialised");
            List<Bundle> bundles = install(framework, plan);
            trace.step("bundles installed");
            List<String> unresolved = UnresolvedRequirements.explain(framework.adapt(FrameworkWiring.class), bundles);
            if (!unresolved.isEmpty()) {
                throw new LaunchException("Profiel '" + plan.profile().name() + "' lost niet op:\n  "
                        + String.join("\n  ", unresolved));
            }
            trace.step("bundles resolved");
            // Marked for start while the framework is still STARTING: the framework then starts them
            // in install order and turns ACTIVE only when all have started, which /api/health reports.
            for (Bundle bundle : bundles) {
                start(bundle);
            }
            trace.listen(framework.getBundleContext());
            List<String> failures = startFramework(framework);
            trace.print(framework.getBundleContext(), log);
            if (!failures.isEmpty()) {
                throw new LaunchException("Profiel '" + plan.profile().name() + "' start niet:\n  "
                        + String.join("\n  ", failures));
            }
            installUploadedModules(framework, data.resolve("modules"), log);
            return new Launcher(framework, data, plan, log);
        } catch (LaunchException e) {
            stopQuietly(framework, data, log);
            throw e;
        } catch (BundleException | RuntimeException e) {
            stopQuietly(framework, data, log);
            throw new LaunchException("WIJ kan niet starten: " + e.getMessage(), e);
        }
    }

    /**
     * Derby's boot always registers its management beans, and so creates the JVM's platform MBean
     * server (some 80 ms, mostly class initialisation) on the framework's start-level thread, where
     * everything waits for it. Created here on a thread of its own, it is ready by then.
     */
    private static void createPlatformMBeanServerMeanwhile() {
        Thread thread = new Thread(ManagementFactory::getPlatformMBeanServer, "wij-platform-mbean-server");
        thread.setDaemon(true);
        thread.start();
    }

    static Plan plan(Path home, String profile) throws LaunchException {
        try {
            return Distribution.read(home).plan(profile);
        } catch (DistributionException e) {
            throw new LaunchException(e.getMessage(), e);
        }
    }

    private static Map<String, String> frameworkProperties(Path home, Options options, DataDirectory data,
            boolean http) {
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, data.resolve("felix-cache").toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put("felix.log.level", "1");
        properties.put("ds.loglevel", "warn");
        properties.put("wij.home", home.toString());
        properties.put("wij.data", data.path().toString());
        properties.put("wij.profile", options.profile());
        properties.put("org.apache.felix.http.enable", Boolean.toString(http));
        properties.put("org.apache.felix.http.host", options.host());
        properties.put("org.osgi.service.http.port", Integer.toString(options.port()));
        properties.put("org.apache.felix.http.jetty.sendServerHeader", "false");
        if (options.adminPassword() != null) {
            properties.put("wij.admin.password", options.adminPassword());
        }
        return properties;
    }

    /**
     * Installs the distribution's bundles by reference: Felix reads them where they are instead of
     * copying every jar into its cache, which the restart would otherwise pay for each time.
     */
    private static List<Bundle> install(Framework framework, Plan plan) throws BundleException {
        List<Bundle> bundles = new ArrayList<>();
        for (var file : plan.bundles()) {
            bundles.add(framework.getBundleContext().installBundle("reference:" + file.path().toUri()));
        }
        return bundles;
    }

    private static void start(Bundle bundle) throws LaunchException {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return;
        }
        try {
            bundle.start();
        } catch (BundleException e) {
            throw new LaunchException("Bundle " + bundle.getSymbolicName() + " start niet: " + e.getMessage(), e);
        }
    }

    /** Starts the framework and with it the marked bundles; returns one line per bundle that failed. */
    private static List<String> startFramework(Framework framework) throws BundleException {
        List<String> failures = new CopyOnWriteArrayList<>();
        FrameworkListener errors = event -> {
            if (event.getType() == FrameworkEvent.ERROR && event.getBundle() != null) {
                Throwable cause = event.getThrowable();
                failures.add("Bundle " + event.getBundle().getSymbolicName() + " start niet: "
                        + (cause == null ? "onbekende fout" : cause.getMessage()));
            }
        };
        framework.getBundleContext().addFrameworkListener(errors);
        try {
            framework.start();
        } finally {
            framework.getBundleContext().removeFrameworkListener(errors);
        }
        return failures;
    }

    /** Modules uploaded at run time; a broken one is reported and skipped, never fatal. */
    private static void installUploadedModules(Framework framework, Path modules, PrintStream log) {
        if (!Files.isDirectory(modules)) {
            return;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(modules, "*.jar")) {
            for (Path jar : jars) {
                try {
                    Bundle bundle = framework.getBundleContext().installBundle(jar.toUri().toString());
                    start(bundle);
                } catch (BundleException | LaunchException e) {
                    log.println("WIJ: geüploade module " + jar.getFileName() + " overgeslagen: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            log.println("WIJ: map " + modules + " niet leesbaar: " + e.getMessage());
        }
    }

    private static void checkPortFree(String host, int port) throws LaunchException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            throw new LaunchException("Poort " + port + " op " + host
                    + " is al in gebruik; kies een andere met --port of WIJ_PORT");
        } catch (UnknownHostException e) {
            throw new LaunchException("Onbekend adres '" + host + "' bij --host of WIJ_HOST");
        } catch (IOException e) {
            throw new LaunchException("Kan niet luisteren op " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    Framework framework() {
        return framework;
    }

    Plan plan() {
        return plan;
    }

    /** Waits until a service of the given class (and filter, may be null) is registered. */
    Object awaitService(String className, String filter, long timeoutMs) throws LaunchException {
        String expression = "(objectClass=" + className + ")";
        if (filter != null) {
            expression = "(&" + expression + filter + ")";
        }
        try {
            ServiceTracker<Object, Object> tracker = new ServiceTracker<>(framework.getBundleContext(),
                    framework.getBundleContext().createFilter(expression), null);
            tracker.open(true);
            try {
                return tracker.waitForService(timeoutMs);
            } finally {
                tracker.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new LaunchException("Ongeldig servicefilter " + expression, e);
        }
    }

    /** Blocks until the framework stops (by {@link #close()} from a shutdown hook, or from inside). */
    void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    /** Stops the framework, waits for it, and releases the data directory. */
    @Override
    public void close() {
        stopQuietly(framework, data, log);
    }

    private static void stopQuietly(Framework framework, DataDirectory data, PrintStream log) {
        try {
            if (framework != null) {
                framework.stop();
                framework.waitForStop(STOP_TIMEOUT_MS);
            }
        } catch (BundleException e) {
            log.println("WIJ: framework stopte niet netjes: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                data.close();
            } catch (IOException e) {
                log.println("WIJ: vergrendeling van de gegevensmap niet vrijgegeven: " + e.getMessage());
            }
        }
    }
}
