package nl.wij.analysis.query;

import java.time.Instant;

/**
 * One logged query.
 *
 * @param id the query's id
 * @param started when it started
 * @param user who ran it (account name)
 * @param sql the statement as given
 * @param rows rows answered (0 when it failed)
 * @param durationMillis how long it ran
 * @param outcome {@code OK} or a {@link QueryException.Outcome} name
 * @param message the Dutch message of a failure, else empty
 */
public record QueryLogEntry(String id, Instant started, String user, String sql, long rows, long durationMillis,
        String outcome, String message) {
}
