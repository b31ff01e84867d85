package nl.wij.core.editors.impl.command;

import com.google.gson.JsonObject;

/**
 * One object's change of state, as canonical JSON (see
 * {@link nl.wij.core.editors.impl.model.JsonValues#snapshot}): {@code before} is what the changed
 * features held (or {@code null}: the object did not exist), {@code after} what they hold now (or
 * {@code null}: the object was deleted). Keys and values, not EObjects: a change outlives the
 * transaction and the detached objects it was made with, and is applied again to whatever the
 * store holds at undo time.
 *
 * @param eClass the qualified name of the object's concrete class, e.g. {@code core.Vestiging}
 * @param key the object's key as text
 */
public record Change(String eClass, String key, JsonObject before, JsonObject after) {

    public Change {
        before = before == null ? null : before.deepCopy();
        after = after == null ? null : after.deepCopy();
    }

    @Override
    public JsonObject before() {
        return before == null ? null : before.deepCopy();
    }

    @Override
    public JsonObject after() {
        return after == null ? null : after.deepCopy();
    }

    /** The change that takes the object back. */
    public Change inverse() {
        return new Change(eClass, key, after, before);
    }

    public boolean isCreate() {
        return before == null;
    }

    public boolean isDelete() {
        return after == null;
    }
}
