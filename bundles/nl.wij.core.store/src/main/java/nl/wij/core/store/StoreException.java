package nl.wij.core.store;

/**
 * A failure of the store, with a Dutch message a user can act on (it names the class, the key and
 * the feature involved). Unchecked: units of work are lambdas, and every failure rolls back anyway.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently (an importer counts rejections). */
    public enum Reason {
        /** The class or its package is not (or no longer) available in the store. */
        UNAVAILABLE,
        /** The object cannot be stored as it is (no key, duplicate key in one call, wrong type). */
        INVALID,
        /** A reference points to an object that is not in the store. */
        MISSING_REFERENCE,
        /** The object cannot be deleted because other objects refer to it. */
        IN_USE,
        /** Another transaction changed the same data or holds a lock; trying again may work. */
        CONFLICT,
        /** The session was used outside its unit of work, or a read session was asked to write. */
        ILLEGAL_STATE,
        /** The database failed. */
        DATABASE
    }

    private final Reason reason;

    public StoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
