package nl.wij.core.importer;

import static nl.wij.core.importer.SharedData.WINDOWS_1252;
import static nl.wij.core.importer.SharedData.duo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vestigingen file over 200 MB (the real vo rows repeated under unique BRIN6 codes, written streaming):
 * {@link DuoReader#read} refuses it before reading, with the size in the message; {@link DuoReader#stream}
 * reads it completely in a separate JVM whose heap (64 MB) is far smaller than the file.
 */
class LargeFileTest {

    private static final long SIZE = 201L * 1024 * 1024;
    private static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    @Test
    void twoHundredMegabytesStreamInABoundedHeapAndAreRefusedInMemory() throws Exception {
        Path file = dir.resolve("alle-vestigingen-vo-groot.csv");
        long rows = generate(file);
        assertTrue(Files.size(file) > 200L * 1024 * 1024);

        ImportException refused = assertThrows(ImportException.class, () -> DuoReaders.create().read(file,
                ImportOptions.defaults()));
        ImportProblem problem = refused.problems().get(0);
        assertEquals("alle-vestigingen-vo-groot.csv", problem.file());
        assertTrue(problem.message().startsWith("het bestand is 201,0 MB; in één keer inlezen kan tot 64,0 MB"),
                problem.message());

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), StreamMain.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "streaming 200 MB took over a minute");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.startsWith("records=" + rows + " rows=" + rows + " delivered=" + rows), output);
    }

    /**
     * Writes header + rows until the file passes {@link #SIZE}; returns the number of rows. Row {@code n}
     * is real vo row {@code n mod 1619} with BRIN {@code dd}+two letters and vestigingsnummer chosen so
     * that every BRIN6 is unique (6.76 million codes available).
     */
    private static long generate(Path file) throws IOException {
        List<String> lines = Files.readAllLines(duo(SharedData.VO), WINDOWS_1252);
        int templates = lines.size() - 1;
        byte[][] prefix = new byte[templates][];
        byte[][] suffix = new byte[templates][];
        for (int i = 0; i < templates; i++) {
            String[] fields = lines.get(i + 1).split(";", -1);
            prefix[i] = (fields[0] + ";" + fields[1] + ";").getBytes(WINDOWS_1252);
            String[] rest = Arrays.copyOfRange(fields, 4, fields.length);
            suffix[i] = (String.join(";", rest) + "\n").getBytes(WINDOWS_1252);
        }
        long rows = 0;
        long bytes = 0;
        byte[] code = new byte[12]; // BRIN;BRIN6;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            byte[] header = (lines.get(0) + "\n").getBytes(WINDOWS_1252);
            out.write(header);
            bytes += header.length;
            while (bytes < SIZE) {
                int t = (int) (rows % templates);
                code[0] = (byte) ('0' + rows % 100 / 10);
                code[1] = (byte) ('0' + rows % 10);
                code[2] = (byte) ('A' + rows / 100 % 26);
                code[3] = (byte) ('A' + rows / 2600 % 26);
                code[4] = ';';
                System.arraycopy(code, 0, code, 5, 4);
                code[9] = (byte) ('0' + rows / 67600 / 10);
                code[10] = (byte) ('0' + rows / 67600 % 10);
                code[11] = ';';
                out.write(prefix[t]);
                out.write(code);
                out.write(suffix[t]);
                bytes += prefix[t].length + code.length + suffix[t].length;
                rows++;
            }
        }
        return rows;
    }
}
