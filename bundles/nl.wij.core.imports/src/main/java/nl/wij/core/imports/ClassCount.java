package nl.wij.core.imports;

/**
 * What an import did to the objects of one model class.
 *
 * @param eClass the class name, e.g. {@code Vestiging}
 * @param created objects that were new
 * @param updated existing objects of which at least one feature changed
 * @param unchanged existing objects the file confirmed as they were
 */
public record ClassCount(String eClass, int created, int updated, int unchanged) {

    /** All objects of this class the file touched. */
    public int total() {
        return created + updated + unchanged;
    }
}
