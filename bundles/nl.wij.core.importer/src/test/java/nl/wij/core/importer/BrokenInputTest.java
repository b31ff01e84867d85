package nl.wij.core.importer;

import static nl.wij.core.importer.SharedData.WINDOWS_1252;
import static nl.wij.core.importer.SharedData.duo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and unusual inputs, written into a temporary directory, mostly derived from the real files.
 * Every failure must name file, line and (where there is one) column.
 */
class BrokenInputTest {

    @TempDir
    Path dir;

    private final DuoReader reader = DuoReaders.create();

    // --- encoding and garbage -------------------------------------------------------------------

    @Test
    void aUtf8BomOverLatin1BytesIsTheWrongEncodingAtTheFirstBadLine() throws Exception {
        byte[] latin1 = Files.readAllBytes(duo(SharedData.BO));
        Path file = write("vestigingen-bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, latin1));

        ImportProblem problem = single(file);
        assertEquals(firstLineWithHighByte(latin1, 1), problem.line());
        assertTrue(problem.message().contains("UTF-8"), problem.message());
        assertTrue(problem.toString().startsWith("vestigingen-bom.csv, regel " + problem.line()), problem.toString());
    }

    @Test
    void theSameFileInUtf8ReadsTheSameRecords() throws Exception {
        Path original = duo(SharedData.BO);
        Path file = write("bo-utf8.csv", new String(Files.readAllBytes(original), WINDOWS_1252)
                .getBytes(StandardCharsets.UTF_8));

        ImportResult utf8 = reader.read(file, ImportOptions.defaults());
        assertEquals("UTF-8", utf8.summary().encoding());
        assertEquals(reader.read(original, ImportOptions.defaults()).records(), utf8.records());
    }

    @Test
    void utf8AndLatin1MixedInOneFileIsRefused() throws Exception {
        List<String> lines = Files.readAllLines(duo(SharedData.BO), WINDOWS_1252);
        String head = String.join("\n", lines.subList(0, 100)) + "\n";
        String tail = String.join("\n", lines.subList(100, lines.size())) + "\n";
        byte[] tailBytes = tail.getBytes(WINDOWS_1252);
        Path file = write("gemengd.csv", concat(head.getBytes(StandardCharsets.UTF_8), tailBytes));

        ImportProblem problem = single(file);
        assertTrue(problem.message().startsWith("gemengde codering"), problem.message());
        assertEquals(100 + firstLineWithHighByte(tailBytes, 1), problem.line());
    }

    @Test
    void binaryGarbageIsNoTextFile() throws Exception {
        byte[] garbage = new byte[100_000];
        new Random(42).nextBytes(garbage);
        ImportProblem problem = single(write("garbage.csv", garbage));
        assertTrue(problem.message().startsWith("geen tekstbestand"), problem.message());
    }

    @Test
    void controlCharactersWithoutNulAreNoTextFileEither() throws Exception {
        byte[] bytes = new byte[10_000];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < bytes.length; i += 20) {
            bytes[i] = 0x07;
        }
        ImportProblem problem = single(write("bel.csv", bytes));
        assertTrue(problem.message().startsWith("geen tekstbestand"), problem.message());
    }

    @Test
    void anExcelFileIsRecognisedAsSuch() {
        Path xlsx = SharedData.root().resolve("cbs/achterstandsscores-scholen-2019.xlsx");
        ImportProblem problem = single(xlsx);
        assertTrue(problem.message().contains("Excel"), problem.message());
        assertEquals("achterstandsscores-scholen-2019.xlsx", problem.file());
    }

    @Test
    void utf16WithoutBomHasNulBytes() throws Exception {
        String text = Files.readString(duo(SharedData.VSV));
        ImportProblem problem = single(write("vsv-utf16.csv", text.getBytes(StandardCharsets.UTF_16LE)));
        assertTrue(problem.message().contains("NUL"), problem.message());
    }

