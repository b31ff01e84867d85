package nl.wij.core.importer;

import java.util.Objects;

/**
 * One thing wrong with an input file, precise enough for a user to find and fix it.
 *
 * @param file the file's name (no directory)
 * @param line physical line (1-based, header = 1) on which the offending record starts; {@code 0} for a
 *        problem with the file as a whole (empty, too big, no peildatum)
 * @param column the column's name as the header spells it, or the logical name of a missing column;
 *        {@code null} when the problem is not about one column
 * @param columnNumber 1-based position of the column in the header; {@code 0} when not applicable
 * @param message Dutch, for the user
 * @param value the offending value, shortened to {@value #MAX_VALUE_LENGTH} characters with control
 *        characters shown as {@code ?}; {@code null} when there is none
 */
public record ImportProblem(String file, long line, String column, int columnNumber, String message, String value) {

    /** Longest value kept in a problem. */
    public static final int MAX_VALUE_LENGTH = 40;

    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        value = shorten(value);
    }

    /** {@code bestand.csv, regel 12, kolom GEMEENTENUMMER (10): ... (waarde: "x")}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(", regel ").append(line);
        }
        if (column != null) {
            text.append(", kolom ").append(column);
            if (columnNumber > 0) {
                text.append(" (").append(columnNumber).append(')');
            }
        }
        text.append(": ").append(message);
        if (value != null) {
            text.append(" (waarde: \"").append(value).append("\")");
        }
        return text.toString();
    }

    private static String shorten(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(Math.min(value.length(), MAX_VALUE_LENGTH + 1));
        for (int i = 0; i < value.length() && shown.length() < MAX_VALUE_LENGTH; i++) {
            char c = value.charAt(i);
            shown.append(Character.isISOControl(c) ? '?' : c);
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            shown.append('…');
        }
        return shown.toString();
    }
}
