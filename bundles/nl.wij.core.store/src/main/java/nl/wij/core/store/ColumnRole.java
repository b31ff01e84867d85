package nl.wij.core.store;

/** What a derived column holds. */
public enum ColumnRole {
    /** The object's key: its iD attribute. */
    KEY,
    /** {@code KLASSE}: the name of the object's class, in a table that holds a class hierarchy. */
    DISCRIMINATOR,
    /** A single-valued attribute. */
    ATTRIBUTE,
    /** A single-valued reference: the target's key, with a foreign key to the target's table. */
    REFERENCE,
    /** In a link or value table: the owner's key. */
    OWNER,
    /** In a link or value table: the element's position in the list, from 0. */
    POSITION,
    /** In a link table: the target's key. */
    TARGET,
    /** In a value table: the element's value. */
    VALUE
}
