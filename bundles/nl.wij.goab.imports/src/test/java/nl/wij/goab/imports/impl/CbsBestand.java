package nl.wij.goab.imports.impl;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real CBS file read independently of the importer (regular expressions over the sheet's XML),
 * so tests compare the importer with the file itself: BRIN6 to pupils and score.
 */
final class CbsBestand {

    private CbsBestand() {
    }

    record Rij(int leerlingen, BigDecimal score) {
    }

    static Path echt() {
        Path file = Path.of(System.getProperty("wij.shared.data", "../../../shared/data")).toAbsolutePath().normalize()
                .resolve("cbs/achterstandsscores-scholen-2019.xlsx");
        if (!Files.isRegularFile(file)) {
            fail("missing real data file " + file + " (set -Dwij.shared.data)");
        }
        return file;
    }

    /** The rows of sheet "Tabel 1" (sheet5.xml in the 2019 file) by BRIN6. */
    static Map<String, Rij> tabel1(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> strings = new ArrayList<>();
            Matcher si = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL).matcher(read(zip, "xl/sharedStrings.xml"));
            while (si.find()) {
                StringBuilder text = new StringBuilder();
                Matcher t = Pattern.compile("<t[^>]*>(.*?)</t>", Pattern.DOTALL).matcher(si.group(1));
                while (t.find()) {
                    text.append(t.group(1));
                }
                strings.add(text.toString());
            }
            Map<String, Rij> rows = new LinkedHashMap<>();
            Matcher row = Pattern.compile("<row r=\"(\\d+)\"[^>]*>(.*?)</row>", Pattern.DOTALL)
                    .matcher(read(zip, "xl/worksheets/sheet5.xml"));
            Pattern cell = Pattern.compile("<c r=\"([A-Z]+)\\d+\"([^>/]*)>(?:<v>([^<]*)</v>)?</c>");
            while (row.find()) {
                if (Integer.parseInt(row.group(1)) < 6) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                Matcher c = cell.matcher(row.group(2));
                while (c.find()) {
                    if (c.group(3) != null) {
                        cells.put(c.group(1), c.group(2).contains("t=\"s\"") ? strings.get(Integer.parseInt(c.group(3))) : c.group(3));
                    }
                }
                if (cells.get("B") != null && cells.get("C") != null) {
                    rows.put(cells.get("A"), new Rij(Integer.parseInt(cells.get("B")), new BigDecimal(cells.get("C"))));
                }
            }
            return rows;
        }
    }

    private static String read(ZipFile zip, String entry) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
    }
}
