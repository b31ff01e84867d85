package nl.wij.workbench.export.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads an XLSX file back with the JDK only (zip + DOM), independently of the writer: every part
 * must be well-formed XML, and cells come back with their type, style and value (inline strings
 * decoded from Office Open XML's {@code _xHHHH_} escapes).
 */
final class XlsxReader {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    record CellValue(String type, int style, String value) {
    }

    final Map<String, Document> parts = new HashMap<>();
    final Map<String, CellValue> cells = new HashMap<>();

    XlsxReader(byte[] file) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                parts.put(entry.getName(), parse(zip.readAllBytes()));
            }
        }
        NodeList list = sheet().getElementsByTagNameNS(MAIN, "c");
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            String type = c.getAttribute("t");
            String style = c.getAttribute("s");
            String value = type.equals("inlineStr")
                    ? decode(((Element) c.getElementsByTagNameNS(MAIN, "t").item(0)).getTextContent())
                    : c.getElementsByTagNameNS(MAIN, "v").item(0).getTextContent();
            cells.put(c.getAttribute("r"), new CellValue(type.isEmpty() ? "n" : type, style.isEmpty() ? 0 : Integer.parseInt(style), value));
        }
    }

    Document sheet() {
        return parts.get("xl/worksheets/sheet1.xml");
    }

    /** The numFmtId of a cellXfs style index. */
    int numberFormat(int style) {
        Element cellXfs = (Element) parts.get("xl/styles.xml").getElementsByTagNameNS(MAIN, "cellXfs").item(0);
        return Integer.parseInt(((Element) cellXfs.getElementsByTagNameNS(MAIN, "xf").item(style)).getAttribute("numFmtId"));
    }

    boolean quotePrefix(int style) {
        Element cellXfs = (Element) parts.get("xl/styles.xml").getElementsByTagNameNS(MAIN, "cellXfs").item(0);
        return "1".equals(((Element) cellXfs.getElementsByTagNameNS(MAIN, "xf").item(style)).getAttribute("quotePrefix"));
    }

    static String decode(String text) {
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
