package nl.wij.core.imports.impl;

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
 * module pom), and a naive, independent reading of them to compute expected numbers.
 */
final class SharedData {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static final String BO = "alle-vestigingen-bo.csv";
    static final String VO = "alle-vestigingen-vo.csv";
    static final String PO_COUNTS = "gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv";
    static final String VO_COUNTS = "leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv";

    private SharedData() {
    }

    static Path duo(String name) {
        String property = System.getProperty("wij.shared.data");
        if (property == null || property.isBlank()) {
            fail("system property wij.shared.data is not set; run the tests through Maven");
        }
        Path file = Path.of(property).toAbsolutePath().normalize().resolve("duo").resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("missing real data file " + file);
        }
        return file;
    }

    /** Physical lines split on {@code ;} (no DUO file has quoted separators; every line is checked). */
    static List<String[]> naiveTable(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, WINDOWS_1252)) {
            if (!line.isBlank()) {
                String[] fields = line.split(";", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                rows.add(fields);
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

    static int column(List<String[]> table, String name) {
        int i = Arrays.asList(table.get(0)).indexOf(name);
        if (i < 0) {
            fail("no column " + name + " in " + Arrays.toString(table.get(0)));
        }
        return i;
    }

    /** The data rows (without the header). */
    static List<String[]> rows(List<String[]> table) {
        return table.subList(1, table.size());
    }
}
