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
 * Where start-up time goes: with {@code -Dwij.trace.startup=true} (for example in
 * {@code WIJ_JAVA_OPTS}) the launcher prints, once the framework has started, when each of its own
 * steps ended and how long each bundle's start took (its activator and the components Declarative
 * Services activates with it, on the framework's start-level thread), with the moment it ended,
 * both counted from the JVM's start. Without the property every method does nothing.
 */
class StartupTrace {

    static final String PROPERTY = "wij.trace.startup";

    private static final StartupTrace OFF = new StartupTrace();

    /** A trace that records, when {@value #PROPERTY} is true; otherwise one that does nothing. */
    static StartupTrace create() {
        return Boolean.getBoolean(PROPERTY) ? new Recording() : OFF;
    }

    /** Notes that a step of the launcher ended now. */
    void step(String name) {
    }

    /** Records the start of each bundle from now on. */
    void listen(BundleContext context) {
    }

    /** Stops recording and prints what was recorded. */
    void print(BundleContext context, PrintStream out) {
    }

    private static final class Recording extends StartupTrace implements SynchronousBundleListener {

        private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        private final List<String> lines = new ArrayList<>();
        private final Map<Long, Long> starting = new ConcurrentHashMap<>();

        @Override
        void step(String name) {
            add(String.format("%9s %6d ms  launcher: %s", "", sinceJvmStart(), name));
        }

        @Override
        void listen(BundleContext context) {
            context.addBundleListener(this);
        }

        @Override
        public void bundleChanged(BundleEvent event) {
            Bundle bundle = event.getBundle();
            if (event.getType() == BundleEvent.STARTING) {
                starting.put(bundle.getBundleId(), System.nanoTime());
            } else if (event.getType() == BundleEvent.STARTED) {
                Long began = starting.remove(bundle.getBundleId());
                long took = began == null ? 0 : (System.nanoTime() - began) / 1_000_000;
                add(String.format("%6d ms %6d ms  %s", took, sinceJvmStart(), bundle.getSymbolicName()));
            }
        }

        @Override
        void print(BundleContext context, PrintStream out) {
            context.removeBundleListener(this);
            step("framework active");
            out.println("WIJ start-up trace: duration, end counted from the JVM's start, launcher step or bundle");
            synchronized (lines) {
                lines.forEach(out::println);
            }
        }

        private long sinceJvmStart() {
            return System.currentTimeMillis() - jvmStart;
        }

        private void add(String line) {
            synchronized (lines) {
                lines.add(line);
            }
        }
    }
}
