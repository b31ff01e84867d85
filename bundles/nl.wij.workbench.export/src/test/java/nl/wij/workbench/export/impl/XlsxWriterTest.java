package nl.wij.workbench.export.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import nl.wij.workbench.export.ExportColumn;
import nl.wij.workbench.export.ExportColumn.Type;
import nl.wij.workbench.export.ExportFormat;
import nl.wij.workbench.export.ExportTable;

class XlsxWriterTest {

    private static final List<ExportColumn> COLUMNS = List.of(
            new ExportColumn("naam", "Vestiging", Type.TEXT, null),
            new ExportColumn("leerlingen", "Leerlingen", Type.INTEGER, "aantal"),
            new ExportColumn("afstand", "Gemiddelde afstand", Type.DECIMAL, "km"),
            new ExportColumn("peildatum", "Peildatum", Type.DATE, null),
            new ExportColumn("pro", "Praktijkonderwijs", Type.BOOLEAN, null));

    private final TableExporterService exporter = new TableExporterService();

    private byte[] xlsx(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(table, ExportFormat.XLSX, out);
        return out.toByteArray();
    }

    @Test
    void typedCellsTitleSourceAndHeaderComeBackFromTheFile() throws Exception {
        ExportTable table = new ExportTable("Leerlingen per vestiging", "DUO", COLUMNS, List.of(
                Arrays.asList("Basisschool De Regenboog", 1234, new BigDecimal("1.75"), LocalDate.of(2024, 10, 1), Boolean.FALSE),
                Arrays.asList("OBS 't Eenspan", 3_000_000_000L, 0.5, LocalDate.of(1900, 3, 1), Boolean.TRUE),
                Arrays.asList("Kleine school", "<5", null, null, null)));
        XlsxReader file = new XlsxReader(xlsx(table));

        assertTrue(file.parts.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/core.xml")), file.parts.keySet().toString());
        assertEquals("Leerlingen per vestiging", file.cells.get("A1").value());
        assertEquals("Bron: DUO", file.cells.get("A2").value());
        assertEquals(List.of("Vestiging", "Leerlingen (aantal)", "Gemiddelde afstand (km)", "Peildatum", "Praktijkonderwijs"),
                List.of("A3", "B3", "C3", "D3", "E3").stream().map(r -> file.cells.get(r).value()).toList());

        assertEquals(new XlsxReader.CellValue("inlineStr", 0, "Basisschool De Regenboog"), file.cells.get("A4"));
        assertEquals("n", file.cells.get("B4").type());
        assertEquals("1234", file.cells.get("B4").value());
        assertEquals(3, file.numberFormat(file.cells.get("B4").style()), "integers with thousands grouping (#,##0)");
        assertEquals("3000000000", file.cells.get("B5").value());
        assertEquals("1.75", file.cells.get("C4").value());
        assertEquals("0.5", file.cells.get("C5").value());
        // Excel serial dates: 1 October 2024 is day 45566, 1 March 1900 day 61 (after Excel's phantom 29 Feb 1900)
        assertEquals("45566", file.cells.get("D4").value());
        assertEquals("61", file.cells.get("D5").value());
        assertEquals(14, file.numberFormat(file.cells.get("D4").style()), "the locale's short date format");
        assertEquals(new XlsxReader.CellValue("b", 0, "0"), file.cells.get("E4"));
        assertEquals(new XlsxReader.CellValue("b", 0, "1"), file.cells.get("E5"));
        // DUO's suppressed count stays visible as text; empty cells are absent
        assertEquals(new XlsxReader.CellValue("inlineStr", 0, "<5"), file.cells.get("B6"));
        assertFalse(file.cells.containsKey("C6") || file.cells.containsKey("D6") || file.cells.containsKey("E6"));
    }

    @Test
    void headerIsFrozenFilteredAndColumnsHaveWidths() throws Exception {
        XlsxReader file = new XlsxReader(xlsx(new ExportTable("T", null, COLUMNS,
                List.of(Arrays.asList("Een heel lange naam van een schoolvestiging", 1, 1.0, null, true)))));
        Element pane = (Element) file.sheet().getElementsByTagNameNS(XlsxReader.MAIN, "pane").item(0);
        assertEquals("frozen", pane.getAttribute("state"));
        assertEquals("3", pane.getAttribute("ySplit"));
        assertEquals("A4", pane.getAttribute("topLeftCell"));
        assertEquals("A3:E4", ((Element) file.sheet().getElementsByTagNameNS(XlsxReader.MAIN, "autoFilter").item(0)).getAttribute("ref"));
        var cols = file.sheet().getElementsByTagNameNS(XlsxReader.MAIN, "col");
        assertEquals(5, cols.getLength());
        assertEquals("45", ((Element) cols.item(0)).getAttribute("width"), "longest text + 2");
        assertEquals("T", file.cells.get("A1").value());
        assertFalse(file.cells.containsKey("A2"), "no source line without a source");
    }

    @Test
    void hostileTextSurvivesAndFormulasStayText() throws Exception {
        String markup = "</t></is></c><c r=\"Z1\"><f>1+1</f></c>]]><!-- & \"'";
        String controls = "nul\u0000esc\u001bbel\u0007 lone\uD800surrogate";
        String literalEscape = "_x0041_ is not A";
        String emoji = "school \uD83C\uDFEB";
        String formula = "=HYPERLINK(\"http://evil.example\",\"klik\")";
        List<ExportColumn> text = List.of(new ExportColumn("t", "Tekst \"<b>\"", Type.TEXT, null));
        ExportTable table = new ExportTable(markup, "<script>alert(1)</script>", text, List.of(
                List.of(controls), List.of(literalEscape), List.of(emoji), List.of(formula), List.of("-12"), List.of("@SUM(A1)")));
        XlsxReader file = new XlsxReader(xlsx(table));

        assertEquals(markup, file.cells.get("A1").value());
        assertEquals("Bron: <script>alert(1)</script>", file.cells.get("A2").value());
        assertEquals("Tekst \"<b>\"", file.cells.get("A3").value());
        assertEquals(controls, file.cells.get("A4").value());
        assertEquals(literalEscape, file.cells.get("A5").value());
        assertEquals(emoji, file.cells.get("A6").value());
        for (String ref : List.of("A7", "A8", "A9")) {
            assertEquals("inlineStr", file.cells.get(ref).type(), ref);
            assertTrue(file.quotePrefix(file.cells.get(ref).style()), ref + " keeps Excel's quote prefix");
        }
        assertEquals(formula, file.cells.get("A7").value());
        assertEquals(0, file.sheet().getElementsByTagNameNS(XlsxReader.MAIN, "f").getLength(), "no formula element");
        assertFalse(file.cells.containsKey("Z1"));
        String sheetName = ((Element) file.parts.get("xl/workbook.xml").getElementsByTagNameNS(XlsxReader.MAIN, "sheet").item(0))
                .getAttribute("name");
        assertTrue(sheetName.length() <= 31 && !sheetName.matches(".*[\\[\\]:*?/\\\\].*"), sheetName);
    }

    @Test
    void sheetNamesFollowExcelsRules() {
        assertEquals("Leerlingen 2024 2025", XlsxWriter.sheetName("Leerlingen 2024/2025"));
        assertEquals("Gegevens", XlsxWriter.sheetName("  [*?]  "));
        assertEquals("Gegevens", XlsxWriter.sheetName("History"));
        assertEquals("quote", XlsxWriter.sheetName("'quote'"));
        assertEquals(31, XlsxWriter.sheetName("x".repeat(40)).length());
        assertEquals("AA", XlsxWriter.column(27));
        assertEquals("XFD", XlsxWriter.column(16_384));
    }

    @Test
    void longTextIsCutAtExcelsCellLimit() throws Exception {
        String longText = "a".repeat(XlsxWriter.MAX_CELL_TEXT - 1) + "\uD83C\uDFEB" + "b".repeat(10);
        XlsxReader file = new XlsxReader(xlsx(new ExportTable("T", null,
                List.of(new ExportColumn("t", "T", Type.TEXT, null)), List.of(List.of(longText)))));
        assertEquals("a".repeat(XlsxWriter.MAX_CELL_TEXT - 1), file.cells.get("A4").value(), "no half surrogate pair");
    }

    @Test
    void tablesExcelCannotHoldAreRefusedInDutch() {
        List<ExportColumn> many = Collections.nCopies(XlsxWriter.MAX_COLUMNS + 1, new ExportColumn("k", "K", Type.TEXT, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> xlsx(new ExportTable("T", null, many, List.of())));
        assertTrue(e.getMessage().contains("hoogstens 16384 kolommen"), e.getMessage());

        List<List<Object>> rows = new ArrayList<>(Collections.nCopies(XlsxWriter.MAX_ROWS - 2, List.of(1)));
        e = assertThrows(IllegalArgumentException.class,
                () -> xlsx(new ExportTable("T", null, List.of(new ExportColumn("n", "N", Type.INTEGER, null)), rows)));
        assertTrue(e.getMessage().contains("Exporteer als CSV"), e.getMessage());
    }

    @Test
    void theCallersStreamIsNotClosed() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FilterOutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        exporter.write(new ExportTable("T", null, COLUMNS, List.of()), ExportFormat.XLSX, out);
        exporter.write(new ExportTable("T", null, COLUMNS, List.of()), ExportFormat.CSV, out);
        assertFalse(closed[0]);
        assertTrue(bytes.size() > 0);
    }
}
