package nl.wij.core.editors.impl;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.editors.impl.command.ModelChangeListener;
import nl.wij.core.editors.impl.model.Labels;
import nl.wij.core.editors.impl.model.Metamodel;
import nl.wij.core.editors.impl.model.ModelRegistry;
import nl.wij.core.store.ModelStore;

/**
 * Short descriptions of all objects of a class (key, label, the text to search in), for paged
 * lists and search. The store lists whole classes only, so each class's list is loaded once and
 * kept for {@link Config#seconds()} seconds; an edit through the editors clears the cache at once,
 * changes by others (an import) show after at most that time.
 */
@Component(service = {ObjectIndex.class, ModelChangeListener.class})
@Designate(ocd = ObjectIndex.Config.class)
public final class ObjectIndex implements ModelChangeListener {

    @ObjectClassDefinition(name = "WIJ model editors: object index",
            description = "How long lists of objects for search and paging are kept in memory.")
    public @interface Config {
        @AttributeDefinition(name = "Seconds", description = "How long a class's list is reused before it is read again.")
        int seconds() default 60;
    }

    /** One object, briefly. */
    public record Summary(EClass eClass, String key, String label, String text) {
    }

    /** A page of a list: how many there are in all, and the ones on this page. */
    public record Page(int total, List<Summary> items) {
    }

    private record Entry(Metamodel metamodel, Instant loaded, List<Summary> summaries) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ObjectIndex.class);

    private final ModelStore store;
    private final ModelRegistry registry;
    private final Duration ttl;
    private final Clock clock;
    private final Map<EClass, Entry> entries = new ConcurrentHashMap<>();
    private final Object loading = new Object();

    @Activate
    public ObjectIndex(@Reference ModelStore store, @Reference ModelRegistry registry, Config config) {
        this(store, registry, Duration.ofSeconds(Math.max(0, config.seconds())), Clock.systemUTC());
    }

    ObjectIndex(ModelStore store, ModelRegistry registry, Duration ttl, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.ttl = ttl;
        this.clock = clock;
        LOG.debug("Objectindex: lijsten {} s bewaard", ttl.toSeconds());
    }

    /** A page of the objects of a class (and its subclasses), by key, filtered by a search text. */
    public Page page(EClass eClass, String query, int offset, int limit) {
        List<Summary> matching = filter(summaries(eClass), query);
        int from = Math.min(Math.max(0, offset), matching.size());
        int to = Math.min(matching.size(), from + Math.max(0, limit));
        return new Page(matching.size(), List.copyOf(matching.subList(from, to)));
    }

    /** Objects of the given classes matching a search text, at most {@code limit}, class by class. */
    public List<Summary> search(Collection<EClass> classes, String query, int limit) {
        List<Summary> found = new ArrayList<>();
        for (EClass eClass : classes) {
            for (Summary s : filter(summaries(eClass), query)) {
                if (found.size() >= limit) {
                    return found;
                }
                found.add(s);
            }
        }
        return found;
    }

    /** Filters summaries: every word of the query must occur (case and accents ignored). */
    public static List<Summary> filter(List<Summary> summaries, String query) {
        String[] words = normalize(query == null ? "" : query).split("\\s+");
        List<String> needed = java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
        if (needed.isEmpty()) {
            return summaries;
        }
        return summaries.stream().filter(s -> needed.stream().allMatch(s.text()::contains)).toList();
    }

    /** The summary of an object: key, label, and its text attributes to search in. */
    public static Summary summary(EObject object) {
        StringBuilder text = new StringBuilder();
        for (EAttribute a : object.eClass().getEAllAttributes()) {
            if (!a.isMany() && Labels.isText(a)) {
                Object value = object.eGet(a);
                if (value != null) {
                    text.append(value).append(' ');
                }
            }
        }
        return new Summary(object.eClass(), Labels.key(object), Labels.label(object), normalize(text.toString()));
    }

    @Override
    public void changed(String eClass, String key) {
        entries.clear();
    }

    private List<Summary> summaries(EClass eClass) {
        Metamodel metamodel = registry.current();
        Entry entry = entries.get(eClass);
        if (fresh(entry, metamodel)) {
            return entry.summaries();
        }
        synchronized (loading) {
            entry = entries.get(eClass);
            if (fresh(entry, metamodel)) {
                return entry.summaries();
            }
            long start = System.nanoTime();
            List<Summary> summaries = store.read(session -> session.list(eClass).stream().map(ObjectIndex::summary).toList());
            entries.put(eClass, new Entry(metamodel, clock.instant(), summaries));
            LOG.debug("{} {} objecten geïndexeerd in {} ms", summaries.size(), Metamodel.name(eClass),
                    (System.nanoTime() - start) / 1_000_000);
            return summaries;
        }
    }

    private boolean fresh(Entry entry, Metamodel metamodel) {
        return entry != null && entry.metamodel() == metamodel && entry.loaded().plus(ttl).isAfter(clock.instant());
    }

    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
