package nl.wij.core.imports.impl;

import static nl.wij.core.imports.impl.SharedData.duo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wij.core.importer.ImportProblem;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.ImportStatus;

/**
 * A file with a problem anywhere writes nothing, also when the problem is found after thousands of
 * its objects were already written in the transaction; the report names file, line and column. The
 * database is compared row by row (every import table and the audit trail) before and after.
 */
class BrokenFilesImportTest extends ImportFixture {

    @TempDir
    Path dir;

    /** Small batches, so a broken file has written many batches before its problem is found. */
    ImportDispatcher smallBatches;

    @BeforeEach
    void smallBatches() {
        smallBatches = withDuo(500);
    }

    @Test
    void aWrongValueDeepInAVestigingenFileWritesNothing() throws Exception {
        assertTrue(importFile(duo(SharedData.VO)).accepted());
        Map<String, Long> before = allRows();
        Path broken = copyWithField(SharedData.BO, 5000, "GEMEENTENUMMER", "0x14");

        ImportReport report = smallBatches.importFile(broken, new ImportRequest("import:test", null, null));

        assertFalse(report.accepted());
        ImportProblem problem = report.problems().get(0);
        assertEquals(SharedData.BO, problem.file());
        assertEquals(5000, problem.line());
        assertEquals("GEMEENTENUMMER", problem.column());
        assertTrue(problem.toString().contains("regel 5000"), problem.toString());
        assertEquals(List.of(), report.classes());
        assertEquals(before, allRows(), "nothing written, no audit");
    }

    @Test
    void aNonNumericCountAfterThousandsOfWrittenCountsWritesNothing() throws Exception {
        assertTrue(importFile(duo(SharedData.BO)).accepted());
        Map<String, Long> before = allRows();
        Path broken = copyWithField(SharedData.PO_COUNTS, 7000, "LEERLINGEN", "veel");

        ImportReport report = smallBatches.importFile(broken, new ImportRequest("import:test", null, null));

        assertFalse(report.accepted());
        assertEquals(7000, report.problems().get(0).line());
        assertEquals("LEERLINGEN", report.problems().get(0).column());
        assertEquals(before, allRows());
        ImportStatus status = smallBatches.recent().get(0);
        assertEquals(ImportStatus.State.GEWEIGERD, status.state());
    }

    @Test
    void aTruncatedFileAndBinaryGarbageWriteNothing() throws Exception {
        assertTrue(importFile(duo(SharedData.VO)).accepted());
        Map<String, Long> before = allRows();
        byte[] bytes = Files.readAllBytes(duo(SharedData.VO_COUNTS));
        Path truncated = dir.resolve(SharedData.VO_COUNTS);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        byte[] noise = new byte[200_000];
        new Random(42).nextBytes(noise);
        Path garbage = dir.resolve("leerlingen-2019.csv");
        Files.write(garbage, noise);

        ImportReport cut = smallBatches.importFile(truncated, new ImportRequest("import:test", null, null));
        ImportReport binary = smallBatches.importFile(garbage, new ImportRequest("import:test", null, null));

        assertFalse(cut.accepted());
        assertTrue(cut.problems().get(0).line() > 1, cut.problems().toString());
        assertFalse(binary.accepted());
        assertEquals("leerlingen-2019.csv", binary.problems().get(0).file());
        assertEquals(before, allRows());
    }

    @Test
    void anOnderwijstypeTooLongForTheModelIsAProblemWithItsLineAndColumn() throws Exception {
        Path broken = copyWithField(SharedData.VO_COUNTS, 300, "ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR",
                "HAVO ".repeat(60));

        ImportReport report = smallBatches.importFile(broken, new ImportRequest("import:test", null, null));

        assertFalse(report.accepted());
        assertEquals(300, report.problems().get(0).line());
        assertEquals("ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR", report.problems().get(0).column());
        assertEquals(0, rows(MODEL.getLeerlingtelling()));
        assertEquals(0, rows(MODEL.getVestiging()));
    }

    /** A copy of a real file (same name, same encoding) with one field of one physical line replaced. */
    private Path copyWithField(String name, int line, String column, String value) throws Exception {
        List<String> lines = Files.readAllLines(duo(name), SharedData.WINDOWS_1252);
        int index = List.of(lines.get(0).split(";", -1)).stream().map(String::strip).toList().indexOf(column);
        assertTrue(index >= 0, column);
        String[] fields = lines.get(line - 1).split(";", -1);
        fields[index] = value;
        List<String> changed = new ArrayList<>(lines);
        changed.set(line - 1, String.join(";", fields));
        Path copy = dir.resolve(name);
        Files.write(copy, changed, SharedData.WINDOWS_1252);
        return copy;
    }
}
