package nl.wij.workbench.export;

import java.util.Objects;

/**
 * One column of an exported table.
 *
 * @param name  machine name (e.g. {@code leerlingen}); not written to the file
 * @param label the header text users see (Dutch, e.g. {@code Leerlingen})
 * @param type  how the column's cells are written (a cell whose value does not fit the type, such
 *              as DUO's suppressed {@code "<5"} in an {@link Type#INTEGER} column, is written as text)
 * @param unit  the unit shown in the header ({@code "Leerlingen (aantal)"}), or {@code null}
 */
public record ExportColumn(String name, String label, Type type, String unit) {

    /** How cells of a column are written. */
    public enum Type {
        /** Text (a {@code String}); never interpreted as a formula. */
        TEXT,
        /** Whole numbers ({@code Integer}, {@code Long}, {@code BigInteger}, {@code Short}). */
        INTEGER,
        /** Numbers with decimals ({@code BigDecimal}, {@code Double}, {@code Float}). */
        DECIMAL,
        /** Dates ({@code LocalDate}). */
        DATE,
        /** Yes/no ({@code Boolean}). */
        BOOLEAN
    }

    public ExportColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }

    /** The header text: the label, with the unit in parentheses when there is one. */
    public String header() {
        return unit == null || unit.isBlank() ? label : label + " (" + unit + ")";
    }
}
