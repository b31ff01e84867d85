package nl.wij.product;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Where start-up time goes, per bundle: with {@code -Dwij.trace.startup=true} (for example in
 * {@code WIJ_JAVA_OPTS}) the launcher prints, once the framework has started, how long each bundle's
 * start took (its activator and the components Declarative Services activates with it, on the
 * framework's start-level thread) and when it ended, counted from the JVM's start.
 */
final class StartupTrace implements SynchronousBundleListener {

    static final String PROPERTY = "wij.trace.startup";

    private final Map<Long, Long> starting = new ConcurrentHashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();

    /** Listens on {@code context} when tracing is asked for; null otherwise. */
    static StartupTrace attach(BundleContext context) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return null;
        }
        StartupTrace trace = new StartupTrace();
        context.addBundleListener(trace);
        return trace;
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if (event.getType() == BundleEvent.STARTING) {
            starting.put(bundle.getBundleId(), System.nanoTime());
        } else if (event.getType() == BundleEvent.STARTED) {
            Long began = starting.remove(bundle.getBundleId());
            long took = began == null ? 0 : (System.nanoTime() - began) / 1_000_000;
            synchronized (lines) {
                lines.add(String.format("%6d ms %6d ms  %s", took, System.currentTimeMillis() - jvmStart,
                        bundle.getSymbolicName()));
            }
        }
    }

    void print(BundleContext context, PrintStream out) {
        context.removeBundleListener(this);
        out.println("WIJ start-up: start of each bundle, and its end counted from the JVM's start");
        synchronized (lines) {
            lines.forEach(out::println);
        }
        out.printf("WIJ start-up: framework active %d ms after the JVM's start%n",
                System.currentTimeMillis() - jvmStart);
    }
}
