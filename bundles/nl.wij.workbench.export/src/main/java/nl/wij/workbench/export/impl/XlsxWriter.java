package nl.wij.workbench.export.impl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.wij.workbench.export.ExportColumn;
import nl.wij.workbench.export.ExportTable;

/**
 * A small streaming XLSX (Office Open XML spreadsheet) writer: one sheet with the title in row 1,
 * the source line ({@code Bron: DUO}) in row 2, the header in row 3 (bold, frozen with the rows
 * above it, auto filter, repeated on every printed page) and the data from row 4. Cells are
 * typed: numbers (integers with thousands grouping), dates (Excel serial numbers with the
 * locale's short date format), booleans and inline strings. Text a spreadsheet would read as a
 * formula gets Excel's quote prefix, so editing the cell does not turn it into one.
 */
final class XlsxWriter {

    /** Rows of the layout before the data. */
    static final int TITLE_ROW = 1;
    static final int SOURCE_ROW = 2;
    static final int HEADER_ROW = 3;

    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_CELL_TEXT = 32_767;

    // cellXfs indices in styles.xml
    private static final int STYLE_TITLE = 1;
    private static final int STYLE_SOURCE = 2;
    private static final int STYLE_HEADER = 3;
    private static final int STYLE_INTEGER = 4;
    private static final int STYLE_DATE = 5;
    private static final int STYLE_QUOTED_TEXT = 6;

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** Refuses a table a spreadsheet cannot hold, with a Dutch message for the user. */
    static void checkLimits(ExportTable table) {
        if (table.rows().size() > MAX_ROWS - HEADER_ROW) {
            throw new IllegalArgumentException("Excel kan hoogstens " + (MAX_ROWS - HEADER_ROW) + " rijen tonen; deze tabel heeft er "
                    + table.rows().size() + ". Exporteer als CSV.");
        }
        if (table.columns().size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("Excel kan hoogstens " + MAX_COLUMNS + " kolommen tonen; deze tabel heeft er "
                    + table.columns().size() + ".");
        }
    }

