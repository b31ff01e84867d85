package nl.wij.platform.api.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;

class AfterStartupTest {

    /** A bundle context whose system bundle is in {@code state[0]} and which keeps its framework listeners. */
    private static BundleContext context(int[] state, List<FrameworkListener> listeners) {
        Bundle system = (Bundle) Proxy.newProxyInstance(AfterStartupTest.class.getClassLoader(),
                new Class<?>[] { Bundle.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getState" -> state[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (BundleContext) Proxy.newProxyInstance(AfterStartupTest.class.getClassLoader(),
                new Class<?>[] { BundleContext.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getBundle" -> system;
                    case "addFrameworkListener" -> listeners.add((FrameworkListener) args[0]);
                    case "removeFrameworkListener" -> listeners.remove(args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void fire(List<FrameworkListener> listeners, int type) {
        Bundle source = (Bundle) Proxy.newProxyInstance(AfterStartupTest.class.getClassLoader(),
                new Class<?>[] { Bundle.class }, (proxy, method, args) -> null);
        new ArrayList<>(listeners).forEach(l -> l.frameworkEvent(new FrameworkEvent(type, source, null)));
    }

    @Test
    void waitsForTheFrameworkToStartThenRunsOnce() {
        int[] state = { Bundle.STARTING };
        List<FrameworkListener> listeners = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        AfterStartup.run(context(state, listeners), runs::incrementAndGet);
        assertEquals(0, runs.get(), "not while the framework starts");

        fire(listeners, FrameworkEvent.PACKAGES_REFRESHED);
        assertEquals(0, runs.get(), "another framework event is not the start");

        state[0] = Bundle.ACTIVE;
        fire(listeners, FrameworkEvent.STARTED);
        fire(listeners, FrameworkEvent.STARTED);
        assertEquals(1, runs.get());
        assertTrue(listeners.isEmpty(), "it stops listening once it ran");
    }

    @Test
    void runsAtOnceWhenTheFrameworkHasStarted() {
        List<FrameworkListener> listeners = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        AfterStartup.run(context(new int[] { Bundle.ACTIVE }, listeners), runs::incrementAndGet);
        assertEquals(1, runs.get());
        assertTrue(listeners.isEmpty());
    }

    @Test
    void aClosedHandleNeverRuns() {
        List<FrameworkListener> listeners = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        AfterStartup handle = AfterStartup.run(context(new int[] { Bundle.STARTING }, listeners), runs::incrementAndGet);
        List<FrameworkListener> registered = List.copyOf(listeners);
        handle.close();
        assertTrue(listeners.isEmpty());
        fire(registered, FrameworkEvent.STARTED); // an event already on its way when the component went
        assertEquals(0, runs.get());
    }
}
