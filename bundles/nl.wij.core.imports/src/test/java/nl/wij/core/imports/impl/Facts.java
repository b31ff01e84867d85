package nl.wij.core.imports.impl;

import static nl.wij.core.imports.impl.SharedData.column;
import static nl.wij.core.imports.impl.SharedData.rows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the real files say, computed the naive way (split on {@code ;}), independently of the
 * importer, so the tests compare the store with the files and not with guesses.
 */
final class Facts {

    static final String[] REGIONS = {"NODAAL GEBIED", "RPA-GEBIED", "WGR-GEBIED", "COROPGEBIED", "ONDERWIJSGEBIED",
        "RMC-REGIO"};

    final Set<String> vestigingen = new TreeSet<>();
    final Set<String> gemeenten = new TreeSet<>();
    final Set<String> instellingen = new TreeSet<>();
    final Set<String> besturen = new TreeSet<>();
    final Set<String> regios = new TreeSet<>();
    final Set<String> rmcRegios = new TreeSet<>();
    final Set<String> lidmaatschappen = new TreeSet<>();
    /** Count records: for po one per row, for vo one per vestiging, onderwijstype and leerjaar with a sum above 0. */
    long tellingen;

    /** A vestigingen file. */
    static Facts vestigingen(Path file) throws IOException {
        List<String[]> table = SharedData.naiveTable(file);
        Facts f = new Facts();
        int vestiging = column(table, "VESTIGINGSNUMMER");
        int gemeente = column(table, "GEMEENTENUMMER");
        int brin = column(table, "BRIN NUMMER");
        int bestuur = column(table, "BEVOEGD GEZAG NUMMER");
        for (String[] row : rows(table)) {
            f.vestigingen.add(row[vestiging]);
            String gm = "GM" + row[gemeente];
            f.gemeenten.add(gm);
            f.instellingen.add(row[brin]);
            if (!row[bestuur].isEmpty()) {
                f.besturen.add(row[bestuur]);
            }
            for (String region : REGIONS) {
                String code = row[column(table, region + " CODE")];
                if (!code.isEmpty()) {
                    f.regios.add(region + "|" + code);
                    f.lidmaatschappen.add(region + "|" + code + "|" + gm);
                    if (region.equals("RMC-REGIO")) {
                        f.rmcRegios.add(code);
                    }
                }
            }
        }
        return f;
    }

    /** The po count file: one record per row. */
    static Facts poTellingen(Path file) throws IOException {
        List<String[]> table = SharedData.naiveTable(file);
        Facts f = new Facts();
        int brin = column(table, "BRIN_NUMMER");
        int nummer = column(table, "VESTIGINGSNUMMER");
        int gemeente = column(table, "GEMEENTENUMMER");
        for (String[] row : rows(table)) {
            f.vestigingen.add(row[brin] + pad(row[nummer]));
            f.instellingen.add(row[brin]);
            f.gemeenten.add(String.format("GM%04d", Integer.parseInt(row[gemeente])));
            f.tellingen++;
        }
        return f;
    }

    /** The vo count file: sums per vestiging, onderwijstype and leerjaar over opleidingen and both sexes. */
    static Facts voTellingen(Path file) throws IOException {
        List<String[]> table = SharedData.naiveTable(file);
        Facts f = new Facts();
        int brin = column(table, "BRIN NUMMER");
        int nummer = column(table, "VESTIGINGSNUMMER");
        int type = column(table, "ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR");
        Map<String, Long> sums = new HashMap<>();
        for (String[] row : rows(table)) {
            String vestiging = row[brin] + pad(row[nummer]);
            f.vestigingen.add(vestiging);
            f.instellingen.add(row[brin]);
            for (int leerjaar = 1; leerjaar <= 6; leerjaar++) {
                long man = Long.parseLong(row[column(table, "LEER- OF VERBLIJFSJAAR " + leerjaar + " - MAN")]);
                long vrouw = Long.parseLong(row[column(table, "LEER- OF VERBLIJFSJAAR " + leerjaar + " - VROUW")]);
                sums.merge(vestiging + "|" + row[type] + "|" + leerjaar, man + vrouw, Long::sum);
            }
        }
        f.tellingen = sums.values().stream().filter(sum -> sum > 0).count();
        return f;
    }

    private static String pad(String nummer) {
        return nummer.length() == 1 ? "0" + nummer : nummer;
    }

    /** How many of {@code these} are not in {@code known}. */
    static long notIn(Set<String> these, Set<String> known) {
        return these.stream().filter(x -> !known.contains(x)).count();
    }
}
