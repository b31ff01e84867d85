package nl.wij.workbench.export.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wij.workbench.export.ExportColumn;
import nl.wij.workbench.export.ExportColumn.Type;
import nl.wij.workbench.export.ExportFormat;
import nl.wij.workbench.export.ExportTable;

class CsvWriterTest {

    private final TableExporterService exporter = new TableExporterService();

    private byte[] csv(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(table, ExportFormat.CSV, out);
        return out.toByteArray();
    }

    @Test
    void dutchExcelLayoutWithBomSemicolonsAndDecimalComma() throws IOException {
        ExportTable table = new ExportTable("Leerlingen", "DUO", List.of(
                new ExportColumn("naam", "Vestiging", Type.TEXT, null),
                new ExportColumn("n", "Leerlingen", Type.INTEGER, "aantal"),
                new ExportColumn("km", "Afstand", Type.DECIMAL, "km"),
                new ExportColumn("d", "Peildatum", Type.DATE, null),
                new ExportColumn("b", "Pro", Type.BOOLEAN, null)), List.of(
                Arrays.asList("De Regenboog", 1234567, new BigDecimal("12.50"), LocalDate.of(2024, 10, 1), true),
                Arrays.asList("Klein", "<5", -0.25, null, false),
                Arrays.asList(null, new BigDecimal("1E+3"), Double.NaN, null, null)));
        byte[] bytes = csv(table);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 byte order mark");
        assertEquals("Vestiging;Leerlingen (aantal);Afstand (km);Peildatum;Pro\r\n"
                + "De Regenboog;1234567;12,50;2024-10-01;ja\r\n"
                + "Klein;<5;-0,25;;nee\r\n"
                + ";1000;;;\r\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void fieldsAreQuotedAndEscapedSoTheyParseBack() throws IOException {
        List<String> hostile = List.of("a;b", "He said \"hoi\"", "two\nlines", "cr\rlf\r\n", " padded ", "\"", ";;", "école ✓");
        List<List<Object>> rows = new ArrayList<>();
        hostile.forEach(value -> rows.add(List.of(value)));
        ExportTable table = new ExportTable("T", null, List.of(new ExportColumn("t", "Tekst; met \"quotes\"", Type.TEXT, null)), rows);
        List<List<String>> parsed = parse(new String(csv(table), StandardCharsets.UTF_8).substring(1));
        assertEquals("Tekst; met \"quotes\"", parsed.get(0).get(0));
        for (int i = 0; i < hostile.size(); i++) {
            assertEquals(List.of(hostile.get(i)), parsed.get(i + 1));
        }
        assertEquals("\"He said \"\"hoi\"\"\"", CsvWriter.quote("He said \"hoi\""));
    }

    @Test
    void spreadsheetFormulasInTextAreNeutralised() throws IOException {
        List<String> formulas = List.of("=SUM(A1:A9)", "+31 6 12345678", "-12", "@SUM(A1)", "\t=1+1", "\r=1+1",
                "=HYPERLINK(\"http://evil.example\";\"klik\")", "=cmd|' /C calc'!A0");
        List<List<Object>> rows = new ArrayList<>();
        formulas.forEach(value -> rows.add(List.of(value)));
        rows.add(List.of("gewoon = tekst"));
        ExportTable table = new ExportTable("T", null, List.of(new ExportColumn("t", "=kop", Type.TEXT, null)), rows);
        List<List<String>> parsed = parse(new String(csv(table), StandardCharsets.UTF_8).substring(1));
        assertEquals("'=kop", parsed.get(0).get(0), "headers are text too");
        for (int i = 0; i < formulas.size(); i++) {
            assertEquals("'" + formulas.get(i), parsed.get(i + 1).get(0));
        }
        assertEquals("gewoon = tekst", parsed.get(formulas.size() + 1).get(0));

        // numbers are not text: a negative number stays a number
        ExportTable numbers = new ExportTable("T", null, List.of(new ExportColumn("n", "N", Type.DECIMAL, null),
                new ExportColumn("s", "S", Type.INTEGER, null)), List.of(Arrays.asList(-5.5, "-1")));
        assertEquals("N;S\r\n-5,5;'-1\r\n", new String(csv(numbers), StandardCharsets.UTF_8).substring(1));
    }

    /** A strict RFC 4180 reader with ';' (independent of the writer). */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ';') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (c == '"' || c == '\r' || c == '\n') {
                throw new IllegalStateException("unquoted " + (int) c + " at " + i + " in " + text);
            } else {
                field.append(c);
            }
        }
        if (quoted || field.length() > 0 || !record.isEmpty()) {
            throw new IllegalStateException("file does not end with CRLF after a record");
        }
        return records;
    }
}
