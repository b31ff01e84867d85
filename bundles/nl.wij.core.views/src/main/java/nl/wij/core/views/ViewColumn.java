package nl.wij.core.views;

import java.util.Objects;

/**
 * A documented column of an analytical view.
 *
 * @param name the column name in lower case with underscores, e.g. {@code gemeente_code}
 * @param type the SQL type of the column as analysts should read it, e.g. {@code VARCHAR},
 *        {@code INTEGER}, {@code DECIMAL}, {@code DATE}, {@code BOOLEAN}
 * @param description Dutch documentation: what the value means, code lists, when it is empty
 * @param unit the unit in Dutch, e.g. {@code m2 BVO}, {@code leerlingen}, {@code euro}, or empty
 * @param kind what the platform must know about the values
 */
public record ViewColumn(String name, String type, String description, String unit, Kind kind) {

    /** What kind of value a column holds, as far as privacy is concerned. */
    public enum Kind {
        /** Any value that is not a count of persons. */
        VALUE,
        /**
         * A number of persons (children, pupils, clients) counted from person-level data the
         * module keeps. The platform suppresses values below the threshold (default 5) before an
         * analyst sees them, in a way that cannot be undone by differencing queries on the view.
         * Counts taken from published aggregates (DUO's pupil counts) are {@link #VALUE}s.
         */
        PERSON_COUNT
    }

    public ViewColumn {
        AnalyticalView.requireIdentifier(name, "column name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(kind, "kind");
    }

    /** A plain value column. */
    public static ViewColumn of(String name, String type, String description, String unit) {
        return new ViewColumn(name, type, description, unit, Kind.VALUE);
    }

    /** A count of persons, suppressed below the threshold. */
    public static ViewColumn personCount(String name, String description) {
        return new ViewColumn(name, "INTEGER", description, "personen", Kind.PERSON_COUNT);
    }
}
