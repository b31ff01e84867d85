package nl.wij.goab.imports.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small, streaming reader of the cell values of an Office Open XML workbook ({@code .xlsx}) on the
 * JDK alone: {@code java.util.zip} for the package, StAX for the parts. It reads what a statistical
 * table needs: sheet names (workbook and its relationships), shared strings, and per row the cells
 * with their text or number ({@code s}, {@code n}, {@code str}, {@code inlineStr}, {@code b}). It
 * does not evaluate formulas (it takes their cached value), styles, dates or merged cells.
 * <p>
 * Why not Apache POI: POI's XSSF needs eleven jars without OSGi manifests (poi, poi-ooxml,
 * poi-ooxml-lite, xmlbeans with its schema type loading, commons-compress, -io, -collections4,
 * -math3, -codec, SparseBitSet, log4j-api and a provider), about 14 MB, for four cells a row. This
 * reader has no dependency outside the JDK and resolves anywhere.
 * <p>
 * Hostile files: DTDs and external entities are refused by the XML parser; every part's
 * uncompressed size is limited ({@link #MAX_PART}), as are the number of rows and cells read, so a
 * zip bomb ends in an {@link IOException} with a Dutch message instead of exhausting memory.
 */
final class Werkmap implements AutoCloseable {

    /** Largest uncompressed part read: 200 MB (the 2019 CBS sheet is 1.3 MB). */
    static final long MAX_PART = 200L * 1024 * 1024;
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final ZipFile zip;
    private final String fileName;
    private final Map<String, String> sheets;
    private List<String> sharedStrings;

    private Werkmap(ZipFile zip, String fileName, Map<String, String> sheets) {
        this.zip = zip;
        this.fileName = fileName;
        this.sheets = sheets;
    }

    /** One row: its 1-based number and its non-empty cells by 0-based column. */
    record Rij(int nummer, Map<Integer, String> cellen) {

        String cel(int kolom) {
            String waarde = cellen.get(kolom);
            return waarde == null || waarde.isBlank() ? null : waarde.strip();
        }
    }

    /** Receives the rows of a sheet in order; returns false to stop reading. */
    @FunctionalInterface
    interface RijLezer {
        boolean rij(Rij rij) throws IOException;
    }

    /**
     * Opens a workbook.
     *
     * @throws IOException with a Dutch message when the file is not an xlsx workbook
     */
    static Werkmap open(Path file) throws IOException {
        String name = file.getFileName().toString();
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new IOException(name + " is geen Excel-werkmap (.xlsx): het is geen zip-pakket.", e);
        }
        try {
            Map<String, String> targets = relationships(zip, name);
            Map<String, String> sheets = new LinkedHashMap<>();
            read(zip, name, "xl/workbook.xml", reader -> {
                if (reader.getEventType() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("sheet")) {
                    String target = targets.get(reader.getAttributeValue(REL, "id"));
                    if (target != null) {
                        sheets.put(reader.getAttributeValue(null, "name"), target);
                    }
                }
                return true;
            });
            return new Werkmap(zip, name, sheets);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The sheet names in workbook order. */
    List<String> bladen() {
        return List.copyOf(sheets.keySet());
    }

    /** Reads the rows of a sheet in order until the reader returns false. */
    void lees(String blad, RijLezer lezer) throws IOException {
        String part = sheets.get(blad);
        if (part == null) {
            throw new IOException(fileName + " heeft geen werkblad '" + blad + "'.");
        }
        List<String> strings = sharedStrings();
        Map<Integer, String> cellen = new HashMap<>();
        int[] rij = {0};
        int[] kolom = {-1};
        String[] type = {null};
        StringBuilder waarde = new StringBuilder();
        boolean[] inWaarde = {false};
        read(zip, fileName, part, reader -> {
            switch (reader.getEventType()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    switch (reader.getLocalName()) {
                        case "row" -> {
                            String r = reader.getAttributeValue(null, "r");
                            rij[0] = r == null ? rij[0] + 1 : Integer.parseInt(r);
                            cellen.clear();
                            kolom[0] = -1;
                        }
                        case "c" -> {
                            String r = reader.getAttributeValue(null, "r");
                            kolom[0] = r == null ? kolom[0] + 1 : kolom(r);
                            type[0] = reader.getAttributeValue(null, "t");
                            waarde.setLength(0);
                        }
                        case "v", "t" -> inWaarde[0] = true;
                        default -> { }
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (inWaarde[0]) {
                        waarde.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    switch (reader.getLocalName()) {
                        case "v", "t" -> inWaarde[0] = false;
                        case "c" -> {
                            if (!waarde.isEmpty()) {
                                cellen.put(kolom[0], "s".equals(type[0]) ? gedeeld(strings, waarde.toString()) : waarde.toString());
                            }
                        }
                        case "row" -> {
                            return lezer.rij(new Rij(rij[0], Map.copyOf(cellen)));
                        }
                        default -> { }
                    }
                }
                default -> { }
            }
            return true;
        });
    }

    private String gedeeld(List<String> strings, String index) throws IOException {
        try {
            return strings.get(Integer.parseInt(index.strip()));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IOException(fileName + ": een cel verwijst naar gedeelde tekst " + index + ", die niet bestaat.");
        }
    }

    private List<String> sharedStrings() throws IOException {
        if (sharedStrings == null) {
            List<String> strings = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            boolean[] inText = {false};
            if (zip.getEntry("xl/sharedStrings.xml") != null) {
                read(zip, fileName, "xl/sharedStrings.xml", reader -> {
                    int event = reader.getEventType();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        if (reader.getLocalName().equals("si")) {
                            text.setLength(0);
                        } else if (reader.getLocalName().equals("t")) {
                            inText[0] = true;
                        }
                    } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText[0]) {
                        text.append(reader.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (reader.getLocalName().equals("t")) {
                            inText[0] = false;
                        } else if (reader.getLocalName().equals("si")) {
                            strings.add(text.toString());
                        }
                    }
                    return true;
                });
            }
            sharedStrings = strings;
        }
        return sharedStrings;
    }

    /** 0-based column of a cell reference such as {@code C6} or {@code AA10}. */
    static int kolom(String referentie) {
        int kolom = 0;
        for (int i = 0; i < referentie.length() && Character.isLetter(referentie.charAt(i)); i++) {
            kolom = kolom * 26 + (Character.toUpperCase(referentie.charAt(i)) - 'A' + 1);
        }
        return kolom - 1;
    }

    /** Column letters of a 0-based column, e.g. {@code C}. */
    static String letters(int kolom) {
        StringBuilder letters = new StringBuilder();
        for (int k = kolom + 1; k > 0; k = (k - 1) / 26) {
            letters.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return letters.toString();
    }

    private static Map<String, String> relationships(ZipFile zip, String name) throws IOException {
        Map<String, String> targets = new HashMap<>();
        read(zip, name, "xl/_rels/workbook.xml.rels", reader -> {
            if (reader.getEventType() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Relationship")) {
                String target = reader.getAttributeValue(null, "Target");
                if (target != null) {
                    targets.put(reader.getAttributeValue(null, "Id"),
                            target.startsWith("/") ? target.substring(1) : "xl/" + target);
                }
            }
            return true;
        });
        return targets;
    }

    @FunctionalInterface
    private interface XmlVisitor {
        boolean visit(XMLStreamReader reader) throws IOException;
    }

    private static void read(ZipFile zip, String name, String part, XmlVisitor visitor) throws IOException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new IOException(name + " is geen Excel-werkmap (.xlsx): het onderdeel " + part + " ontbreekt.");
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        try (InputStream in = new BoundedInputStream(zip.getInputStream(entry), MAX_PART, name + " (" + part + ")")) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    reader.next();
                    if (!visitor.visit(reader)) {
                        return;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(name + " is geen geldige Excel-werkmap: " + part + " is geen leesbare XML ("
                    + e.getMessage() + ").", e);
        }
    }

    /** Reads at most {@code limit} bytes, then fails: a guard against zip bombs. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private final long limit;
        private final String what;
        private long read;

        BoundedInputStream(InputStream in, long limit, String what) {
            super(in);
            this.limit = limit;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException(what + " is uitgepakt groter dan " + limit / (1024 * 1024) + " MB; zo'n bestand wordt niet gelezen.");
            }
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
