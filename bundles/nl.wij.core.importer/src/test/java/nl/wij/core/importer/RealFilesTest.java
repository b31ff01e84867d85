package nl.wij.core.importer;

import static nl.wij.core.importer.SharedData.column;
import static nl.wij.core.importer.SharedData.duo;
import static nl.wij.core.importer.SharedData.naiveTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every real DUO file: what the importer reads must agree with what a naive independent reading of the
 * same file (split lines on {@code ;}, see {@link SharedData#naiveTable}) computes.
 */
class RealFilesTest {

    private static final LocalDate OKTOBER_2019 = LocalDate.of(2019, 10, 1);

    private final DuoReader reader = DuoReaders.create();

    @Test
    void everyDuoFileOfASupportedKindParsesAndTheOthersAreNamedUnknown() throws Exception {
        Set<FileKind> kinds = EnumSet.noneOf(FileKind.class);
        Set<String> unknown = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(SharedData.root().resolve("duo"))) {
            files = listing.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            FileKind kind;
            try {
                kind = reader.detect(file);
            } catch (ImportException e) {
                assertTrue(e.getMessage().contains("onbekend soort bestand"), e.getMessage());
                assertEquals(Optional.empty(), reader.recognise(file), file.toString());
                unknown.add(file.getFileName().toString());
                continue;
            }
            assertEquals(Optional.of(kind), reader.recognise(file), "recognised from the start alone: " + file);
            ImportResult result = reader.read(file, ImportOptions.defaults());
            assertEquals(kind, result.summary().kind());
            assertFalse(result.records().isEmpty(), file.toString());
            kinds.add(kind);
        }
        assertEquals(EnumSet.allOf(FileKind.class), kinds);
        assertEquals(Set.of(SharedData.VSV), unknown, "only the vsv file is of a kind this importer does not cover");
    }

    @Test
    void recogniseReadsOnlyTheStartAndCallsASpreadsheetOrBinaryFileNoneOfItsKinds(@TempDir Path dir)
            throws Exception {
        Path xlsx = SharedData.root().resolve("cbs").resolve("achterstandsscores-scholen-2019.xlsx");
        assertEquals(Optional.empty(), reader.recognise(xlsx));
        byte[] noise = new byte[100_000];
        new java.util.Random(7).nextBytes(noise);
        Path binary = Files.write(dir.resolve("ruis.csv"), noise);
        assertEquals(Optional.empty(), reader.recognise(binary));
        // The header of a real file, then bytes that are no text at all after the first 64 KB: only the start counts.
        byte[] header = Files.readAllBytes(duo(SharedData.VO));
        byte[] spoiled = Arrays.copyOf(header, 200_000);
        Arrays.fill(spoiled, 70_000, spoiled.length, (byte) 0);
        Path late = Files.write(dir.resolve("laat-kapot.csv"), spoiled);
        assertEquals(Optional.of(FileKind.VESTIGINGEN_VO), reader.recognise(late));
        assertThrows(ImportException.class, () -> reader.detect(late), "detect checks the whole file");
        assertThrows(java.nio.file.NoSuchFileException.class, () -> reader.recognise(dir.resolve("nee.csv")));
    }

    @Test
    void vestigingenPo() throws Exception {
        Path file = duo(SharedData.BO);
        List<String[]> table = naiveTable(file);
        ImportResult result = reader.read(file, ImportOptions.defaults());
        List<VestigingRecord> records = result.vestigingen();

        assertEquals(FileKind.VESTIGINGEN_PO, result.summary().kind());
        assertEquals("windows-1252", result.summary().encoding());
        assertEquals(';', result.summary().separator());
        assertVestigingenMatchTable(table, records);
        assertTrue(records.stream().allMatch(v -> v.soort() == null), "the bo file has no soort column");
        assertTrue(records.stream().allMatch(v -> v.onderwijsstructuur().isEmpty()));

        Map<Long, VestigingRecord> byLine = records.stream().collect(Collectors.toMap(VestigingRecord::line, v -> v));
        // line 44 has byte 0x92: a right single quote in Windows-1252, a control character in ISO-8859-1
        assertEquals("Dalton Kindcentrum \u2019t Kompas", byLine.get(44L).naam());
        // line 2131: a quoted field with doubled quotes
        assertEquals("Basisschool \"De Maasparel\"", byLine.get(2131L).naam());
        assertEquals("Hindoe\u00efstisch", byLine.get(261L).denominatie());
    }

    @Test
    void vestigingenVo() throws Exception {
        Path file = duo(SharedData.VO);
        List<String[]> table = naiveTable(file);
        ImportResult result = reader.read(file, ImportOptions.defaults());
        List<VestigingRecord> records = result.vestigingen();

        assertEquals(FileKind.VESTIGINGEN_VO, result.summary().kind());
        assertVestigingenMatchTable(table, records);
        assertTrue(records.stream().allMatch(v -> "vo".equals(v.soort())));

        int structuur = column(table, "ONDERWIJSSTRUCTUUR");
        long pro = table.stream().skip(1).filter(r -> Arrays.asList(r[structuur].split("/")).contains("PRO")).count();
        assertTrue(pro > 0);
        assertEquals(pro, records.stream().filter(VestigingRecord::praktijkonderwijs).count());

        int denominatie = column(table, "DENOMINATIE");
        Set<Long> blankDenominatie = lines(table, r -> r[denominatie].isBlank());
        assertFalse(blankDenominatie.isEmpty(), "the vo file has a vestiging with a blank (space-padded) denominatie");
        for (VestigingRecord v : records) {
            assertEquals(blankDenominatie.contains(v.line()), v.denominatie() == null, "line " + v.line());
        }
    }

    @Test
    void leerlingenPo() throws Exception {
        Path file = duo(SharedData.PO_COUNTS);
        List<String[]> table = naiveTable(file);
        ImportResult result = reader.read(file, ImportOptions.defaults());
        List<LeerlingtellingRecord> records = result.tellingen();
        List<String[]> rows = table.subList(1, table.size());
        int brin = column(table, "BRIN_NUMMER");
        int vestiging = column(table, "VESTIGINGSNUMMER");
        int gemeente = column(table, "GEMEENTENUMMER");
        int soort = column(table, "SOORT_PO");
        int leerlingen = column(table, "LEERLINGEN");

        assertEquals(FileKind.LEERLINGEN_PO, result.summary().kind());
        assertEquals(OKTOBER_2019, result.summary().peildatum());
        assertEquals(rows.size(), records.size());
        assertEquals(rows.stream().mapToLong(r -> Long.parseLong(r[leerlingen])).sum(),
                records.stream().mapToLong(LeerlingtellingRecord::aantal).sum());
        assertEquals(rows.stream().map(r -> String.format("GM%04d", Integer.parseInt(r[gemeente]))).collect(Collectors.toSet()),
                records.stream().map(t -> t.vestiging().gemeenteCode()).collect(Collectors.toSet()));
        Map<String, Long> soortInFile = rows.stream().collect(Collectors.groupingBy(
                r -> r[soort].toLowerCase(Locale.ROOT), TreeMap::new, Collectors.counting()));
        Map<String, Long> soortRead = records.stream().collect(Collectors.groupingBy(LeerlingtellingRecord::soort,
                TreeMap::new, Collectors.counting()));
        assertEquals(soortInFile, soortRead);
        long suppressedInFile = rows.stream().filter(r -> r[leerlingen].startsWith("<")).count();
        assertEquals(suppressedInFile, records.stream().filter(LeerlingtellingRecord::onderdrukt).count());
        assertTrue(records.stream().allMatch(t -> t.peildatum().equals(OKTOBER_2019)));
        assertTrue(records.stream().allMatch(t -> t.onderwijstype() == null && t.leerjaar() == null));

        // the vestigingsnummer is only the 2-digit suffix here; brin6 = BRIN + suffix
        for (LeerlingtellingRecord t : records) {
            String[] r = table.get((int) t.line() - 1);
            assertEquals(r[brin] + r[vestiging], t.brin6());
        }
        // vestigingen with both so and vso pupils have two rows, kept apart by soort
        Map<String, Long> perVestiging = rows.stream().collect(Collectors.groupingBy(r -> r[brin] + r[vestiging],
                Collectors.counting()));
        long doubleRows = perVestiging.values().stream().filter(n -> n == 2).count();
        assertTrue(doubleRows > 0);
        assertEquals(doubleRows, records.stream().collect(Collectors.groupingBy(LeerlingtellingRecord::brin6,
                Collectors.counting())).values().stream().filter(n -> n == 2).count());
        // decimal comma
        assertEquals(new BigDecimal("9562.58992805755"), records.get(0).gemiddeldeAfstandMeter());
    }

    @Test
    void leerlingenVo() throws Exception {
        Path file = duo(SharedData.VO_COUNTS);
        List<String[]> table = naiveTable(file);
        ImportResult result = reader.read(file, ImportOptions.defaults());
        List<LeerlingtellingRecord> records = result.tellingen();
        int brin = column(table, "BRIN NUMMER");
        int vestiging = column(table, "VESTIGINGSNUMMER");
        int type = column(table, "ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR");

        // independent: sum man + vrouw per vestiging, onderwijstype and leerjaar over all opleidingen
        Map<String, Long> expected = new HashMap<>();
        for (String[] r : table.subList(1, table.size())) {
            for (int leerjaar = 1; leerjaar <= 6; leerjaar++) {
                long man = Long.parseLong(r[column(table, "LEER- OF VERBLIJFSJAAR " + leerjaar + " - MAN")]);
                long vrouw = Long.parseLong(r[column(table, "LEER- OF VERBLIJFSJAAR " + leerjaar + " - VROUW")]);
                expected.merge(r[brin] + r[vestiging] + "|" + r[type] + "|" + leerjaar, man + vrouw, Long::sum);
            }
        }
        expected.values().removeIf(n -> n == 0);
        Map<String, Long> actual = records.stream().collect(Collectors.toMap(
                t -> t.brin6() + "|" + t.onderwijstype() + "|" + t.leerjaar(), t -> (long) t.aantal()));

        assertEquals(FileKind.LEERLINGEN_VO, result.summary().kind());
        assertEquals(table.size() - 1, result.summary().rows());
        assertEquals(expected, actual);
        assertEquals(OKTOBER_2019, result.summary().peildatum(), "peildatum from the file name ...-2019.csv");
        assertTrue(records.stream().allMatch(t -> "vo".equals(t.soort()) && t.peildatum().equals(OKTOBER_2019)));
        assertTrue(records.stream().anyMatch(t -> "Praktijkonderwijs alle vj".equals(t.onderwijstype())));
        assertTrue(records.stream().noneMatch(LeerlingtellingRecord::onderdrukt), "the 2019 file has no <5");
        assertEquals("Mundium College loc. Niek\u00e9e", records.stream().filter(t -> t.line() == 7956).findFirst()
                .orElseThrow().vestiging().naam(), "the vo count file is not pure ASCII: Latin-1 on line 7956");
    }

    @Test
    void regionsOfPoAndVoTogether() throws Exception {
        Set<String> rmcInFiles = new TreeSet<>();
        Set<String> rmcRead = new TreeSet<>();
        Set<String> gemeentenInFiles = new TreeSet<>();
        Set<String> gemeentenRead = new TreeSet<>();
        for (String name : List.of(SharedData.BO, SharedData.VO)) {
            List<String[]> table = naiveTable(duo(name));
            int rmc = column(table, "RMC-REGIO CODE");
            int gemeente = column(table, "GEMEENTENUMMER");
            table.stream().skip(1).forEach(r -> {
                rmcInFiles.add(r[rmc]);
                gemeentenInFiles.add("GM" + r[gemeente]);
            });
            for (VestigingRecord v : reader.read(duo(name), ImportOptions.defaults()).vestigingen()) {
                rmcRead.add(v.regio(RegioType.RMC).code());
                gemeentenRead.add(v.gemeenteCode());
            }
        }
        assertEquals(rmcInFiles, rmcRead);
        assertEquals(gemeentenInFiles, gemeentenRead);
    }

    @Test
    void theVsvFileIsAnUnknownKindWithItsHeaderInTheMessage() {
        ImportException e = assertThrows(ImportException.class,
                () -> reader.read(duo(SharedData.VSV), ImportOptions.defaults()));
        ImportProblem problem = e.problems().get(0);
        assertEquals(SharedData.VSV, problem.file());
        assertEquals(1, problem.line());
        assertTrue(problem.message().contains("SAMENWERKINGSVERBAND_NUMMER"), problem.message());
        assertTrue(problem.message().contains("--kind"), problem.message());
    }

    private static void assertVestigingenMatchTable(List<String[]> table, List<VestigingRecord> records) {
        int code = column(table, "VESTIGINGSNUMMER");
        int gemeente = column(table, "GEMEENTENUMMER");
        int rmc = column(table, "RMC-REGIO CODE");
        List<String[]> rows = table.subList(1, table.size());
        assertEquals(rows.size(), records.size());
        Set<String> gemeentenInFile = rows.stream().map(r -> "GM" + r[gemeente]).collect(Collectors.toSet());
        Set<String> gemeentenRead = records.stream().map(VestigingRecord::gemeenteCode).collect(Collectors.toSet());
        assertEquals(gemeentenInFile, gemeentenRead);
        Set<String> rmcInFile = rows.stream().map(r -> r[rmc]).collect(Collectors.toSet());
        Set<String> rmcRead = records.stream().map(v -> v.regio(RegioType.RMC).code()).collect(Collectors.toSet());
        assertEquals(rmcInFile, rmcRead);
        for (VestigingRecord v : records) {
            String[] r = table.get((int) v.line() - 1);
            assertEquals(r[code], v.brin6(), "line " + v.line());
            assertEquals(r[code].substring(0, 4), v.brin4());
            assertEquals(6, v.regios().size(), "every vestiging names six regions");
            assertNotNull(v.regio(RegioType.RMC).naam());
        }
    }

    private static Set<Long> lines(List<String[]> table, Function<String[], Boolean> test) {
        Set<Long> lines = new TreeSet<>();
        for (int i = 1; i < table.size(); i++) {
            if (test.apply(table.get(i))) {
                lines.add((long) i + 1);
            }
        }
        return lines;
    }
}
