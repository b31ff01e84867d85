package nl.wij.core.importer;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The real DUO files from {@code shared/data} (system property {@code wij.shared.data}, set by the
 * module pom). Missing data fails the test: these tests are the proof that the importer reads real files.
 */
final class SharedData {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static final String BO = "alle-vestigingen-bo.csv";
    static final String VO = "alle-vestigingen-vo.csv";
    static final String PO_COUNTS = "gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv";
    static final String VO_COUNTS = "leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv";
    static final String VSV = "vsv-per-swv-2015.csv";

    private SharedData() {
    }

    static Path root() {
        String property = System.getProperty("wij.shared.data");
        if (property == null || property.isBlank()) {
            fail("system property wij.shared.data is not set; run the tests through Maven (the module pom sets it"
                    + " to ../shared/data beside the repository)");
        }
        Path root = Path.of(property).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("duo"))) {
            fail("the shared data directory " + root + " (wij.shared.data) has no duo/ folder; check out shared/"
                    + " beside the repository");
        }
        return root;
    }

    static Path duo(String name) {
        Path file = root().resolve("duo").resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("missing real data file " + file);
        }
        return file;
    }

    /**
     * The file as a plain table, the simple way: physical lines, split on {@code ;}, no quote handling.
     * Valid for the DUO files because none has a separator or a line break inside quotes, which this
     * checks: every line must have as many fields as the header.
     */
    static List<String[]> naiveTable(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, WINDOWS_1252)) {
            if (!line.isBlank()) {
                rows.add(line.split(";", -1));
            }
        }
        int width = rows.get(0).length;
        for (String[] row : rows) {
            if (row.length != width) {
                fail("naive split does not fit " + file + ": " + Arrays.toString(row));
            }
        }
        return rows;
    }

    /** Index of a header name in a naive table. */
    static int column(List<String[]> table, String name) {
        List<String> header = Arrays.asList(table.get(0));
        int i = header.indexOf(name);
        if (i < 0) {
            fail("no column " + name + " in " + header);
        }
        return i;
    }
}
