package nl.wij.core.editors.impl.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An executed edit that can be undone and redone: a Dutch label for the buttons ("Vestiging De
 * Regenboog (16AH00) wijzigen: Naam") and the changes it made, in order.
 */
public final class ModelCommand {

    private final String label;
    private final List<Change> changes;

    public ModelCommand(String label, List<Change> changes) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a command changes at least one object");
        }
        this.label = label;
        this.changes = List.copyOf(changes);
    }

    public String label() {
        return label;
    }

    /** The changes as made (and as redone). */
    public List<Change> changes() {
        return changes;
    }

    /** The changes that undo this command: the inverses, last change first. */
    public List<Change> undoChanges() {
        List<Change> inverse = new ArrayList<>();
        changes.forEach(c -> inverse.add(c.inverse()));
        Collections.reverse(inverse);
        return inverse;
    }

    @Override
    public String toString() {
        return label;
    }
}
