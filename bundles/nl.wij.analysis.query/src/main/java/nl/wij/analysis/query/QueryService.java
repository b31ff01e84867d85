package nl.wij.analysis.query;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Runs analyst queries; see the package documentation. */
@ProviderType
public interface QueryService {

    /**
     * Runs one read-only statement and answers its result, at most {@code maxRows} rows (0: the
     * configured limit; never more than that).
     *
     * @param id the caller's id for this query, to cancel it with; {@code null} for a new one
     * @throws QueryException refused, failed, timed out or cancelled; always logged
     */
    QueryResult run(String user, String sql, int maxRows, String id);

    /**
     * Cancels a running query of {@code user} (any user's when {@code anyUser}).
     *
     * @return false when no such query runs (it may have just finished)
     */
    boolean cancel(String id, String user, boolean anyUser);

    /** The most recent log entries, newest first. */
    List<QueryLogEntry> log(int limit);

    /** The configured row limit. */
    int maxRows();

    /** The configured time limit in seconds. */
    int timeoutSeconds();
}
