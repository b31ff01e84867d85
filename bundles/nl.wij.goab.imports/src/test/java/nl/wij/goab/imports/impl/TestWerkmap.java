package nl.wij.goab.imports.impl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small .xlsx workbooks for tests: sheets of rows, text as inline strings and numbers as
 * numbers; a {@code null} cell is left out. Row numbers are 1-based; rows not given are absent.
 */
final class TestWerkmap {

    private final Map<String, Map<Integer, List<Object>>> sheets = new LinkedHashMap<>();

    TestWerkmap blad(String name, Map<Integer, List<Object>> rows) {
        sheets.put(name, rows);
        return this;
    }

    void schrijf(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns="
                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            int n = 0;
            for (Map.Entry<String, Map<Integer, List<Object>>> sheet : sheets.entrySet()) {
                n++;
                workbook.append("<sheet name=\"").append(escape(sheet.getKey())).append("\" sheetId=\"").append(n)
                        .append("\" r:id=\"rId").append(n).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
                put(zip, "xl/worksheets/sheet" + n + ".xml", sheet(sheet.getValue()));
            }
            put(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        }
    }

    private static String sheet(Map<Integer, List<Object>> rows) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        new java.util.TreeMap<>(rows).forEach((number, cells) -> {
            xml.append("<row r=\"").append(number).append("\">");
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                String ref = Werkmap.letters(c) + number;
                if (value instanceof Number) {
                    xml.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
                } else if (value != null) {
                    xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(value.toString()))
                            .append("</t></is></c>");
                }
            }
            xml.append("</row>");
        });
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
