package nl.wij.platform.api.lifecycle;

import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;

/**
 * Runs a task once the framework has started every bundle: at once when it already has (a module
 * started at run time), else when the framework reports {@link FrameworkEvent#STARTED}.
 * <p>
 * For background work a component kicks off when it activates (a first sweep, seeding default
 * data): during start-up such work only takes CPU from the start itself, and on a small server WIJ
 * is not ready any sooner for it. The task runs on the thread that delivers the event, or on the
 * caller's; a task that takes time hands itself to the component's own executor. Close the handle
 * in the component's deactivation, so that a task still waiting never runs.
 *
 * <pre>
 * afterStartup = AfterStartup.run(context, () -&gt; worker.execute(this::sweep));
 * </pre>
 */
public final class AfterStartup implements AutoCloseable {

    private final BundleContext context;
    private final Runnable task;
    private final AtomicBoolean done = new AtomicBoolean();
    private final FrameworkListener listener = this::frameworkEvent;

    private AfterStartup(BundleContext context, Runnable task) {
        this.context = context;
        this.task = task;
    }

    /** Runs {@code task} now if the framework has started, else once it has; see the class comment. */
    public static AfterStartup run(BundleContext context, Runnable task) {
        AfterStartup handle = new AfterStartup(context, task);
        context.addFrameworkListener(handle.listener);
        // Checked after listening, so a STARTED between the two is not missed (done makes it run once).
        if (started(context)) {
            handle.fire();
        }
        return handle;
    }

    /** Whether the framework has started every bundle (its system bundle is ACTIVE). */
    public static boolean started(BundleContext context) {
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_ID);
        return system != null && system.getState() == Bundle.ACTIVE;
    }

    private void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTED) {
            fire();
        }
    }

    private void fire() {
        if (done.compareAndSet(false, true)) {
            stopListening();
            task.run();
        }
    }

    /** The task will not run any more, if it has not yet. */
    @Override
    public void close() {
        done.set(true);
        stopListening();
    }

    private void stopListening() {
        try {
            context.removeFrameworkListener(listener);
        } catch (IllegalStateException stopped) {
            // the bundle has stopped: its listeners are gone already
        }
    }
}
