package nl.wij.core.views.impl;

import java.util.List;
import java.util.stream.Collectors;

import nl.wij.core.views.AnalyticalView;
import nl.wij.core.views.ViewColumn;

/**
 * Turns a view into the SQL that defines it in the database. Every
 * {@link ViewColumn.Kind#PERSON_COUNT} column is wrapped so that no analyst ever sees its exact
 * value: 0 stays 0, values from 1 up to the threshold (exclusive) become NULL, and every other value
 * is rounded half up to a multiple of the threshold. Because the view itself only holds rounded or
 * suppressed values, a query over it can only add up rounded values: the difference of two queries
 * (two filters, two columns of one row, a total minus its parts) is off by up to the threshold and
 * never gives back a small count. The bundle README has the reasoning and a worked example.
 */
final class Suppression {

    private final int threshold;

    Suppression(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("suppression threshold must be at least 1: " + threshold);
        }
        this.threshold = threshold;
    }

    int threshold() {
        return threshold;
    }

    /** {@code CREATE VIEW SCHEMA.NAME (columns) AS ...}. */
    String createView(AnalyticalView view) {
        String columns = view.columns().stream().map(ViewColumn::name).collect(Collectors.joining(", "));
        return "CREATE VIEW " + view.schema() + "." + view.name() + " (" + columns + ") AS " + query(view);
    }

    /** The defining query: the provider's select, wrapped when it has person counts. */
    String query(AnalyticalView view) {
        List<ViewColumn> columns = view.columns();
        String select = view.select().strip();
        if (columns.stream().noneMatch(c -> c.kind() == ViewColumn.Kind.PERSON_COUNT)) {
            return select;
        }
        String names = columns.stream().map(ViewColumn::name).collect(Collectors.joining(", "));
        String outer = columns.stream().map(c -> c.kind() == ViewColumn.Kind.PERSON_COUNT
                ? suppressed("src." + c.name()) : "src." + c.name()).collect(Collectors.joining(", "));
        return "SELECT " + outer + " FROM (" + select + ") AS src (" + names + ")";
    }

    /** The SQL expression for one person count. */
    String suppressed(String value) {
        int half = threshold / 2;
        return "CASE WHEN " + value + " IS NULL THEN NULL WHEN " + value + " = 0 THEN 0 WHEN " + value + " < "
                + threshold + " THEN NULL ELSE CAST((CAST(" + value + " AS BIGINT) + " + half + ") / " + threshold
                + " * " + threshold + " AS INTEGER) END";
    }

    /** What the suppression does to one value, for documentation and tests: null when suppressed. */
    Integer apply(Integer value) {
        if (value == null || value == 0) {
            return value;
        }
        if (value < threshold) {
            return null;
        }
        return (value + threshold / 2) / threshold * threshold;
    }
}
