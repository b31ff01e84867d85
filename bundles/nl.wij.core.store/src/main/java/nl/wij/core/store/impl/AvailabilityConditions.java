package nl.wij.core.store.impl;

import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.condition.Condition;

import nl.wij.core.store.ModelStore;

/**
 * Tells the framework which packages the store can hold now: one {@link Condition} service per
 * available package, with {@code osgi.condition.id=}{@value ModelStore#PACKAGE_CONDITION} and
 * {@code emf.nsURI=<nsURI>}, registered when the package becomes available and unregistered when it
 * is removed or refused. Components that read a package's tables target it, e.g.
 * {@code (&(osgi.condition.id=wij.store.package)(emf.nsURI=https://wij.nl/model/core/1.0))}.
 */
final class AvailabilityConditions implements Consumer<Set<String>> {

    private final BundleContext context;
    /** Guarded by {@code this}. */
    private final Map<String, ServiceRegistration<Condition>> registrations = new HashMap<>();

    AvailabilityConditions(BundleContext context) {
        this.context = context;
    }

    @Override
    public synchronized void accept(Set<String> available) {
        registrations.entrySet().removeIf(e -> {
            if (available.contains(e.getKey())) {
                return false;
            }
            unregister(e.getValue());
            return true;
        });
        for (String nsURI : available) {
            registrations.computeIfAbsent(nsURI, this::register);
        }
    }

    private ServiceRegistration<Condition> register(String nsURI) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Condition.CONDITION_ID, ModelStore.PACKAGE_CONDITION);
        properties.put(ModelStore.NS_URI, nsURI);
        return context.registerService(Condition.class, Condition.INSTANCE, properties);
    }

    synchronized void close() {
        registrations.values().forEach(AvailabilityConditions::unregister);
        registrations.clear();
    }

    private static void unregister(ServiceRegistration<Condition> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // The store's bundle is stopping and the framework unregistered it first.
        }
    }
}
