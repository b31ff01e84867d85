package nl.wij.core.store;

/** What a save did to one object. */
public enum SaveResult {
    /** The object was new and was inserted. */
    CREATED,
    /** The object existed and at least one feature changed. */
    UPDATED,
    /** The object existed with exactly these values; nothing was written, nothing audited. */
    UNCHANGED
}
