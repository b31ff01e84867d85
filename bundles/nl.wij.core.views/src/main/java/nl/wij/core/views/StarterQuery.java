package nl.wij.core.views;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A ready-made analyst query a module ships, answering a question its users ask ("Hoeveel leerlingen
 * uit de gemeente gaan naar het praktijkonderwijs, en waar?"). It appears in the analyst workspace
 * while its {@link StarterQueryProvider} is registered and every view it reads is available.
 *
 * @param id a stable id, prefixed with the providing bundle's symbolic name, e.g.
 *        {@code nl.wij.core.views.query.pro-per-gemeente}
 * @param title the question in Dutch, as a user asks it
 * @param description Dutch explanation: what the answer shows, how to read it, what to change
 * @param sql one {@code SELECT} (or {@code WITH}) over published views only, as an analyst would
 *        write it ({@code core.vestiging}); no terminating semicolon
 * @param requiredViews qualified names of the views it reads
 * @param chart a suggested chart, or {@code null}
 */
public record StarterQuery(String id, String title, String description, String sql, List<String> requiredViews,
        Chart chart) {

    private static final Pattern ID = Pattern.compile("[a-z0-9_.-]+");

    public StarterQuery {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("starter query id must match [a-z0-9_.-]+: " + id);
        }
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        Objects.requireNonNull(sql, "sql");
        requiredViews = List.copyOf(requiredViews);
    }

    /**
     * A chart of the query's result.
     *
     * @param type the kind of chart
     * @param labelColumn the column with the categories (bar, line, stacked), the point labels
     *        (scatter) or the CBS gemeentecode {@code GM0479} (map)
     * @param valueColumns the numeric columns: one series each (bar, line, stacked), x and y
     *        (scatter), the value to colour by (map)
     */
    public record Chart(Type type, String labelColumn, List<String> valueColumns) {

        /** Kinds of chart the workspace draws. */
        public enum Type { BAR, LINE, STACKED, SCATTER, MAP }

        public Chart {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(labelColumn, "labelColumn");
            valueColumns = List.copyOf(valueColumns);
            if (valueColumns.isEmpty()) {
                throw new IllegalArgumentException("a chart needs at least one value column");
            }
        }
    }
}
