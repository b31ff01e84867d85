package nl.wij.ihp.imports.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * TEST DATA in DUO's po forecast format, for the real basisschool vestigingen of Zaanstad: the
 * vestigingen come from the real DUO file {@code alle-vestigingen-bo.csv}; the forecast numbers are
 * made up by a formula (there is no real DUO forecast file in shared/data) and mean nothing.
 */
final class ZaanstadPrognose {

    static final Path DUO = Path.of(System.getProperty("wij.shared.data", "../../../shared/data")).resolve("duo");
    static final String HEADER = "INSTELLINGSCODE,VESTIGINGSCODE,TYPE_PO,JAAR,PROGNOSEAANTALLEN";

    private ZaanstadPrognose() {
    }

    /** Zaanstad's basisschool BRIN6s from the real vestigingen file (GEMEENTENUMMER 0479); skips without the file. */
    static List<String> vestigingen() throws IOException {
        Path file = DUO.resolve("alle-vestigingen-bo.csv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "the real DUO files are not here: " + file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        List<String> header = List.of(lines.get(0).split(";", -1)).stream().map(String::strip).toList();
        List<String> brin6 = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";", -1);
            if (f.length == header.size() && f[header.indexOf("GEMEENTENUMMER")].strip().equals("0479")) {
                brin6.add(f[header.indexOf("VESTIGINGSNUMMER")].strip());
            }
        }
        return brin6;
    }

    /** The forecast lines (without header) for 2020 to 2035: the vestigingscode as the 2-digit suffix. */
    static List<String> regels(List<String> vestigingen) {
        List<String> regels = new ArrayList<>();
        for (int i = 0; i < vestigingen.size(); i++) {
            String brin6 = vestigingen.get(i);
            for (int jaar = 2020; jaar <= 2035; jaar++) {
                regels.add(brin6.substring(0, 4) + "," + brin6.substring(4) + ",BAO," + jaar + "," + aantal(i, jaar));
            }
        }
        return regels;
    }

    /** The made-up forecast of the i-th vestiging in a year. */
    static int aantal(int i, int jaar) {
        return 80 + (i * 37 + jaar * 11) % 300;
    }

    /** Writes a file in UTF-8 with a BOM, lines ending in CRLF, as DUO's portal does. */
    static Path schrijf(Path dir, String name, String header, List<String> regels) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF").append(header).append("\r\n");
        regels.forEach(r -> text.append(r).append("\r\n"));
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
