package nl.wij.analysis.query;

/**
 * A query that did not give a result, with a Dutch message for the user.
 */
public final class QueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why there is no result. */
    public enum Outcome {
        /** Not a single read-only statement; nothing was run. */
        REFUSED,
        /** The database refused or could not run the statement (syntax, unknown column, no privilege). */
        INVALID,
        /** It ran longer than the time limit and was stopped. */
        TIMEOUT,
        /** Its user cancelled it. */
        CANCELLED,
        /** Too many queries run at once, or the database cannot run analyst queries. */
        UNAVAILABLE
    }

    private final Outcome outcome;
    private final String sqlState;
    private final Integer line;
    private final Integer column;

    public QueryException(Outcome outcome, String message) {
        this(outcome, message, null, null, null, null);
    }

    public QueryException(Outcome outcome, String message, String sqlState, Integer line, Integer column,
            Throwable cause) {
        super(message, cause);
        this.outcome = outcome;
        this.sqlState = sqlState;
        this.line = line;
        this.column = column;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The database's SQLState, or {@code null}. */
    public String sqlState() {
        return sqlState;
    }

    /** The line of the statement where the database found the problem (1-based), or {@code null}. */
    public Integer line() {
        return line;
    }

    /** The column of the statement where the database found the problem (1-based), or {@code null}. */
    public Integer column() {
        return column;
    }
}
