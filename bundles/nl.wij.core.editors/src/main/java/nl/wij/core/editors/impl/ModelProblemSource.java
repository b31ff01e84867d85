package nl.wij.core.editors.impl;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.editors.impl.command.ModelChangeListener;
import nl.wij.core.editors.impl.model.Finding;
import nl.wij.core.editors.impl.model.Labels;
import nl.wij.core.editors.impl.model.Metamodel;
import nl.wij.core.editors.impl.model.ModelRegistry;
import nl.wij.core.store.ModelStore;
import nl.wij.platform.api.lifecycle.AfterStartup;
import nl.wij.workbench.api.Problem;
import nl.wij.workbench.api.ProblemSource;

/**
 * Signaleringen from EMF validation of the stored objects (constraints in the model and the
 * EValidator services that modules contribute), each linked to the Formulier view.
 * <p>
 * Cheap on purpose: a full sweep over every object of the available packages runs at most once per
 * {@link Config#refreshSeconds()} (the first one when the Problems view first asks, later ones in
 * the background while the previous result is served), stops after {@link Config#maxObjects()}
 * objects, and an edit through the editors re-validates just that object at once.
 * <p>
 * A problem's {@code id} carries the object ({@code nl.wij.core.editors.problem/<class>/<key>/<n>},
 * percent-encoded), its {@code target} is the Formulier view; the editors' web code reads the
 * object from the id when the link is followed.
 */
@Component(service = {ProblemSource.class, ModelChangeListener.class, ModelProblemSource.class})
@Designate(ocd = ModelProblemSource.Config.class)
public final class ModelProblemSource implements ProblemSource, ModelChangeListener {

    @ObjectClassDefinition(name = "WIJ model editors: validation problems",
            description = "How often and how far the stored objects are validated for the Problems view.")
    public @interface Config {
        @AttributeDefinition(name = "Refresh (seconds)", description = "How old a full validation may be before it is run again.")
        int refreshSeconds() default 60;

        @AttributeDefinition(name = "Objects", description = "How many objects one full validation checks at most.")
        int maxObjects() default 100_000;

        @AttributeDefinition(name = "Problems", description = "How many problems are reported at most.")
        int maxProblems() default 200;
    }

    /** The prefix of every problem id of this source. */
    public static final String ID_PREFIX = "nl.wij.core.editors.problem/";

    /** The view a problem links to. */
    public static final String TARGET = EditorsContribution.FORM;

    /** A finding about one stored object. */
    public record ObjectProblem(String eClass, String key, String label, String classLabel, Finding finding) {
    }

