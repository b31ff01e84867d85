package nl.wij.analysis.query;

import java.util.List;

/**
 * The result of a query.
 *
 * @param id the query's id
 * @param columns the column names as the database gives them (lower case for views' columns)
 * @param types the SQL type of each column, e.g. {@code VARCHAR}, {@code INTEGER}, {@code DATE}
 * @param rows the rows; values are {@code String}, {@code Integer}/{@code Long},
 *        {@code java.math.BigDecimal}/{@code Double}, {@code java.time.LocalDate},
 *        {@code java.time.LocalDateTime}, {@code Boolean} or {@code null}
 * @param truncated whether the query had more rows than the limit
 * @param maxRows the row limit that applied
 * @param elapsedMillis how long it ran
 */
public record QueryResult(String id, List<String> columns, List<String> types, List<List<Object>> rows,
        boolean truncated, int maxRows, long elapsedMillis) {

    public QueryResult {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        rows = List.copyOf(rows);
    }
}
