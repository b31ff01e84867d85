package nl.wij.core.importer.impl;

import java.util.List;
import java.util.function.Function;

import nl.wij.core.importer.Codes;

/**
 * The current data row, with typed access that reports a problem (naming line, column and value)
 * instead of throwing. After a problem {@link #failed()} is true and the mapper skips the row.
 */
final class Row {

    private final Header header;
    private final Problems problems;
    private List<String> fields = List.of();
    private long line;
    private boolean failed;

    Row(Header header, Problems problems) {
        this.header = header;
        this.problems = problems;
    }

    void set(long newLine, List<String> newFields) {
        this.line = newLine;
        this.fields = newFields;
        this.failed = false;
    }

    long line() {
        return line;
    }

    boolean failed() {
        return failed;
    }

    Header header() {
        return header;
    }

    /** The trimmed value, or {@code null} when the column is absent or the field blank. */
    String text(Column column) {
        return text(header.indexOf(column));
    }

    String text(int index) {
        if (index < 0 || index >= fields.size()) {
            return null;
        }
        String value = fields.get(index);
        return value.isEmpty() ? null : value;
    }

    /** The value, reporting a problem when it is blank. */
    String required(Column column) {
        String value = text(column);
        if (value == null) {
            problem(header.indexOf(column), "veld is leeg maar verplicht", "");
        }
        return value;
    }

    /** Parses a required value; a blank field or an {@link IllegalArgumentException} becomes a problem. */
    <T> T parse(Column column, Function<String, T> parser) {
        return parse(header.indexOf(column), parser);
    }

    <T> T parse(int index, Function<String, T> parser) {
        String value = text(index);
        if (value == null) {
            problem(index, "veld is leeg maar verplicht", "");
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            problem(index, e.getMessage(), value);
            return null;
        }
    }

    /** Parses an optional value: {@code null} when blank, a problem when present but wrong. */
    <T> T parseOptional(Column column, Function<String, T> parser) {
        int index = header.indexOf(column);
        return text(index) == null ? null : parse(index, parser);
    }

    /** The BRIN6 from the BRIN column (optional) and the vestiging column (full code or 2-digit number). */
    String brin6() {
        String code = required(Column.VESTIGING);
        String brin = text(Column.BRIN);
        if (brin != null && !Codes.isBrin4(brin)) {
            problem(header.indexOf(Column.BRIN), "geen BRIN-nummer (verwacht 2 cijfers en 2 letters, zoals 16AH)", brin);
            return null;
        }
        if (code == null) {
            return null;
        }
        try {
            return Codes.brin6(brin, code);
        } catch (IllegalArgumentException e) {
            problem(header.indexOf(Column.VESTIGING), e.getMessage(), code);
            return null;
        }
    }

    /** Reports a problem in a column of this row. */
    void problem(int index, String message, String value) {
        failed = true;
        problems.add(line, index >= 0 ? header.name(index) : null, index + 1, message, value);
    }

    /** Reports a problem with the row as a whole. */
    void rowProblem(String message) {
        failed = true;
        problems.add(line, null, 0, message, null);
    }
}
