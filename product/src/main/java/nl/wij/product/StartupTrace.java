package nl.wij.product;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Where start-up time goes: with {@code -Dwij.trace.startup=true} (in {@code WIJ_JAVA_OPTS}) the
 * launcher prints, once the framework has started, a line for each of its own steps and for each
 * bundle, with the moment it ended (counted from the JVM's start) and the time since the line
 * before. The framework starts bundles one after the other on its start-level thread, and
 * Declarative Services activates a bundle's immediate components when that bundle has started, after
 * the listeners of the system bundle (this trace) have heard of it; so a bundle's line ends when the
 * next bundle begins to start, and counts its activator and its components. Without the property
 * every method does nothing.
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

    /** Records each bundle that starts from now on. */
    void listen(BundleContext context) {
    }

    /** Stops recording and prints what was recorded. */
    void print(BundleContext context, PrintStream out) {
    }

    private static final class Recording extends StartupTrace implements SynchronousBundleListener {

        private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        private final List<String> lines = new ArrayList<>();
        private long previous;
        /** The bundle starting now, whose line the next one's start ends. */
        private String current;

        @Override
        void step(String name) {
            add("launcher: " + name);
        }

        @Override
        void listen(BundleContext context) {
            context.addBundleListener(this);
        }

        @Override
        public void bundleChanged(BundleEvent event) {
            if (event.getType() == BundleEvent.STARTING) {
                endCurrent();
                current = event.getBundle().getSymbolicName();
            }
        }

        private void endCurrent() {
            if (current != null) {
                add(current);
                current = null;
            }
        }

        @Override
        void print(BundleContext context, PrintStream out) {
            context.removeBundleListener(this);
            endCurrent();
            step("framework active");
            out.println("WIJ start-up trace: end (ms from the JVM's start), time since the line before, step or bundle");
            synchronized (lines) {
                lines.forEach(out::println);
            }
        }

        private void add(String what) {
            long now = System.currentTimeMillis() - jvmStart;
            synchronized (lines) {
                lines.add(String.format("%6d ms %+6d ms  %s", now, now - previous, what));
                previous = now;
            }
        }
    }
}
