package nl.wij.analysis.query;

import java.time.Instant;
import java.util.Objects;

/**
 * A named analyst query.
 *
 * @param id its id (assigned when first saved)
 * @param name a short Dutch name
 * @param description what it answers
 * @param owner the account that saved it; only the owner changes or deletes it
 * @param shared whether every analyst sees it (else only its owner)
 * @param sql the statement
 * @param chart the chart definition as JSON ({@code {"type":"bar","label":"naam","values":["aantal"]}};
 *        type {@code bar}, {@code line}, {@code stacked}, {@code scatter} or {@code map}), or empty
 * @param changed when it was last saved
 */
public record SavedQuery(String id, String name, String description, String owner, boolean shared, String sql,
        String chart, Instant changed) {

    public SavedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        description = description == null ? "" : description;
        chart = chart == null ? "" : chart;
    }
}
