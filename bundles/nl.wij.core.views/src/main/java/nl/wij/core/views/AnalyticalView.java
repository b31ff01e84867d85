package nl.wij.core.views;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One published view.
 *
 * @param schema the view's schema, the module's short name in lower case: {@code core}, {@code ihp},
 *        {@code goab}; shared by every view of a module
 * @param name the view's name in lower case with underscores, e.g. {@code ruimtebehoefte}
 * @param title a short Dutch title for the catalog, e.g. {@code Ruimtebehoefte per vestiging en jaar}
 * @param description Dutch documentation in plain words: what one row is, where the figures come
 *        from, what to watch out for
 * @param period which date or period the rows describe, in Dutch, e.g. {@code peildatum 1 oktober
 *        (kolom peildatum)} or {@code kalenderjaar (kolom jaar)}
 * @param source attribution to show with exports and charts, e.g. {@code Bron: DUO}, or empty
 * @param select the defining query: one portable {@code SELECT} (no terminating semicolon) over
 *        store tables ({@code CORE_DATA.VESTIGING}, see the store's naming rules) and published
 *        views, whose result columns are exactly {@link #columns()} in that order
 * @param columns the documented columns, in the order of the select
 * @param packages the nsURIs of the model packages whose store tables the select reads; the view is
 *        created only when all are available in the store
 * @param requiredViews qualified names ({@code core.vestiging}) of published views the select reads
 */
public record AnalyticalView(String schema, String name, String title, String description, String period,
        String source, String select, List<ViewColumn> columns, List<String> packages, List<String> requiredViews) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

    public AnalyticalView {
        requireIdentifier(schema, "schema");
        requireIdentifier(name, "name");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        period = period == null ? "" : period;
        source = source == null ? "" : source;
        Objects.requireNonNull(select, "select");
        columns = List.copyOf(columns);
        packages = List.copyOf(packages);
        requiredViews = List.copyOf(requiredViews);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("view " + schema + "." + name + " has no columns");
        }
    }

    /** {@code schema.name}, as analysts write it. */
    public String qualifiedName() {
        return schema + "." + name;
    }

    /** The column with this name, case-insensitive. */
    public java.util.Optional<ViewColumn> column(String columnName) {
        String wanted = columnName.toLowerCase(Locale.ROOT);
        return columns.stream().filter(c -> c.name().equals(wanted)).findFirst();
    }

    static void requireIdentifier(String value, String what) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a lower-case identifier ([a-z][a-z0-9_]*): " + value);
        }
    }
}
