package nl.wij.core.editors.impl.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.store.ModelStore;
import nl.wij.core.store.PackageState;

/**
 * Tracks the EPackage and EValidator services (property {@code emf.nsURI}) and the store's package
 * states, and hands out the current {@link Metamodel}: the packages that are registered and that
 * the store holds now. A new snapshot is made when a service comes or goes or a package's state in
 * the store changes (a package can become available later, when the package it builds on arrives).
 */
@Component(service = ModelRegistry.class)
public final class ModelRegistry {

    /** Service property with a package's namespace URI (set by every model bundle). */
    public static final String NS_URI = "emf.nsURI";

    private static final Logger LOG = LoggerFactory.getLogger(ModelRegistry.class);

    private final ModelStore store;
    private final Map<EPackage, String> packages = new ConcurrentHashMap<>();
    private final Map<EValidator, String> validators = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private long version;
    private Snapshot snapshot;

    /** The package states of a snapshot plus the metamodel built from them. */
    private record Snapshot(long version, Set<String> available, Metamodel metamodel) {
    }

    /** A registered package and what the store says about it. */
    public record PackageEntry(EPackage ePackage, PackageState state) {
    }

    @Activate
    public ModelRegistry(@Reference ModelStore store) {
        this.store = store;
        LOG.debug("Modelregister actief");
    }

    @Reference(service = EPackage.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + NS_URI + "=*)")
    public void bindPackage(EPackage ePackage, Map<String, Object> properties) {
        packages.put(ePackage, String.valueOf(properties.get(NS_URI)));
        changed();
    }

    public void unbindPackage(EPackage ePackage) {
        packages.remove(ePackage);
        changed();
    }

    @Reference(service = EValidator.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + NS_URI + "=*)")
    public void bindValidator(EValidator validator, Map<String, Object> properties) {
        validators.put(validator, String.valueOf(properties.get(NS_URI)));
        changed();
    }

    public void unbindValidator(EValidator validator) {
        validators.remove(validator);
        changed();
    }

    private void changed() {
        synchronized (lock) {
            version++;
        }
    }

    /** The metamodel of the packages that are registered and available in the store now. */
    public Metamodel current() {
        Set<String> available = store.packages().stream()
                .filter(s -> s.status() == PackageState.Status.AVAILABLE)
                .map(PackageState::nsURI)
                .collect(Collectors.toSet());
        synchronized (lock) {
            if (snapshot != null && snapshot.version() == version && snapshot.available().equals(available)) {
                return snapshot.metamodel();
            }
            List<EPackage> usable = packages.keySet().stream().filter(p -> available.contains(p.getNsURI())).toList();
            Map<String, EValidator> byNsUri = new HashMap<>();
            validators.forEach((validator, nsUri) -> byNsUri.put(nsUri, validator));
            Metamodel metamodel = new Metamodel(usable, byNsUri);
            snapshot = new Snapshot(version, Set.copyOf(available), metamodel);
            LOG.debug("Metamodel opnieuw opgebouwd: {} pakket(ten), {} klassen", usable.size(), metamodel.classes().size());
            return metamodel;
        }
    }

    /** Every registered package with its state in the store (null when the store has not seen it), by name. */
    public List<PackageEntry> packages() {
        Map<String, PackageState> states = new HashMap<>();
        store.packages().forEach(s -> states.put(s.nsURI(), s));
        List<PackageEntry> entries = new ArrayList<>();
        packages.keySet().forEach(p -> entries.add(new PackageEntry(p, states.get(p.getNsURI()))));
        entries.sort(Comparator.comparing((PackageEntry e) -> e.ePackage().getName()).thenComparing(e -> e.ePackage().getNsURI()));
        return entries;
    }
}
