package nl.wij.core.store;

/** What a derived table holds. */
public enum TableKind {
    /** One row per object of a class hierarchy. */
    CLASS,
    /** One row per element of a many-valued reference: owner key, position, target key. */
    LINK,
    /** One row per element of a many-valued attribute: owner key, position, value. */
    VALUES
}
