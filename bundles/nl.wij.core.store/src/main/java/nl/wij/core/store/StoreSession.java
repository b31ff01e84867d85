package nl.wij.core.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The view of the store inside one unit of work. Valid only while the work runs.
 * <p>
 * Loaded objects are detached copies, one instance per stored object within a session (between
 * writes): references are resolved eagerly to objects of the same session, so a loaded
 * {@code Vestiging} has its {@code gemeente} set to the session's {@code Gemeente}. A save or
 * delete forgets the loaded copies, so a later {@link #get} sees the new state.
 */
@ProviderType
public interface StoreSession {

    /** The object of this class (or a subclass) with this key; the key may also be given as text. */
    Optional<EObject> get(EClass eClass, Object key);

    /** All objects of this class and its subclasses, ordered by key. */
    List<EObject> list(EClass eClass);

    /**
     * The objects of this class whose feature has this value (for a many-valued feature: contains
     * it), ordered by key. For a reference the value is the target object or its key.
     */
    List<EObject> list(EClass eClass, EStructuralFeature feature, Object value);

    /** Inserts or updates the object by its iD attribute and audits every changed feature. */
    SaveResult save(EObject object);

    /**
     * Saves many objects with JDBC batches: existing rows are read per table with a few queries,
     * not one per object. Fails on two objects with the same key.
     */
    SaveSummary saveAll(Collection<? extends EObject> objects);

    /** Deletes the object; false when it did not exist. Fails when other objects still refer to it. */
    boolean delete(EClass eClass, Object key);

    /** The user of a write, or {@code null} in a read. */
    String user();
}
