package nl.wij.core.views.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.wij.core.importer.DuoReaders;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.impl.ImportDispatcher;
import nl.wij.core.imports.impl.duo.DuoFileImporter;
import nl.wij.core.model.CorePackage;
import nl.wij.core.views.PublishedView;
import nl.wij.core.views.StarterQuery;

/**
 * The core views over the real DUO files of the whole country, imported by the real importer into
 * the real store. Every expected number is computed here from the files (split on {@code ;}),
 * independently of the importer and of the views.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreViewsRealDataTest extends ViewsFixture {

    private static final Charset LATIN1 = Charset.forName("windows-1252");
    private static final String BO = "alle-vestigingen-bo.csv";
    private static final String VO = "alle-vestigingen-vo.csv";
    private static final String PO_COUNTS = "gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv";
    private static final String VO_COUNTS = "leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv";

    @Override
    @BeforeAll
    void start() throws SQLException {
        super.start();
        ImportDispatcher imports = new ImportDispatcher(5, Clock.systemUTC());
        imports.addImporter(new DuoFileImporter(store, DuoReaders.create(), CorePackage.eINSTANCE, 25_000, 50));
        for (String file : List.of(BO, VO, PO_COUNTS, VO_COUNTS)) {
            ImportReport report = imports.importFile(duo(file), ImportRequest.by("test"));
            assertTrue(report.accepted(), file + ": " + report.problems());
        }
        add(coreViews());
        assertTrue(manager.views().stream().allMatch(PublishedView::available), manager.views().toString());
    }

    @Override
    void stop() {
        // one database for the class; dropped in close()
    }

    @org.junit.jupiter.api.AfterAll
    void close() {
        database.close();
    }

    @Test
    void everyVestigingOfEveryFileIsInTheViewOnce() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (String file : List.of(BO, VO)) {
            Table t = table(file);
            t.rows.forEach(r -> expected.add(t.get(r, "VESTIGINGSNUMMER")));
        }
        Table po = table(PO_COUNTS);
        po.rows.forEach(r -> expected.add(po.get(r, "BRIN_NUMMER") + pad(po.get(r, "VESTIGINGSNUMMER"))));
        Table vo = table(VO_COUNTS);
        vo.rows.forEach(r -> expected.add(vo.get(r, "BRIN NUMMER") + pad(vo.get(r, "VESTIGINGSNUMMER"))));
        assertEquals(expected, strings("SELECT brin6 FROM core.vestiging"));
        assertEquals(0, count("SELECT COUNT(*) FROM core.vestiging WHERE brin4 <> SUBSTR(brin6, 1, 4)"));
    }

    @Test
    void gemeentenAreCbsCodesAndEveryRmcMembershipOfTheFilesIsThere() throws Exception {
        Set<String> gemeenten = new TreeSet<>();
        Set<String> rmc = new TreeSet<>();
        for (String file : List.of(BO, VO)) {
            Table t = table(file);
            for (String[] r : t.rows) {
                String gm = "GM" + t.get(r, "GEMEENTENUMMER");
                gemeenten.add(gm);
                rmc.add(gm + "|" + t.get(r, "RMC-REGIO CODE") + "|" + t.get(r, "RMC-REGIO NAAM"));
            }
        }
        Table po = table(PO_COUNTS);
        po.rows.forEach(r -> gemeenten.add(String.format("GM%04d", Integer.parseInt(po.get(r, "GEMEENTENUMMER")))));
        assertEquals(gemeenten, strings("SELECT gemeente_code FROM core.gemeente"));
        assertEquals(rmc, strings("SELECT gemeente_code || '|' || regio_code || '|' || regio_naam FROM core.regio_lid"
                + " WHERE regio_type = 'RMC'"));
        assertEquals(rmc.stream().map(s -> s.split("\\|")[1]).collect(java.util.stream.Collectors.toSet()).size(),
                count("SELECT COUNT(*) FROM core.regio WHERE regio_type = 'RMC'"));
    }

    @Test
    void poCountsPerSoortAreTheFilesSumsInLowerCaseWithDates() throws Exception {
        Table po = table(PO_COUNTS);
        Map<String, Long> expected = new TreeMap<>();
        for (String[] r : po.rows) {
            expected.merge(po.get(r, "SOORT_PO").toLowerCase(), Long.parseLong(po.get(r, "LEERLINGEN")), Long::sum);
        }
        Map<String, Long> actual = new TreeMap<>();
        for (List<Object> row : rows("SELECT soort, SUM(aantal) FROM core.leerlingtelling WHERE peildatum ="
                + " DATE('2019-10-01') AND soort <> 'vo' GROUP BY soort")) {
            actual.put((String) row.get(0), ((Number) row.get(1)).longValue());
        }
        assertEquals(expected, actual);
        assertEquals(po.rows.size(), count("SELECT COUNT(*) FROM core.leerlingtelling WHERE soort <> 'vo'"));
        assertEquals(0, count("SELECT COUNT(*) FROM core.leerlingtelling WHERE onderdrukt OR aantal IS NULL"),
                "these files suppress nothing");
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM core.leerlingtelling")) {
            ResultSetMetaData meta = r.getMetaData();
            Map<String, Integer> types = new HashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(meta.getColumnName(i), meta.getColumnType(i));
            }
            assertEquals(Map.of("BRIN6", Types.VARCHAR, "PEILDATUM", Types.DATE, "SOORT", Types.VARCHAR,
                    "ONDERWIJSTYPE", Types.VARCHAR, "LEERJAAR", Types.INTEGER, "AANTAL", Types.INTEGER,
                    "ONDERDRUKT", Types.BOOLEAN), types);
        }
    }

    @Test
    void voCountsAndPraktijkonderwijsPerGemeenteMatchTheFiles() throws Exception {
        Table vo = table(VO_COUNTS);
        Table vestigingen = table(VO);
        Map<String, String> gemeente = new HashMap<>();
        Set<String> pro = new HashSet<>();
        for (String[] r : vestigingen.rows) {
            gemeente.put(vestigingen.get(r, "VESTIGINGSNUMMER"), "GM" + vestigingen.get(r, "GEMEENTENUMMER"));
            if (Arrays.asList(vestigingen.get(r, "ONDERWIJSSTRUCTUUR").split("/")).contains("PRO")) {
                pro.add(vestigingen.get(r, "VESTIGINGSNUMMER"));
            }
        }
        long total = 0;
        Map<String, Long> proPerGemeente = new TreeMap<>();
        for (String[] r : vo.rows) {
            long sum = 0;
            for (int leerjaar = 1; leerjaar <= 6; leerjaar++) {
                sum += Long.parseLong(vo.get(r, "LEER- OF VERBLIJFSJAAR " + leerjaar + " - MAN"))
                        + Long.parseLong(vo.get(r, "LEER- OF VERBLIJFSJAAR " + leerjaar + " - VROUW"));
            }
            total += sum;
            String brin6 = vo.get(r, "BRIN NUMMER") + pad(vo.get(r, "VESTIGINGSNUMMER"));
            if (vo.get(r, "ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR").equals("Praktijkonderwijs alle vj")
                    && gemeente.containsKey(brin6) && sum > 0) {
                proPerGemeente.merge(gemeente.get(brin6), sum, Long::sum);
            }
        }
        assertEquals(total, count("SELECT SUM(aantal) FROM core.leerlingtelling WHERE soort = 'vo'"));
        assertEquals(pro.size(), count("SELECT COUNT(DISTINCT brin6) FROM core.vestiging_onderwijsstructuur"
                + " WHERE onderwijsstructuur = 'PRO'"));
        Map<String, Long> actual = new TreeMap<>();
        for (List<Object> row : rows("SELECT v.gemeente_code, SUM(t.aantal) FROM core.leerlingtelling t"
                + " JOIN core.vestiging v ON v.brin6 = t.brin6 WHERE t.onderwijstype = 'Praktijkonderwijs alle vj'"
                + " GROUP BY v.gemeente_code")) {
            actual.put((String) row.get(0), ((Number) row.get(1)).longValue());
        }
        assertEquals(proPerGemeente, actual);

        // the starter query answering "how many pupils go to praktijkonderwijs, and where" adds up the same
        StarterQuery starter = coreViews().starterQueries().stream()
                .filter(q -> q.id().endsWith(".praktijkonderwijs")).findFirst().orElseThrow();
        assertEquals(proPerGemeente.values().stream().mapToLong(Long::longValue).sum(),
                rows(starter.sql()).stream().mapToLong(r -> ((Number) r.get(4)).longValue()).sum());
    }

    @Test
    void everyCoreStarterQueryRunsOnTheNationalData() throws Exception {
        for (StarterQuery q : coreViews().starterQueries()) {
            assertTrue(rows(q.sql()).size() > 1, q.id());
        }
    }

    private Set<String> strings(String sql) throws SQLException {
        Set<String> result = new TreeSet<>();
        rows(sql).forEach(r -> result.add((String) r.get(0)));
        return result;
    }

    private static String pad(String nummer) {
        return nummer.length() == 1 ? "0" + nummer : nummer;
    }

    private static Path duo(String name) {
        String property = System.getProperty("wij.shared.data");
        if (property == null || property.isBlank()) {
            fail("system property wij.shared.data is not set; run the tests through Maven");
        }
        return Path.of(property).toAbsolutePath().normalize().resolve("duo").resolve(name);
    }

    private static Table table(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(duo(name), LATIN1)) {
            if (!line.isBlank()) {
                rows.add(Arrays.stream(line.split(";", -1)).map(String::strip).toArray(String[]::new));
            }
        }
        return new Table(Arrays.asList(rows.get(0)), rows.subList(1, rows.size()));
    }

    /** A file split naively: the header and the data rows. */
    private record Table(List<String> header, List<String[]> rows) {
        String get(String[] row, String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                fail("no column " + column + " in " + header);
            }
            return row[i];
        }
    }
}
