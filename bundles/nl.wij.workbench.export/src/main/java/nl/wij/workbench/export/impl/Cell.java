package nl.wij.workbench.export.impl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;

import nl.wij.workbench.export.ExportColumn;

/**
 * One cell value as the writers see it: empty, a number, a date, a boolean or text. The column's
 * type decides how a value is read; a value that does not fit (DUO's {@code "<5"} in a count
 * column, a date in a text column) becomes text rather than being lost or failing the export.
 */
record Cell(Kind kind, BigDecimal number, LocalDate date, boolean bool, String text) {

    enum Kind { EMPTY, NUMBER, DATE, BOOLEAN, TEXT }

    private static final Cell EMPTY = new Cell(Kind.EMPTY, null, null, false, null);

    static Cell of(ExportColumn column, Object value) {
        if (value == null) {
            return EMPTY;
        }
        return switch (column.type()) {
            case INTEGER, DECIMAL -> number(value);
            case DATE -> value instanceof LocalDate date ? new Cell(Kind.DATE, null, date, false, null)
                    : value instanceof LocalDateTime time ? new Cell(Kind.DATE, null, time.toLocalDate(), false, null)
                    : text(value);
            case BOOLEAN -> value instanceof Boolean b ? new Cell(Kind.BOOLEAN, null, null, b, null) : text(value);
            case TEXT -> text(value);
        };
    }

    private static Cell number(Object value) {
        BigDecimal number;
        if (value instanceof BigDecimal decimal) {
            number = decimal;
        } else if (value instanceof BigInteger integer) {
            number = new BigDecimal(integer);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            number = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return EMPTY;
            }
            number = new BigDecimal(Double.toString(d));
        } else {
            return text(value);
        }
        return new Cell(Kind.NUMBER, number.scale() < 0 ? number.setScale(0) : number, null, false, null);
    }

    private static Cell text(Object value) {
        return new Cell(Kind.TEXT, null, null, false, String.valueOf(value));
    }

    /** Whether a spreadsheet would treat this text as a formula when typed into a cell. */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
