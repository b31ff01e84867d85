package nl.wij.core.store;

/** The kind of change an audit row records. */
public enum AuditAction {
    CREATED, UPDATED, DELETED
}