    private record Sweep(Metamodel metamodel, Instant at, Map<String, List<ObjectProblem>> byObject, int checked,
            boolean truncated) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ModelProblemSource.class);

    private final ModelStore store;
    private final ModelRegistry registry;
    private final Duration refresh;
    private final int maxObjects;
    private final int maxProblems;
    private final Clock clock;
    private final ExecutorService background;
    private AfterStartup afterStartup;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final Object sweeping = new Object();
    private volatile Sweep sweep;

    @Activate
    public ModelProblemSource(@Reference ModelStore store, @Reference ModelRegistry registry, Config config) {
        this(store, registry, Duration.ofSeconds(Math.max(0, config.refreshSeconds())), config.maxObjects(),
                config.maxProblems(), Clock.systemUTC());
    }

    ModelProblemSource(ModelStore store, ModelRegistry registry, Duration refresh, int maxObjects, int maxProblems,
            Clock clock) {
        this.store = store;
        this.registry = registry;
        this.refresh = refresh;
        this.maxObjects = Math.max(1, maxObjects);
        this.maxProblems = Math.max(1, maxProblems);
        this.clock = clock;
        this.background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wij-modelcontrole");
            t.setDaemon(true);
            return t;
        });
        LOG.debug("Modelcontrole: elke {} s, hoogstens {} objecten, {} signaleringen", refresh.toSeconds(), maxObjects,
                maxProblems);
    }

    /**
     * Starts the first sweep in the background once the framework has started, so the Problems view
     * need not wait for it.
     */
    @Activate
    void warmUp(BundleContext context) {
        afterStartup = AfterStartup.run(context, this::firstSweep);
    }

    private void firstSweep() {
        try {
            background.execute(() -> {
                try {
                    current();
                } catch (RuntimeException e) {
                    LOG.debug("Eerste modelcontrole mislukte; de volgende vraag probeert het opnieuw", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Modelcontrole al gestopt");
        }
    }

    @Deactivate
    void deactivate() {
        if (afterStartup != null) {
            afterStartup.close();
        }
        background.shutdownNow();
    }

    @Override
    public List<Problem> problems() {
        Sweep s = current();
        List<Problem> problems = new ArrayList<>();
        int total = 0;
        for (List<ObjectProblem> list : s.byObject().values()) {
            for (int i = 0; i < list.size(); i++) {
                total++;
                if (problems.size() < maxProblems) {
                    problems.add(problem(list.get(i), i));
                }
            }
        }
        if (total > problems.size()) {
            problems.add(new Problem(ID_PREFIX + "meer", Problem.Severity.INFO, "Er zijn nog " + (total - problems.size())
                    + " meldingen uit de modelcontrole; herstel eerst deze.", "Modelcontrole", null));
        }
        if (s.truncated()) {
            problems.add(new Problem(ID_PREFIX + "afgekapt", Problem.Severity.INFO, "De modelcontrole heeft de eerste "
                    + s.checked() + " objecten gecontroleerd; de rest is overgeslagen.", "Modelcontrole", null));
        }
        return problems;
    }

    /** The findings per object of the last validation, for the editors' own problem list. */
    public List<ObjectProblem> objectProblems() {
        return current().byObject().values().stream().flatMap(List::stream).toList();
    }

    /** Validates one object again after an edit (or forgets it when it was deleted). */
    @Override
    public void changed(String eClassName, String key) {
        Sweep s = sweep;
        if (s == null) {
            return;
        }
        Metamodel metamodel = registry.current();
        Optional<EClass> eClass = metamodel.eClass(eClassName);
        if (eClass.isEmpty() || metamodel != s.metamodel()) {
            return;
        }
        EClass root = metamodel.keyRoot(eClass.get());
        List<ObjectProblem> found = store.read(session -> session.get(root, key)
                .map(o -> toProblems(o, metamodel.validator().validate(o))).orElse(List.of()));
        synchronized (sweeping) {
            Sweep latest = sweep;
            if (latest == null || latest.metamodel() != metamodel) {
                return;
            }
            Map<String, List<ObjectProblem>> copy = new LinkedHashMap<>(latest.byObject());
            String id = objectId(root, key);
            if (found.isEmpty()) {
                copy.remove(id);
            } else {
                copy.put(id, found);
            }
            sweep = new Sweep(latest.metamodel(), latest.at(), copy, latest.checked(), latest.truncated());
        }
    }

    private Sweep current() {
        Metamodel metamodel = registry.current();
        Sweep s = sweep;
        if (s == null || s.metamodel() != metamodel) {
            synchronized (sweeping) {
                s = sweep;
                if (s == null || s.metamodel() != metamodel) {
                    s = validateAll(metamodel);
                    sweep = s;
                }
            }
            return s;
        }
        if (s.at().plus(refresh).isBefore(clock.instant()) && refreshing.compareAndSet(false, true)) {
            try {
                background.execute(() -> {
                    try {
                        Sweep fresh = validateAll(registry.current());
                        synchronized (sweeping) {
                            sweep = fresh;
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("Modelcontrole op de achtergrond mislukte", e);
                    } finally {
                        refreshing.set(false);
                    }
                });
            } catch (RejectedExecutionException e) {
                refreshing.set(false);
            }
        }
        return s;
    }

    private Sweep validateAll(Metamodel metamodel) {
        long start = System.nanoTime();
        Instant at = clock.instant();
        return store.read(session -> {
            Map<String, List<ObjectProblem>> byObject = new LinkedHashMap<>();
            int checked = 0;
            boolean truncated = false;
            for (EClass root : metamodel.keyRoots()) {
                List<EObject> objects = session.list(root);
                if (checked + objects.size() > maxObjects) {
                    objects = objects.subList(0, Math.max(0, maxObjects - checked));
                    truncated = true;
                }
                checked += objects.size();
                Map<EObject, List<Finding>> findings = metamodel.validator().validate(objects);
                for (EObject o : objects) {
                    List<Finding> list = findings.get(o);
                    if (list != null) {
                        byObject.put(objectId(root, Labels.key(o)), toProblems(o, list));
                    }
                }
                if (truncated) {
                    break;
                }
            }
            LOG.debug("Modelcontrole: {} objecten, {} met meldingen, {} ms", checked, byObject.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return new Sweep(metamodel, at, byObject, checked, truncated);
        });
    }

    private static List<ObjectProblem> toProblems(EObject object, List<Finding> findings) {
        String eClass = Metamodel.name(object.eClass());
        String key = Labels.key(object);
        String label = Labels.label(object);
        String classLabel = Labels.label(object.eClass());
        return findings.stream().sorted(Comparator.comparing(Finding::severity))
                .map(f -> new ObjectProblem(eClass, key, label, classLabel, f)).toList();
    }

    private static Problem problem(ObjectProblem p, int index) {
        String id = ID_PREFIX + encode(p.eClass()) + "/" + encode(p.key()) + "/" + index;
        return new Problem(id, p.finding().severity(), p.classLabel() + " " + p.label() + ": " + p.finding().message(),
                p.classLabel(), TARGET);
    }

    private static String objectId(EClass root, String key) {
        return Metamodel.name(root) + "/" + key;
    }

    /** Percent-encoding as JavaScript's encodeURIComponent does, so the browser can decode the id. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : (text == null ? "" : text).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-_.!~*'()".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
