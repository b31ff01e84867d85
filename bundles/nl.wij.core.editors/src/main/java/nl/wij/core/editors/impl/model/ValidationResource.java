package nl.wij.core.editors.impl.model;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * A throw-away resource that holds the objects of one validation run.
 * <p>
 * The store hands out detached objects (in no resource). EMF's default constraints would report
 * every reference between them as "dangling" (EveryReferenceIsContained), so the objects and all
 * they refer to are put in this resource first. Key uniqueness is the store's primary key, not
 * this resource's business: {@link #getEObject} finds nothing, which keeps EMF's UniqueID check
 * quiet and a run over thousands of objects linear instead of quadratic.
 */
final class ValidationResource extends ResourceImpl {

    private final Map<EObject, Boolean> added = new IdentityHashMap<>();

    ValidationResource() {
        super(URI.createURI("wij:validatie"));
    }

    /** Adds the objects and, transitively, every object they refer to. */
    void addWithReferences(Collection<? extends EObject> objects) {
        Deque<EObject> todo = new ArrayDeque<>(objects);
        while (!todo.isEmpty()) {
            EObject o = todo.removeFirst();
            if (added.put(o, Boolean.TRUE) != null || o.eIsProxy()) {
                continue;
            }
            if (o.eContainer() == null) {
                // unique already (tracked above): skip the list's linear contains check
                ((InternalEList<EObject>) getContents()).addUnique(o);
            }
            todo.addAll(o.eCrossReferences());
        }
    }

    @Override
    public EObject getEObject(String uriFragment) {
        return null;
    }
}
