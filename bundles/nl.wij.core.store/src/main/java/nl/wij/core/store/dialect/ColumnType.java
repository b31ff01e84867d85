package nl.wij.core.store.dialect;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A portable column type. The store derives it from an EMF data type; a {@link Dialect} names it.
 * {@link #toString()} is the portable form recorded in the store's metadata, e.g.
 * {@code VARCHAR(255)} or {@code DECIMAL(31,6)}, and {@link #parse} reads it back.
 *
 * @param kind the family
 * @param length the length of a VARCHAR, else 0
 * @param precision the precision of a DECIMAL, else 0
 * @param scale the scale of a DECIMAL, else 0
 */
public record ColumnType(Kind kind, int length, int precision, int scale) {

    public enum Kind {
        VARCHAR, CLOB, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL, BOOLEAN, DATE, TIMESTAMP
    }

    private static final Pattern FORM = Pattern.compile("([A-Z]+)(?:\\((\\d+)(?:,(\\d+))?\\))?");

    public static ColumnType of(Kind kind) {
        return new ColumnType(kind, 0, 0, 0);
    }

    public static ColumnType varchar(int length) {
        return new ColumnType(Kind.VARCHAR, length, 0, 0);
    }

    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType(Kind.DECIMAL, 0, precision, scale);
    }

    /** Reads the form {@link #toString()} writes. */
    public static ColumnType parse(String text) {
        Matcher m = FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a column type: " + text);
        }
        Kind kind = Kind.valueOf(m.group(1));
        int first = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return switch (kind) {
            case VARCHAR -> varchar(first);
            case DECIMAL -> decimal(first, second);
            default -> of(kind);
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case VARCHAR -> "VARCHAR(" + length + ")";
            case DECIMAL -> "DECIMAL(" + precision + "," + scale + ")";
            default -> kind.name();
        };
    }
}