    @Test
    void utf16WithBomIsRead() throws Exception {
        String text = new String(Files.readAllBytes(duo(SharedData.VO)), WINDOWS_1252);
        Path file = write("vo-utf16.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)));
        ImportResult result = reader.read(file, ImportOptions.defaults());
        assertEquals("UTF-16LE (BOM)", result.summary().encoding());
        assertEquals(reader.read(duo(SharedData.VO), ImportOptions.defaults()).records(), result.records());
    }

    @Test
    void emptyFilesAndHeaderOnlyFiles() throws Exception {
        assertTrue(single(write("leeg.csv", new byte[0])).message().contains("leeg"));
        assertTrue(single(write("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).message().contains("leeg"));
        String header = Files.readAllLines(duo(SharedData.BO), WINDOWS_1252).get(0);
        ImportProblem problem = single(write("kop.csv", (header + "\n\n").getBytes(WINDOWS_1252)));
        assertTrue(problem.message().contains("geen gegevens"), problem.message());
        assertEquals("kop.csv", problem.file());
    }

    @Test
    void aMissingFileIsAProblemToo() {
        ImportProblem problem = single(dir.resolve("bestaat-niet.csv"));
        assertTrue(problem.message().contains("bestaat niet"), problem.message());
    }

    // --- header ---------------------------------------------------------------------------------

    @Test
    void aMissingRequiredColumnIsNamedWithTheHeaderFound() throws Exception {
        Path file = rewriteColumns(SharedData.BO, "zonder-gemeente.csv", "GEMEENTENUMMER");

        ImportProblem problem = single(file);
        assertEquals("zonder-gemeente.csv", problem.file());
        assertEquals(1, problem.line());
        assertEquals("GEMEENTENUMMER", problem.column());
        assertTrue(problem.message().contains("verplichte kolom ontbreekt"), problem.message());
        assertTrue(problem.message().contains("PROVINCIE; BEVOEGD GEZAG NUMMER; BRIN NUMMER"), problem.message());
    }

    @Test
    void anExplicitKindThatDoesNotFitNamesEveryMissingColumnAndThePeildatum() {
        ImportException e = assertThrows(ImportException.class, () -> reader.read(duo(SharedData.BO),
                ImportOptions.defaults().withKind(FileKind.LEERLINGEN_PO)));
        assertEquals(List.of("SOORT_PO", "LEERLINGEN", "PEILDATUM"), e.problems().stream().map(ImportProblem::column).toList());
    }

    @Test
    void aCountFileWithoutPeildatumNeedsTheOverride() throws Exception {
        Path file = write("leerlingen-vo.csv", Files.readAllBytes(duo(SharedData.VO_COUNTS)));
        ImportProblem problem = single(file);
        assertEquals("PEILDATUM", problem.column());
        assertTrue(problem.message().contains("--peildatum"), problem.message());

        LocalDate peildatum = LocalDate.of(2019, 10, 1);
        ImportResult result = reader.read(file, ImportOptions.defaults().withPeildatum(peildatum));
        assertEquals(peildatum, result.summary().peildatum());
    }

    @Test
    void thePeildatumOverrideWinsOverTheColumnAndTheName() throws Exception {
        LocalDate override = LocalDate.of(2020, 10, 1);
        ImportResult result = reader.read(duo(SharedData.PO_COUNTS), ImportOptions.defaults().withPeildatum(override));
        assertTrue(result.tellingen().stream().allMatch(t -> t.peildatum().equals(override)));
    }

    // --- rows -----------------------------------------------------------------------------------

    @Test
    void aNonNumericCountNamesFileLineColumnAndValue() throws Exception {
        Path file = rewriteLines(SharedData.PO_COUNTS, "po.csv", (line, text) -> line == 10 ? replaceField(text, 13, "veel") : text);

        ImportProblem problem = single(file);
        assertEquals(10, problem.line());
        assertEquals("LEERLINGEN", problem.column());
        assertEquals(14, problem.columnNumber());
        assertEquals("veel", problem.value());
        assertEquals("po.csv, regel 10, kolom LEERLINGEN (14): geen aantal (verwacht een geheel getal of <5)"
                + " (waarde: \"veel\")", problem.toString());
    }

    @Test
    void readingStopsAfterFiftyProblems() throws Exception {
        Path file = rewriteLines(SharedData.PO_COUNTS, "po-2019.csv", (line, text) -> line > 1 ? replaceField(text, 13, "x") : text);
        ImportException e = assertThrows(ImportException.class, () -> reader.read(file, ImportOptions.defaults()));
        assertEquals(ImportOptions.DEFAULT_MAX_PROBLEMS, e.problems().size());
        assertTrue(e.truncated());
        assertTrue(e.getMessage().contains("gestopt na 50 problemen"), e.getMessage());
    }

    @Test
    void aRowWithTooFewFields() throws Exception {
        Path file = rewriteLines(SharedData.BO, "bo.csv", (line, text) -> line == 7 ? text.substring(0, text.lastIndexOf(';')) : text);
        ImportProblem problem = single(file);
        assertEquals(7, problem.line());
        assertTrue(problem.message().contains("29 velden, de kopregel 30"), problem.message());
    }

    @Test
    void aFileCutOffInsideAQuotedField() throws Exception {
        List<String> lines = Files.readAllLines(duo(SharedData.PO_COUNTS), WINDOWS_1252);
        String line5 = lines.get(4);
        assertTrue(line5.contains("\"BS \"\"De Maasparel\"\"\""), "line 5 of the real file has a quoted name");
        String cut = String.join("\n", lines.subList(0, 4)) + "\n" + line5.substring(0, line5.indexOf("Maasparel") + 3);
        Path file = write("afgekapt-2019.csv", cut.getBytes(WINDOWS_1252));

        ImportProblem problem = single(file);
        assertEquals(5, problem.line());
        assertEquals("INSTELLINGSNAAM_VESTIGING", problem.column());
        assertEquals(4, problem.columnNumber());
        assertTrue(problem.message().contains("afgekapt"), problem.message());
    }

    @Test
    void anUnclosedQuoteSwallowsTheRestAndIsReportedWhereItStarts() throws Exception {
        Path file = rewriteLines(SharedData.VO, "vo.csv", (line, text) -> line == 3 ? replaceField(text, 4, "\"School") : text);
        ImportProblem problem = single(file);
        assertEquals(3, problem.line());
        assertEquals("VESTIGINGSNAAM", problem.column());
    }

    @Test
    void lineNumbersArePhysicalLinesAfterAnEmbeddedLineBreak() throws Exception {
        Path file = rewriteLines(SharedData.BO, "bo.csv", (line, text) -> switch (line) {
            case 3 -> replaceField(text, 4, "\"Regel een\nregel twee\"");
            case 10 -> replaceField(text, 9, "xx");
            default -> text;
        });
        ImportException e = assertThrows(ImportException.class, () -> reader.read(file, ImportOptions.defaults()));
        ImportProblem problem = e.problems().get(0);
        assertEquals(11, problem.line(), "line 10 of the original is physical line 11 now");
        assertEquals("GEMEENTENUMMER", problem.column());
        assertEquals(10, problem.columnNumber());
    }

    @Test
    void anEmbeddedLineBreakIsKeptInTheField() throws Exception {
        Path file = rewriteLines(SharedData.BO, "bo.csv", (line, text) -> line == 3 ? replaceField(text, 4, "\"Regel een\r\nregel; twee\"") : text);
        List<VestigingRecord> records = reader.read(file, ImportOptions.defaults()).vestigingen();
        assertEquals("Regel een\nregel; twee", records.get(1).naam());
        assertEquals(3, records.get(1).line());
        assertEquals(5, records.get(2).line());
    }

    @Test
    void aVestigingListedTwice() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(duo(SharedData.BO), WINDOWS_1252));
        lines.add(lines.get(4));
        Path file = write("dubbel.csv", (String.join("\n", lines) + "\n").getBytes(WINDOWS_1252));
        ImportProblem problem = single(file);
        assertEquals(lines.size(), problem.line());
        assertTrue(problem.message().contains("staat ook op regel 5"), problem.message());
    }

    @Test
    void voCountRowsOutOfOrderAreReportedNotMerged() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(duo(SharedData.VO_COUNTS), WINDOWS_1252));
        int i = 1;
        while (!groupKey(lines.get(i)).equals(groupKey(lines.get(i + 1)))) {
            i++;
        }
        String moved = lines.remove(i + 1); // second row of a group of at least two
        int target = i + 30;
        while (groupKey(lines.get(target - 1)).equals(groupKey(lines.get(target)))
                || groupKey(lines.get(target)).equals(groupKey(moved))) {
            target++; // insert at a boundary between two other groups
        }
        lines.add(target, moved);
        Path file = write("lln-vo-2019.csv", (String.join("\n", lines) + "\n").getBytes(WINDOWS_1252));

        ImportProblem problem = single(file);
        assertEquals(target + 1, problem.line());
        assertEquals("ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR", problem.column());
        assertTrue(problem.message().contains("niet bij elkaar (ook op regel " + (i + 1) + ","), problem.message());
    }

