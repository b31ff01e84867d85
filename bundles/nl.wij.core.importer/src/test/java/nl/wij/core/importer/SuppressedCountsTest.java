package nl.wij.core.importer;

import static nl.wij.core.importer.SharedData.WINDOWS_1252;
import static nl.wij.core.importer.SharedData.duo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DUO's {@code <5}. The 2019 files contain none (they publish small counts as numbers), so these tests
 * put {@code <5} into copies of the real files, as newer DUO releases write it.
 */
class SuppressedCountsTest {

    @TempDir
    Path dir;

    private final DuoReader reader = DuoReaders.create();

    @Test
    void aSuppressedPoCountIsNeitherZeroNorFive() throws Exception {
        List<String> lines = Files.readAllLines(duo(SharedData.PO_COUNTS), WINDOWS_1252);
        lines.set(2, lines.get(2).replaceFirst(";[0-9]+$", ";<5"));
        lines.set(6, lines.get(6).replaceFirst(";[0-9]+$", ";<5"));
        Path file = Files.write(dir.resolve("po-2019-2020.csv"), (String.join("\n", lines) + "\n").getBytes(WINDOWS_1252));

        Map<Long, LeerlingtellingRecord> byLine = reader.read(file, ImportOptions.defaults()).tellingen().stream()
                .collect(Collectors.toMap(LeerlingtellingRecord::line, Function.identity()));
        for (long line : List.of(3L, 7L)) {
            assertTrue(byLine.get(line).onderdrukt());
            assertNull(byLine.get(line).aantal());
        }
        assertFalse(byLine.get(4L).onderdrukt());
        assertEquals(7301, byLine.size());
    }

    @Test
    void aVoSumWithASuppressedPartIsSuppressedAndAnAllSuppressedLeerjaarIsKept() throws Exception {
        List<String> lines = Files.readAllLines(duo(SharedData.VO_COUNTS), WINDOWS_1252);
        // line 2: 00AH00, Brugjaar 1-2, leerjaar 1 man = 89 -> <5; leerjaar 2 stays known
        String[] row = lines.get(1).split(";", -1);
        assertEquals("Brugjaar 1-2", row[5]);
        row[10] = "<5";
        // ... and leerjaar 6 (always 0 for a brugjaar) vrouw -> <5: kept as a suppressed record, not dropped
        row[21] = "<5";
        lines.set(1, String.join(";", row));
        Path file = Files.write(dir.resolve("leerlingen-vo-2019.csv"), (String.join("\n", lines) + "\n").getBytes(WINDOWS_1252));

        Map<Integer, LeerlingtellingRecord> brugjaar = reader.read(file, ImportOptions.defaults()).tellingen().stream()
                .filter(t -> t.brin6().equals("00AH00") && t.onderwijstype().equals("Brugjaar 1-2"))
                .collect(Collectors.toMap(LeerlingtellingRecord::leerjaar, Function.identity()));
        assertTrue(brugjaar.get(1).onderdrukt());
        assertNull(brugjaar.get(1).aantal());
        assertFalse(brugjaar.get(2).onderdrukt());
        assertTrue(brugjaar.get(6).onderdrukt());
        assertEquals(2L, brugjaar.values().stream().filter(LeerlingtellingRecord::onderdrukt).count());
    }
}
