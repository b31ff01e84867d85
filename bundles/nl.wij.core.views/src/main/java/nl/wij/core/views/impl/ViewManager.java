package nl.wij.core.views.impl;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.condition.Condition;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.views.AnalyticalView;
import nl.wij.core.views.PublishedView;
import nl.wij.core.views.ViewCatalog;
import nl.wij.core.views.ViewCatalogListener;
import nl.wij.core.views.ViewProvider;
import nl.wij.core.views.impl.ViewReconciler.Offered;
import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.lifecycle.AfterStartup;

/**
 * The analyst catalog: tracks {@link ViewProvider}s and the store's availability conditions
 * ({@code osgi.condition.id=wij.store.package}, one per available model package) and keeps the
 * database's views in line with them on one background thread ({@link ViewReconciler}); every
 * change is reconciled as a whole, so bursts of arrivals cost one pass.
 * <p>
 * Restarts are cheap: while the framework stops, departing providers and packages drop nothing;
 * while it starts, nothing is reconciled (the views recorded by the last run stay as they are), and
 * once it has started one pass leaves alone every offered view whose recorded definition and grant
 * are unchanged, and drops the views no provider offers any more (a module removed while WIJ was
 * down). At run time a provider or package that goes takes its views with it at once.
 */
@Component(service = ViewCatalog.class, immediate = true)
@Designate(ocd = ViewManager.Config.class)
public final class ViewManager implements ViewCatalog {

    @ObjectClassDefinition(name = "WIJ analytische views", description = "De views van de analistencatalogus in de"
            + " database.")
    public @interface Config {
        @AttributeDefinition(name = "Drempel personenaantallen", description = "Aantallen personen (kolommen van het"
                + " soort PERSON_COUNT) onder deze drempel worden onderdrukt (leeg); de andere worden afgerond op een"
                + " veelvoud ervan. Standaard 5, zoals DUO.")
        int suppressionThreshold() default 5;

        @AttributeDefinition(name = "Databasegebruiker voor analisten", description = "De databasegebruiker die"
                + " alleen SELECT-recht krijgt op de beschikbare views; de analistenwerkplek voert zoekvragen als"
                + " deze gebruiker uit.")
        String reader() default "WIJ_ANALIST";
    }

    private static final Logger LOG = LoggerFactory.getLogger(ViewManager.class);

    private final ViewReconciler reconciler;
    private final Suppression suppression;
    private final Executor executor;
    private final LongFunction<String> bundleNames;
    /** Providers by service id (arrival order). */
    private final Map<Long, ViewProvider> providers = new ConcurrentSkipListMap<>();
    private final Map<Long, String> providerBundles = new ConcurrentHashMap<>();
    /** Available model packages, by the service id of their condition. */
    private final Map<Long, String> packages = new ConcurrentHashMap<>();
    private final List<ViewCatalogListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final BooleanSupplier frameworkStopping;
    /** Set by the framework constructor; closed by {@link #deactivate()}. */
    private AfterStartup afterStartup;
    private volatile boolean frameworkStarted;
    private volatile List<PublishedView> views = List.of();