    private static String groupKey(String line) {
        String[] f = line.split(";", -1);
        return f[0] + f[1] + "|" + f[5];
    }

    // --- variants that must be read ---------------------------------------------------------------

    @Test
    void newPortalSpellingsCommaSeparatedUtf8WithBom() throws Exception {
        Path original = duo(SharedData.VO);
        List<String[]> table = SharedData.naiveTable(original);
        String[] header = table.get(0).clone();
        header[2] = "instellingscode ";
        header[3] = " Vestigingscode";
        header[9] = "gemeente_nummer";
        StringBuilder csv = new StringBuilder();
        for (String[] row : table) {
            String[] fields = row == table.get(0) ? header : row;
            List<String> quoted = new ArrayList<>();
            for (String field : fields) {
                String unquoted = field.startsWith("\"") ? field.substring(1, field.length() - 1).replace("\"\"", "\"") : field;
                quoted.add(unquoted.contains(",") || unquoted.contains("\"")
                        ? '"' + unquoted.replace("\"", "\"\"") + '"' : unquoted);
            }
            csv.append(String.join(",", quoted)).append("\r\n");
        }
        Path file = write("vestigingen-vo-nieuw.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                csv.toString().getBytes(StandardCharsets.UTF_8)));

        ImportResult result = reader.read(file, ImportOptions.defaults());
        assertEquals(',', result.summary().separator());
        assertEquals("UTF-8 (BOM)", result.summary().encoding());
        assertEquals(FileKind.VESTIGINGEN_VO, result.summary().kind());
        assertEquals(reader.read(original, ImportOptions.defaults()).records(), result.records());
        assertTrue(result.vestigingen().stream().anyMatch(v -> v.denominatie() != null && v.denominatie().contains(",")),
                "denominaties like 'Samenwerking PC, RK' survive the comma separator");
    }

    @Test
    void tabSeparatedWithShortCodesAndUnpaddedGemeenten() throws Exception {
        Path original = duo(SharedData.BO);
        List<String[]> table = SharedData.naiveTable(original);
        StringBuilder tsv = new StringBuilder();
        for (String[] row : table) {
            String[] fields = row.clone();
            if (row == table.get(0)) {
                fields[2] = "BRIN_NUMMER";
                fields[3] = "VESTIGINGS_NUMMER";
            } else {
                fields[3] = fields[3].substring(4).replaceFirst("^0", ""); // 16AH00 -> 0
                fields[9] = fields[9].replaceFirst("^0+", "");               // 0114 -> 114
            }
            tsv.append(String.join("\t", fields)).append('\n');
        }
        Path file = write("bo.tsv", tsv.toString().getBytes(WINDOWS_1252));

        ImportResult result = reader.read(file, ImportOptions.defaults());
        assertEquals('\t', result.summary().separator());
        assertEquals(reader.read(original, ImportOptions.defaults()).records(), result.records());
    }

    // --- helpers --------------------------------------------------------------------------------

    private ImportProblem single(Path file) {
        ImportException e = assertThrows(ImportException.class, () -> reader.read(file, ImportOptions.defaults()));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** The real file with each line (1-based number, text) passed through {@code edit}; Windows-1252, LF. */
    private Path rewriteLines(String source, String name, LineEdit edit) throws IOException {
        List<String> lines = Files.readAllLines(duo(source), WINDOWS_1252);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(edit.apply(i + 1, lines.get(i))).append('\n');
        }
        return write(name, text.toString().getBytes(WINDOWS_1252));
    }

    private Path rewriteColumns(String source, String name, String dropped) throws IOException {
        List<String[]> table = SharedData.naiveTable(duo(source));
        int drop = SharedData.column(table, dropped);
        StringBuilder text = new StringBuilder();
        for (String[] row : table) {
            List<String> fields = new ArrayList<>(Arrays.asList(row));
            fields.remove(drop);
            text.append(String.join(";", fields)).append('\n');
        }
        return write(name, text.toString().getBytes(WINDOWS_1252));
    }

    private static String replaceField(String line, int index, String value) {
        String[] fields = line.split(";", -1);
        fields[index] = value;
        return String.join(";", fields);
    }

    private static long firstLineWithHighByte(byte[] bytes, long firstLine) {
        long line = firstLine;
        for (byte b : bytes) {
            if (b == '\n') {
                line++;
            } else if ((b & 0xFF) >= 0x80) {
                return line;
            }
        }
        throw new AssertionError("no byte above 0x7F");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @FunctionalInterface
    private interface LineEdit {
        String apply(int line, String text);
    }
}
