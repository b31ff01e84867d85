package nl.wij.core.imports;

import java.util.Objects;

/**
 * What an import did to the objects of one model class.
 *
 * @param eClass the class name, e.g. {@code Vestiging} or {@code Gebouw}
 * @param created objects that were new
 * @param updated existing objects of which at least one feature changed
 * @param unchanged existing objects the file confirmed as they were
 * @param label the Dutch name of the objects for a report, e.g. {@code Vestigingen} or
 *        {@code Gebouwen}; the class name when none is given
 */
public record ClassCount(String eClass, int created, int updated, int unchanged, String label) {

    public ClassCount {
        Objects.requireNonNull(eClass, "eClass");
        label = label == null || label.isBlank() ? eClass : label;
    }

    /** Counts labelled by the class name. */
    public ClassCount(String eClass, int created, int updated, int unchanged) {
        this(eClass, created, updated, unchanged, null);
    }

    /** All objects of this class the file touched. */
    public int total() {
        return created + updated + unchanged;
    }
}
