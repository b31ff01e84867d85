package nl.wij.core.imports.impl.duo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.wij.core.store.StoreSession;

/**
 * The objects the store holds already, per class, loaded once per import on first need and kept by
 * key, with a snapshot of each as loaded. Only for the classes with a bounded number of objects
 * (gemeenten, regio's, instellingen, vestigingen); pupil counts are never loaded, the store compares
 * them itself.
 * <p>
 * The snapshot lets the import tell a stored object the file left as it was ({@link #unchanged})
 * without asking the store to read it again: most objects of a count file, and all of a repeated
 * import, are such confirmations.
 */
final class ExistingObjects {

    private final StoreSession session;
    private final Map<EClass, Map<String, EObject>> byClass = new HashMap<>();
    private final Map<EObject, List<Object>> snapshots = new IdentityHashMap<>();

    ExistingObjects(StoreSession session) {
        this.session = session;
    }

    /** The stored object of this class with this key, or {@code null}. */
    @SuppressWarnings("unchecked")
    <T extends EObject> T find(EClass eClass, String key) {
        return (T) byClass.computeIfAbsent(eClass, this::load).get(key);
    }

    /** Whether the object is a stored one whose values are still exactly those it was loaded with. */
    boolean unchanged(EObject object) {
        List<Object> before = snapshots.get(object);
        return before != null && before.equals(values(object));
    }

    private Map<String, EObject> load(EClass eClass) {
        Map<String, EObject> objects = new HashMap<>();
        for (EObject object : session.list(eClass)) {
            if (object.eClass() == eClass) {
                objects.put(key(object), object);
                snapshots.put(object, values(object));
            }
        }
        return objects;
    }

    /**
     * Everything the store keeps of the object: attribute values (with whether an unsettable one is
     * set), references as their target's key, lists as lists.
     */
    private static List<Object> values(EObject object) {
        List<Object> values = new ArrayList<>();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived()) {
                continue;
            }
            if (feature.isUnsettable()) {
                values.add(object.eIsSet(feature));
            }
            Object value = object.eGet(feature);
            if (feature instanceof EAttribute) {
                values.add(feature.isMany() ? new ArrayList<>((List<?>) value) : value);
            } else if (feature instanceof EReference) {
                if (feature.isMany()) {
                    List<Object> keys = new ArrayList<>();
                    ((List<?>) value).forEach(target -> keys.add(key((EObject) target)));
                    values.add(keys);
                } else {
                    values.add(value == null ? null : key((EObject) value));
                }
            }
        }
        return values;
    }

    private static String key(EObject object) {
        return String.valueOf(object.eGet(object.eClass().getEIDAttribute()));
    }
}
