package nl.wij.product;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The real files of the GOAB tests, read here independently of the product (DOM over the
 * workbook's XML; the DUO file split by hand), so the tests compare the product with the files.
 */
final class GoabFiles {

    static final String CBS = "cbs/achterstandsscores-scholen-2019.xlsx";
    static final String DUO_BO = "duo/alle-vestigingen-bo.csv";

    private GoabFiles() {
    }

    static Path shared(String name) {
        Path file = Path.of(System.getProperty("wij.shared.data", "../../shared/data")).toAbsolutePath().normalize().resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("missing real data file " + file + " (set -Dwij.shared.data)");
        }
        return file;
    }

    /** Per gemeente (GM0479): vestigingen and the sum of scores, joining the CBS rows with the DUO file's gemeente. */
    record Gemeente(int vestigingen, BigDecimal somScore) {
    }

    static Map<String, Gemeente> perGemeente() throws Exception {
        Map<String, String> gemeenteVan = new HashMap<>();
        List<String> lines = Files.readAllLines(shared(DUO_BO), StandardCharsets.ISO_8859_1);
        List<String> header = List.of(lines.get(0).split(";", -1));
        int gemeente = header.indexOf("GEMEENTENUMMER");
        int vestiging = header.indexOf("VESTIGINGSNUMMER");
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(";", -1);
            if (fields.length > gemeente && !fields[gemeente].isBlank()) {
                gemeenteVan.put(fields[vestiging].strip(), "GM" + fields[gemeente].strip());
            }
        }
        Map<String, Gemeente> per = new TreeMap<>();
        scores().forEach((brin6, score) -> {
            String g = gemeenteVan.get(brin6);
            if (g != null) {
                Gemeente oud = per.getOrDefault(g, new Gemeente(0, BigDecimal.ZERO));
                per.put(g, new Gemeente(oud.vestigingen() + 1, oud.somScore().add(score)));
            }
        });
        return per;
    }

    /** BRIN6 to score of the sheet "Tabel 1" (sheet5.xml of the 2019 file), data rows from row 6. */
    static Map<String, BigDecimal> scores() throws Exception {
        try (ZipFile zip = new ZipFile(shared(CBS).toFile())) {
            List<String> strings = new ArrayList<>();
            NodeList si = xml(zip, "xl/sharedStrings.xml").getElementsByTagName("si");
            for (int i = 0; i < si.getLength(); i++) {
                strings.add(si.item(i).getTextContent());
            }
            Map<String, BigDecimal> scores = new HashMap<>();
            NodeList rows = xml(zip, "xl/worksheets/sheet5.xml").getElementsByTagName("row");
            for (int r = 0; r < rows.getLength(); r++) {
                Element row = (Element) rows.item(r);
                if (Integer.parseInt(row.getAttribute("r")) < 6) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                NodeList c = row.getElementsByTagName("c");
                for (int i = 0; i < c.getLength(); i++) {
                    Element cell = (Element) c.item(i);
                    NodeList v = cell.getElementsByTagName("v");
                    if (v.getLength() > 0) {
                        String value = v.item(0).getTextContent();
                        cells.put(cell.getAttribute("r").replaceAll("[0-9]", ""),
                                "s".equals(cell.getAttribute("t")) ? strings.get(Integer.parseInt(value)) : value);
                    }
                }
                if (cells.get("B") != null && cells.get("C") != null) {
                    scores.put(cells.get("A"), new BigDecimal(cells.get("C")));
                }
            }
            return scores;
        }
    }

    private static Document xml(ZipFile zip, String entry) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** A workbook with the CBS title and data rows but no header row: the importer must refuse it. */
    static void withoutHeader(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Tabel 1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Achterstandsscore per basisschoolvestiging,"
                    + " 1 oktober 2023</t></is></c></row><row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>00AP00</t></is></c>"
                    + "<c r=\"B6\"><v>100</v></c><c r=\"C6\"><v>33.02</v></c></row></sheetData></worksheet>");
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