    @Activate
    public ViewManager(Config config, @Reference(name = "database") Database database, BundleContext context) {
        this(database, config.suppressionThreshold(), config.reader(), Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wij-analytische-views");
            t.setDaemon(true);
            return t;
        }), id -> {
            Bundle bundle = context.getBundle(id);
            return bundle == null ? "bundel " + id : bundle.getSymbolicName();
        }, false, () -> context.getBundle(Constants.SYSTEM_BUNDLE_ID).getState() == Bundle.STOPPING);
        afterStartup = AfterStartup.run(context, this::frameworkStarted);
    }

    /**
     * For tests: reconciles on {@code executor} (e.g. {@code Runnable::run} for synchronous tests).
     *
     * @param started whether the framework has finished starting (else {@link #frameworkStarted()} says when)
     * @param stopping whether the framework is stopping now
     */
    public ViewManager(Database database, int threshold, String reader, Executor executor,
            LongFunction<String> bundleNames, boolean started, BooleanSupplier stopping) {
        this.suppression = new Suppression(threshold);
        this.reconciler = new ViewReconciler(database, suppression, reader.toUpperCase(Locale.ROOT),
                Clock.systemUTC());
        this.executor = executor;
        this.bundleNames = bundleNames;
        this.frameworkStarted = started;
        this.frameworkStopping = stopping;
        LOG.debug("Analytische views: drempel {}, lezer {}", threshold, reader);
        requestReconcile();
    }

    /** For tests: a framework that runs. */
    public ViewManager(Database database, int threshold, String reader, Executor executor,
            LongFunction<String> bundleNames) {
        this(database, threshold, reader, executor, bundleNames, true, () -> false);
    }

    /** Tells the manager that the framework has started: recorded views nobody offers may go now. */
    public void frameworkStarted() {
        frameworkStarted = true;
        requestReconcile();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (afterStartup != null) {
            afterStartup.close();
        }
        if (executor instanceof ExecutorService service) {
            service.shutdown();
            if (!service.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Analytische views: bijwerken na 30 seconden nog niet klaar");
            }
        }
    }

    @Reference(name = "providers", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindProvider(ViewProvider provider, Map<String, Object> properties) {
        long id = serviceId(properties);
        providerBundles.put(id, bundleNames.apply(bundleId(properties)));
        providers.put(id, provider);
        requestReconcile();
    }

    public void unbindProvider(ViewProvider provider, Map<String, Object> properties) {
        long id = serviceId(properties);
        providers.remove(id);
        providerBundles.remove(id);
        reconcileUnlessStopping();
    }

    @Reference(name = "packages", service = Condition.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, target = "(osgi.condition.id=wij.store.package)")
    public void bindPackage(Map<String, Object> properties) {
        Object nsURI = properties.get("emf.nsURI");
        if (nsURI != null) {
            packages.put(serviceId(properties), nsURI.toString());
            requestReconcile();
        }
    }

    public void unbindPackage(Map<String, Object> properties) {
        if (packages.remove(serviceId(properties)) != null) {
            reconcileUnlessStopping();
        }
    }

    /** A departure while the framework stops changes nothing: the views are still right at the next start. */
    private void reconcileUnlessStopping() {
        if (!frameworkStopping.getAsBoolean()) {
            requestReconcile();
        }
    }

    @Reference(name = "listeners", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindListener(ViewCatalogListener listener) {
        listeners.add(listener);
    }

    public void unbindListener(ViewCatalogListener listener) {
        listeners.remove(listener);
    }

    @Override
    public List<PublishedView> views() {
        return views;
    }

    @Override
    public Optional<PublishedView> view(String qualifiedName) {
        String wanted = qualifiedName.toLowerCase(Locale.ROOT);
        return views.stream().filter(v -> v.qualifiedName().equals(wanted)).findFirst();
    }

    @Override
    public String reader() {
        return reconciler.reader();
    }

    @Override
    public int suppressionThreshold() {
        return suppression.threshold();
    }

    /**
     * Reconciles on the executor, once for any number of requests meanwhile. Not while the framework
     * starts: providers and packages then arrive one by one, and reconciling after each (a connection
     * and a dozen statements) would only take CPU from the start-up; {@link #frameworkStarted()}
     * reconciles once they are all there, and only then may a recorded view that nobody offers go.
     */
    private void requestReconcile() {
        if (frameworkStarted && queued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    queued.set(false);
                    reconcile();
                });
            } catch (RejectedExecutionException stopping) {
                // deactivated: DS unbinds dynamic references after deactivation; nothing to keep in step
                queued.set(false);
            }
        }
    }

    private void reconcile() {
        List<Offered> offered = new ArrayList<>();
        providers.forEach((id, provider) -> {
            String bundle = providerBundles.getOrDefault(id, "");
            try {
                for (AnalyticalView view : provider.views()) {
                    offered.add(new Offered(bundle, view));
                }
            } catch (RuntimeException e) {
                LOG.error("Analytische views van {} konden niet worden gelezen", bundle, e);
            }
        });
        try {
            List<PublishedView> now = List.copyOf(reconciler.reconcile(offered, Set.copyOf(packages.values())));
            if (!now.equals(views)) {
                views = now;
                listeners.forEach(l -> notify(l, now));
            }
        } catch (SQLException e) {
            LOG.error("Analytische views konden niet worden bijgewerkt: {}", e.getMessage(), e);
        }
    }

    private static void notify(ViewCatalogListener listener, List<PublishedView> now) {
        try {
            listener.catalogChanged(now);
        } catch (RuntimeException e) {
            LOG.warn("Catalogusluisteraar {} faalde", listener.getClass().getName(), e);
        }
    }

    private static long serviceId(Map<String, Object> properties) {
        return ((Number) properties.get(Constants.SERVICE_ID)).longValue();
    }

    private static long bundleId(Map<String, Object> properties) {
        Object id = properties.get(Constants.SERVICE_BUNDLEID);
        return id instanceof Number n ? n.longValue() : -1;
    }
}
