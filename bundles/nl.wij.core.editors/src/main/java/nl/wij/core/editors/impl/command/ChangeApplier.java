package nl.wij.core.editors.impl.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import nl.wij.core.editors.impl.model.InvalidValues;
import nl.wij.core.editors.impl.model.JsonValues;
import nl.wij.core.editors.impl.model.Labels;
import nl.wij.core.editors.impl.model.Metamodel;
import nl.wij.core.store.StoreSession;

/**
 * Applies a {@link Change} to the store inside a write, after checking that the stored object is
 * in the change's {@code before} state; otherwise it throws {@link StaleChange} and writes nothing.
 * Used for undo (with the inverse change) and redo; the audit trail records it like any edit.
 */
public final class ChangeApplier {

    private ChangeApplier() {
    }

    /** Applies the change; returns the object afterwards, or {@code null} when it was deleted. */
    public static EObject apply(StoreSession session, Metamodel metamodel, Change change) {
        EClass eClass = metamodel.eClass(change.eClass()).orElseThrow(() -> new StaleChange(change.eClass(), change.key(),
                "De soort gegevens " + change.eClass() + " is niet meer beschikbaar (de module is gestopt)."));
        String what = Labels.label(eClass) + " " + change.key();
        EObject current = session.get(metamodel.keyRoot(eClass), change.key()).orElse(null);
        if (change.isCreate()) {
            if (current != null) {
                throw new StaleChange(change.eClass(), change.key(), what + " bestaat intussen weer.");
            }
            EObject created = EcoreUtil.create(eClass);
            set(session, created, change.after(), true, change, what);
            session.save(created);
            return created;
        }
        if (current == null) {
            throw new StaleChange(change.eClass(), change.key(), what + " bestaat niet meer.");
        }
        JsonObject before = change.before();
        JsonObject stored = change.isDelete() ? JsonValues.snapshot(current) : JsonValues.snapshot(current, features(current, before));
        if (!equivalent(stored, before)) {
            throw new StaleChange(change.eClass(), change.key(), what + " is intussen door een ander gewijzigd"
                    + changedFeatures(current, before, stored) + ".");
        }
        if (change.isDelete()) {
            session.delete(eClass, change.key());
            return null;
        }
        set(session, current, change.after(), false, change, what);
        session.save(current);
        return current;
    }

    /**
     * Whether two snapshots describe the same state: a feature that one leaves out and the other
     * has as {@code null} or {@code []} is the same "no value" (an unsettable feature read back from
     * the store is set to null, one never touched is left out).
     */
    static boolean equivalent(JsonObject a, JsonObject b) {
        java.util.Set<String> names = new java.util.HashSet<>(a.keySet());
        names.addAll(b.keySet());
        for (String name : names) {
            if (!normal(a.get(name)).equals(normal(b.get(name)))) {
                return false;
            }
        }
        return true;
    }

    private static JsonElement normal(JsonElement value) {
        if (value == null || value.isJsonArray() && value.getAsJsonArray().isEmpty()) {
            return com.google.gson.JsonNull.INSTANCE;
        }
        return value;
    }

    private static void set(StoreSession session, EObject target, JsonObject values, boolean creating, Change change,
            String what) {
        try {
            JsonValues.apply(target, values, session::get, creating);
        } catch (InvalidValues e) {
            throw new StaleChange(change.eClass(), change.key(), what + " kan niet worden hersteld: "
                    + e.findings().get(0).message());
        }
    }

    private static List<EStructuralFeature> features(EObject object, JsonObject values) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (String name : values.keySet()) {
            EStructuralFeature f = object.eClass().getEStructuralFeature(name);
            if (f != null) {
                features.add(f);
            }
        }
        return features;
    }

    private static String changedFeatures(EObject current, JsonObject expected, JsonObject stored) {
        List<String> labels = new ArrayList<>();
        for (Map.Entry<String, JsonElement> e : expected.entrySet()) {
            if (!normal(e.getValue()).equals(normal(stored.get(e.getKey())))) {
                EStructuralFeature f = current.eClass().getEStructuralFeature(e.getKey());
                labels.add(f == null ? e.getKey() : Labels.label(f));
            }
        }
        for (String name : stored.keySet()) {
            if (!expected.has(name) && !normal(stored.get(name)).isJsonNull()) {
                EStructuralFeature f = current.eClass().getEStructuralFeature(name);
                labels.add(f == null ? name : Labels.label(f));
            }
        }
        return labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")";
    }
}
