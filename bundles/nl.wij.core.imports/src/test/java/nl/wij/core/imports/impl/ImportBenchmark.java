package nl.wij.core.imports.impl;

import static nl.wij.core.imports.impl.SharedData.duo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.importer.DuoReader;
import nl.wij.core.importer.DuoReaders;
import nl.wij.core.importer.ImportOptions;
import nl.wij.core.importer.LeerlingtellingRecord;
import nl.wij.core.importer.RegioRecord;
import nl.wij.core.importer.VestigingRecord;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.impl.duo.DuoFileImporter;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.support.Sleutels;
import nl.wij.core.store.impl.JdbcModelStore;
import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.db.DatabaseStatus;

/**
 * The import of all four real files (po and vo vestigingen, po and vo pupil counts) into an empty
 * store on an on-disk Derby, against a baseline in the same run that parses the same files with the
 * same reader and inserts the same rows with plain JDBC batches (one transaction per file, no audit,
 * no comparison with stored rows). Run with
 * {@code mvn -f bundles/nl.wij.core.imports/pom.xml test -Dtest=ImportBenchmark -Dwij.bench=true}.
 * Targets (issue 3): under 5 s in total and at most twice the baseline.
 */
@EnabledIfSystemProperty(named = "wij.bench", matches = "true")
class ImportBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ImportBenchmark.class);
    private static final int ROUNDS = Integer.getInteger("wij.bench.rounds", 5);
    private static final List<String> FILES = List.of(SharedData.BO, SharedData.VO, SharedData.PO_COUNTS,
            SharedData.VO_COUNTS);

    @Test
    void importOfAllFourFilesAgainstAPlainJdbcBaseline() throws Exception {
        List<Long> baseline = new ArrayList<>();
        List<Long> imports = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            baseline.add(timeBaseline());
            imports.add(timeImport());
        }
        long base = baseline.stream().min(Comparator.naturalOrder()).orElseThrow();
        long store = imports.stream().min(Comparator.naturalOrder()).orElseThrow();
        LOG.info("Benchmark ({} rondes, beste): baseline JDBC {} ms, import {} ms, verhouding {}; alle rondes: baseline {},"
                + " import {}", ROUNDS, base, store, String.format("%.2f", (double) store / base), baseline, imports);
        assertTrue(store < 5000, "import of all four files took " + store + " ms");
        assertTrue(store <= 2 * base, "import " + store + " ms is more than twice the baseline " + base + " ms");
    }

    private long timeImport() throws Exception {
        try (DiskDatabase database = new DiskDatabase()) {
            JdbcModelStore store = new JdbcModelStore(database, new DerbyDialect(), Clock.systemUTC());
            store.bindPackage(CorePackage.eINSTANCE);
            TimingStore timing = new TimingStore(store);
            ImportDispatcher service = new ImportDispatcher(25, Clock.systemUTC());
            service.addImporter(new DuoFileImporter(timing, DuoReaders.create(), CorePackage.eINSTANCE,
                    Integer.getInteger("wij.bench.batch", 25_000), 50));
            long start = System.nanoTime();
            Map<String, Long> perFile = new LinkedHashMap<>();
            for (String file : FILES) {
                long t = System.nanoTime();
                ImportReport report = service.importFile(duo(file), new ImportRequest("import:bench", null, null));
                assertTrue(report.accepted());
                perFile.put(file, (System.nanoTime() - t) / 1_000_000);
            }
            long total = (System.nanoTime() - start) / 1_000_000;
            LOG.info("import {} ms: {}; in the store: {}", total, perFile, timing.millis);
            return total;
        }
    }

    /** Same reader, same deduplicated rows, plain INSERT batches; one transaction per file. */
    private long timeBaseline() throws Exception {
        try (DiskDatabase database = new DiskDatabase(); Connection c = database.connect()) {
            createTables(c);
            c.setAutoCommit(false);
            DuoReader reader = DuoReaders.create();
            Map<String, Boolean> seen = new java.util.HashMap<>();
            long start = System.nanoTime();
            Map<String, Long> perFile = new LinkedHashMap<>();
            for (String file : FILES) {
                long fileStart = System.nanoTime();
                try (Inserts inserts = new Inserts(c)) {
                    reader.stream(duo(file), ImportOptions.defaults(), record -> {
                        try {
                            if (record instanceof VestigingRecord v) {
                                inserts.vestiging(v, seen);
                            } else if (record instanceof LeerlingtellingRecord t) {
                                inserts.telling(t, seen);
                            }
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    inserts.flush();
                }
                c.commit();
                perFile.put(file, (System.nanoTime() - fileStart) / 1_000_000);
            }
            long total = (System.nanoTime() - start) / 1_000_000;
            LOG.info("baseline {} ms: {}", total, perFile);
            return total;
        }
    }

    private static void createTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE GEMEENTE (CODE VARCHAR(255) PRIMARY KEY, NAAM VARCHAR(1000), PROVINCIE VARCHAR(1000))");
            s.execute("CREATE TABLE REGIO (SLEUTEL VARCHAR(255) PRIMARY KEY, TYPE VARCHAR(255), CODE VARCHAR(1000),"
                    + " NAAM VARCHAR(1000))");
            s.execute("CREATE TABLE LID (SLEUTEL VARCHAR(255) PRIMARY KEY, REGIO VARCHAR(255) REFERENCES REGIO,"
                    + " GEMEENTE VARCHAR(255) REFERENCES GEMEENTE, ROL VARCHAR(255))");
            s.execute("CREATE TABLE BESTUUR (NUMMER VARCHAR(255) PRIMARY KEY)");
            s.execute("CREATE TABLE INSTELLING (BRIN4 VARCHAR(255) PRIMARY KEY, BESTUUR VARCHAR(255) REFERENCES BESTUUR)");
            s.execute("CREATE TABLE VESTIGING (BRIN6 VARCHAR(255) PRIMARY KEY, NAAM VARCHAR(1000), STRAAT VARCHAR(1000),"
                    + " HUISNUMMER VARCHAR(1000), POSTCODE VARCHAR(1000), PLAATS VARCHAR(1000), DENOMINATIE VARCHAR(1000),"
                    + " OPENBAAR BOOLEAN, SOORT VARCHAR(255), GEMEENTE VARCHAR(255) REFERENCES GEMEENTE,"
                    + " INSTELLING VARCHAR(255) REFERENCES INSTELLING)");
            s.execute("CREATE TABLE STRUCTUUR (VESTIGING VARCHAR(255) REFERENCES VESTIGING, POSITIE INT,"
                    + " WAARDE VARCHAR(255), PRIMARY KEY (VESTIGING, POSITIE))");
            s.execute("CREATE TABLE TELLING (SLEUTEL VARCHAR(255) PRIMARY KEY, VESTIGING VARCHAR(255) REFERENCES VESTIGING,"
                    + " PEILDATUM DATE, SOORT VARCHAR(255), ONDERWIJSTYPE VARCHAR(1000), LEERJAAR INT, AANTAL INT,"
                    + " ONDERDRUKT BOOLEAN)");
        }
    }

    /** Batched inserts of one file; parents are inserted before their children when flushed. */
    private static final class Inserts implements AutoCloseable {
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
        private final Connection c;

        Inserts(Connection c) throws SQLException {
            this.c = c;
            statements.put("GEMEENTE", c.prepareStatement("INSERT INTO GEMEENTE VALUES (?, ?, ?)"));
            statements.put("REGIO", c.prepareStatement("INSERT INTO REGIO VALUES (?, ?, ?, ?)"));
            statements.put("LID", c.prepareStatement("INSERT INTO LID VALUES (?, ?, ?, ?)"));
            statements.put("BESTUUR", c.prepareStatement("INSERT INTO BESTUUR VALUES (?)"));
            statements.put("INSTELLING", c.prepareStatement("INSERT INTO INSTELLING VALUES (?, ?)"));
            statements.put("VESTIGING", c.prepareStatement("INSERT INTO VESTIGING VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            statements.put("STRUCTUUR", c.prepareStatement("INSERT INTO STRUCTUUR VALUES (?, ?, ?)"));
            statements.put("TELLING", c.prepareStatement("INSERT INTO TELLING VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            // The same end state as the import: the counts give the soort of known vestigingen and the
            // written-out names of known gemeenten.
            statements.put("SOORT", c.prepareStatement("UPDATE VESTIGING SET SOORT = ? WHERE BRIN6 = ?"));
            statements.put("NAAM", c.prepareStatement("UPDATE GEMEENTE SET NAAM = ? WHERE CODE = ?"));
        }

        void vestiging(VestigingRecord v, Map<String, Boolean> seen) throws SQLException {
            if (seen.putIfAbsent("G" + v.gemeenteCode(), true) == null) {
                add("GEMEENTE", v.gemeenteCode(), v.gemeenteNaam(), v.provincie());
            }
            if (v.bevoegdGezagNummer() != null && seen.putIfAbsent("B" + v.bevoegdGezagNummer(), true) == null) {
                add("BESTUUR", v.bevoegdGezagNummer());
            }
            if (seen.putIfAbsent("I" + v.brin4(), true) == null) {
                add("INSTELLING", v.brin4(), v.bevoegdGezagNummer());
            }
            for (RegioRecord r : v.regios()) {
                String key = r.type() + "|" + r.code();
                if (seen.putIfAbsent("R" + key, true) == null) {
                    add("REGIO", key, r.type().name(), r.code(), r.naam());
                }
                if (seen.putIfAbsent("L" + key + "|" + v.gemeenteCode(), true) == null) {
                    add("LID", key + "|" + v.gemeenteCode() + "|", key, v.gemeenteCode(), "lid");
                }
            }
            seen.put("V" + v.brin6(), true);
            add("VESTIGING", v.brin6(), v.naam(), v.straat(), v.huisnummer(), v.postcode(), v.plaats(), v.denominatie(),
                    "Openbaar".equals(v.denominatie()), v.soort(), v.gemeenteCode(), v.brin4());
            for (int i = 0; i < v.onderwijsstructuur().size(); i++) {
                add("STRUCTUUR", v.brin6(), i, v.onderwijsstructuur().get(i));
            }
        }

        void telling(LeerlingtellingRecord t, Map<String, Boolean> seen) throws SQLException {
            String brin4 = t.brin6().substring(0, 4);
            String gemeente = t.vestiging().gemeenteCode();
            if (gemeente != null && seen.putIfAbsent("G" + gemeente, true) == null) {
                add("GEMEENTE", gemeente, t.vestiging().gemeenteNaam(), t.vestiging().provincie());
            }
            if (seen.putIfAbsent("I" + brin4, true) == null) {
                add("INSTELLING", brin4, null);
            }
            if (seen.putIfAbsent("V" + t.brin6(), true) == null) {
                add("VESTIGING", t.brin6(), t.vestiging().naam(), null, null, t.vestiging().postcode(),
                        t.vestiging().plaats(), t.vestiging().denominatie(), false, t.soort(), gemeente, brin4);
                seen.put("S" + t.brin6(), true);
            } else if (seen.putIfAbsent("S" + t.brin6(), true) == null) {
                add("SOORT", t.soort(), t.brin6());
            }
            String naam = t.vestiging().gemeenteNaam();
            if (gemeente != null && naam != null && !naam.equals(naam.toUpperCase(java.util.Locale.ROOT))
                    && seen.putIfAbsent("N" + gemeente, true) == null) {
                add("NAAM", naam, gemeente);
            }
            add("TELLING", Sleutels.leerlingtelling(t.brin6(), t.peildatum(),
                    nl.wij.core.model.Onderwijssoort.get(t.soort()), t.onderwijstype(), t.leerjaar()), t.brin6(),
                    java.sql.Date.valueOf(t.peildatum()), t.soort(), t.onderwijstype(), t.leerjaar(), t.aantal(),
                    t.onderdrukt());
        }

        private void add(String table, Object... values) throws SQLException {
            PreparedStatement s = statements.get(table);
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.addBatch();
        }

        /** Executes the batches in dependency order (the order of the map). */
        void flush() throws SQLException {
            for (PreparedStatement s : statements.values()) {
                s.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : statements.values()) {
                s.close();
            }
        }
    }

    /** A Derby database in a temporary directory, as in the product (on disk, with its transaction log). */
    private static final class DiskDatabase implements Database, AutoCloseable {
        private final Path dir = Files.createTempDirectory("wij-bench-");
        private final String url = Boolean.getBoolean("wij.bench.memory") ? "jdbc:derby:memory:" + dir.getFileName()
                : "jdbc:derby:" + dir.resolve("db");

        DiskDatabase() throws IOException, SQLException {
            DriverManager.getConnection(url + ";create=true").close();
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public DatabaseStatus status() {
            return new DatabaseStatus(true, "Apache Derby", "disk");
        }

        @Override
        public void close() throws IOException {
            try {
                DriverManager.getConnection(url + (url.contains(":memory:") ? ";drop=true" : ";shutdown=true")).close();
            } catch (SQLException expected) {
                // 08006: shut down
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
