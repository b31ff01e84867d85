package nl.wij.core.store.dialect;

/** What an {@link java.sql.SQLException} means, as far as the store reacts to it. */
public enum SqlFailure {
    /** A primary key or unique constraint was violated. */
    DUPLICATE_KEY,
    /** A foreign key was violated, immediately or at commit (deferred). */
    FOREIGN_KEY,
    /** A value does not fit its column. */
    VALUE_TOO_LONG,
    /** Deadlock, lock timeout or serialization failure: retrying may work. */
    CONFLICT,
    /** The table or schema to create exists already. */
    ALREADY_EXISTS,
    /** Anything else. */
    OTHER
}