    void write(ExportTable table, OutputStream out) throws IOException {
        checkLimits(table);
        String sheet = sheetName(table.title());
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        part(zip, writer, "[Content_Types].xml", contentTypes());
        part(zip, writer, "_rels/.rels", rootRelationships());
        part(zip, writer, "docProps/core.xml", coreProperties(table));
        part(zip, writer, "docProps/app.xml", XML_DECLARATION
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>WIJ</Application></Properties>");
        part(zip, writer, "xl/workbook.xml", workbook(table, sheet));
        part(zip, writer, "xl/_rels/workbook.xml.rels", XML_DECLARATION
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        part(zip, writer, "xl/styles.xml", styles());
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        worksheet(table, writer);
        writer.flush();
        zip.closeEntry();
        zip.finish();
        out.flush();
    }

    private static void part(ZipOutputStream zip, Writer writer, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        writer.write(content);
        writer.flush();
        zip.closeEntry();
    }

    private static String contentTypes() {
        String office = "application/vnd.openxmlformats-officedocument.";
        return XML_DECLARATION
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + office + "spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + office + "spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + office + "spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"" + office + "extended-properties+xml\"/>"
                + "</Types>";
    }

    private static String rootRelationships() {
        return XML_DECLARATION
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>";
    }

    private static String coreProperties(ExportTable table) {
        return XML_DECLARATION
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>" + Xml.escape(table.title()) + "</dc:title>"
                + "<dc:description>" + Xml.escape(table.sourceLine()) + "</dc:description>"
                + "<dc:creator>WIJ</dc:creator></cp:coreProperties>";
    }

    private static String workbook(ExportTable table, String sheet) {
        String quoted = "'" + Xml.escape(sheet.replace("'", "''")) + "'!";
        String lastColumn = column(table.columns().size());
        int lastRow = HEADER_ROW + Math.max(1, table.rows().size());
        return XML_DECLARATION
                + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + "<sheets><sheet name=\"" + Xml.escape(sheet) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "<definedNames>"
                + "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">" + quoted
                + "$A$" + HEADER_ROW + ":$" + lastColumn + "$" + lastRow + "</definedName>"
                + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">" + quoted + "$" + HEADER_ROW + ":$" + HEADER_ROW
                + "</definedName>"
                + "</definedNames></workbook>";
    }

    private static String styles() {
        return XML_DECLARATION
                + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
                + "<fonts count=\"4\">"
                + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                + "<font><i/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                + "</fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
                + "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"7\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\"/>"
                + "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/>"
                + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>";
    }

    private static void worksheet(ExportTable table, Writer out) throws IOException {
        List<ExportColumn> columns = table.columns();
        String lastColumn = column(columns.size());
        int lastRow = HEADER_ROW + table.rows().size();
        out.write(XML_DECLARATION);
        out.write("<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">");
        out.write("<dimension ref=\"A1:" + lastColumn + lastRow + "\"/>");
        String firstData = "A" + (HEADER_ROW + 1);
        out.write("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"" + HEADER_ROW + "\" topLeftCell=\"" + firstData
                + "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"" + firstData
                + "\" sqref=\"" + firstData + "\"/></sheetView></sheetViews>");
        out.write("<cols>");
        int[] widths = ColumnWidths.of(table);
        for (int i = 0; i < widths.length; i++) {
            out.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + widths[i] + "\" customWidth=\"1\"/>");
        }
        out.write("</cols><sheetData>");
        out.write("<row r=\"" + TITLE_ROW + "\">");
        text(out, "A" + TITLE_ROW, table.title(), STYLE_TITLE);
        out.write("</row>");
        if (!table.sourceLine().isEmpty()) {
            out.write("<row r=\"" + SOURCE_ROW + "\">");
            text(out, "A" + SOURCE_ROW, table.sourceLine(), STYLE_SOURCE);
            out.write("</row>");
        }
        out.write("<row r=\"" + HEADER_ROW + "\">");
        for (int i = 0; i < columns.size(); i++) {
            text(out, column(i + 1) + HEADER_ROW, columns.get(i).header(), STYLE_HEADER);
        }
        out.write("</row>");
        int r = HEADER_ROW;
        for (List<Object> row : table.rows()) {
            r++;
            out.write("<row r=\"" + r + "\">");
            for (int i = 0; i < row.size(); i++) {
                cell(out, column(i + 1) + r, Cell.of(columns.get(i), row.get(i)), columns.get(i));
            }
            out.write("</row>");
        }
        out.write("</sheetData>");
        out.write("<autoFilter ref=\"A" + HEADER_ROW + ":" + lastColumn + Math.max(lastRow, HEADER_ROW + 1) + "\"/>");
        out.write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        out.write("</worksheet>");
    }

    private static void cell(Writer out, String ref, Cell cell, ExportColumn column) throws IOException {
        switch (cell.kind()) {
            case EMPTY -> { /* no element: an empty cell */ }
            case NUMBER -> out.write("<c r=\"" + ref + "\"" + (column.type() == ExportColumn.Type.INTEGER ? " s=\"" + STYLE_INTEGER + "\"" : "")
                    + "><v>" + cell.number().toPlainString() + "</v></c>");
            case DATE -> out.write("<c r=\"" + ref + "\" s=\"" + STYLE_DATE + "\"><v>"
                    + ChronoUnit.DAYS.between(EXCEL_EPOCH, cell.date()) + "</v></c>");
            case BOOLEAN -> out.write("<c r=\"" + ref + "\" t=\"b\"><v>" + (cell.bool() ? 1 : 0) + "</v></c>");
            case TEXT -> text(out, ref, cell.text(), Cell.looksLikeFormula(cell.text()) ? STYLE_QUOTED_TEXT : 0);
        }
    }

    private static void text(Writer out, String ref, String text, int style) throws IOException {
        out.write("<c r=\"" + ref + "\"" + (style == 0 ? "" : " s=\"" + style + "\"") + " t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        out.write(Xml.escape(truncate(text)));
        out.write("</t></is></c>");
    }

    /** Excel's limit per cell; the cut never splits a surrogate pair. */
    static String truncate(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CELL_TEXT - 1)) ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT;
        return text.substring(0, end);
    }

    /** The column letters of a 1-based column number: 1 = A, 27 = AA. */
    static String column(int number) {
        StringBuilder letters = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** A valid sheet name from the title: at most 31 characters, none of {@code []:*?/\}, not blank. */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^'+|'+$", "").strip();
        if (name.length() > 31) {
            name = name.substring(0, Character.isHighSurrogate(name.charAt(30)) ? 30 : 31).strip();
        }
        return name.isEmpty() || name.equalsIgnoreCase("History") ? "Gegevens" : name;
    }
}
