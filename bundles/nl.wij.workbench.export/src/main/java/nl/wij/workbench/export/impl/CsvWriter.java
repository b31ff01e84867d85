package nl.wij.workbench.export.impl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.wij.workbench.export.ExportColumn;
import nl.wij.workbench.export.ExportTable;

/**
 * CSV for Dutch spreadsheet users (see the bundle README): UTF-8 with byte order mark, {@code ;}
 * between fields, CRLF between records, a header row of column labels (with units) and then the
 * data, nothing else. Numbers with a decimal comma and no grouping, dates as ISO
 * {@code yyyy-MM-dd}, booleans {@code ja}/{@code nee}. A field is quoted when it contains
 * {@code ;}, {@code "}, a line break or leading/trailing space; quotes are doubled. A text cell a
 * spreadsheet would run as a formula is prefixed with {@code '}.
 */
final class CsvWriter {

    static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";
    private static final String NEWLINE = "\r\n";

    void write(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        List<ExportColumn> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            field(writer, i, text(columns.get(i).header()));
        }
        writer.write(NEWLINE);
        for (List<Object> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                field(writer, i, cell(columns.get(i), row.get(i)));
            }
            writer.write(NEWLINE);
        }
        writer.flush();
    }

    private static void field(Writer writer, int index, String value) throws IOException {
        if (index > 0) {
            writer.write(SEPARATOR);
        }
        writer.write(quote(value));
    }

    /** The text of one cell as it goes into the file (before quoting). */
    static String cell(ExportColumn column, Object value) {
        Cell cell = Cell.of(column, value);
        return switch (cell.kind()) {
            case EMPTY -> "";
            case NUMBER -> cell.number().toPlainString().replace('.', ',');
            case DATE -> cell.date().toString();
            case BOOLEAN -> cell.bool() ? "ja" : "nee";
            case TEXT -> text(cell.text());
        };
    }

    /** Neutralises spreadsheet formulas (CWE-1236): text starting with = + - @ tab or CR gets a leading '. */
    static String text(String value) {
        return Cell.looksLikeFormula(value) ? "'" + value : value;
    }

    static String quote(String value) {
        boolean needsQuotes = value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
