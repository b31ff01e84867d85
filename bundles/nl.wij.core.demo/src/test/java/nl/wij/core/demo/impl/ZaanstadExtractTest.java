package nl.wij.core.demo.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped demo files are exactly Zaanstad's lines of the real DUO files in {@code shared/data}.
 * To regenerate them after a new DUO release is put there:
 * {@code mvn -f bundles/nl.wij.core.demo/pom.xml test -Dtest=ZaanstadExtractTest -Dwij.demo.regenerate=true}.
 */
class ZaanstadExtractTest {

    @Test
    void theShippedFilesAreZaanstadsLinesOfTheRealFiles() throws Exception {
        Path duo = Path.of(System.getProperty("wij.shared.data", "../../../shared/data")).resolve("duo");
        Path shipped = Path.of(System.getProperty("wij.demo.resources", "src/main/resources/demo"));
        Assumptions.assumeTrue(Files.isDirectory(duo), "the real DUO files are not here: " + duo);
        if (Boolean.getBoolean("wij.demo.regenerate")) {
            ZaanstadExtract.write(duo, shipped);
        }
        Map<String, byte[]> extract = ZaanstadExtract.extract(duo);

        assertEquals(4, extract.size());
        for (Map.Entry<String, byte[]> file : extract.entrySet()) {
            byte[] original = Files.readAllBytes(duo.resolve(file.getKey()));
            String header = new String(original, StandardCharsets.ISO_8859_1).lines().findFirst().orElseThrow();
            String extracted = new String(file.getValue(), StandardCharsets.ISO_8859_1);
            assertTrue(extracted.startsWith(header + "\n"), file.getKey() + " keeps the original header");
            assertTrue(extracted.lines().count() > 1, file.getKey() + " has Zaanstad rows");
            assertArrayEquals(file.getValue(), Files.readAllBytes(shipped.resolve(file.getKey())),
                    file.getKey() + " differs from the real file's Zaanstad rows; regenerate (see this class)");
        }
    }
}
