package nl.wij.core.store;

/**
 * A difference between the tables recorded for a package and the tables its model needs now.
 *
 * @param nsURI the package
 * @param kind the kind of difference
 * @param table the qualified table it concerns
 * @param column the column it concerns, or {@code null} for a whole table
 * @param eClass the class concerned (by name)
 * @param feature the feature concerned (by name), or {@code null}
 * @param before the recorded shape (SQL type, key columns or target), or {@code null}
 * @param after the shape the model needs now, or {@code null}
 * @param message the Dutch explanation, naming package, class and feature
 */
public record SchemaChange(String nsURI, Kind kind, String table, String column, String eClass, String feature,
        String before, String after, String message) {

    public enum Kind {
        /** Additive: a new table. Applied automatically. */
        TABLE_ADDED(false),
        /** Additive: a new column (nullable, or KLASSE with a default). Applied automatically. */
        COLUMN_ADDED(false),
        /** Additive: a text column got longer. Applied automatically. */
        COLUMN_WIDENED(false),
        /** Destructive: a class or many-valued feature whose table holds data is gone (or renamed). */
        TABLE_REMOVED(true),
        /** Destructive: a feature whose column holds data is gone (or renamed). */
        COLUMN_REMOVED(true),
        /** Destructive: a column's type changed (other than a longer text). */
        TYPE_CHANGED(true),
        /** Destructive: the key (iD attribute) of a table changed. */
        KEY_CHANGED(true),
        /** Destructive: a reference now points to another table, or a column changed role. */
        TARGET_CHANGED(true);

        private final boolean destructive;

        Kind(boolean destructive) {
            this.destructive = destructive;
        }

        public boolean destructive() {
            return destructive;
        }
    }
}
