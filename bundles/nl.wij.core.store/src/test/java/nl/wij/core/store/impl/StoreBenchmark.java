package nl.wij.core.store.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import nl.wij.core.store.SaveSummary;
import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.testing.TestDatabase;

/**
 * Store versus plain JDBC on a file-based Derby database in {@code target/bench}: 342 gemeenten,
 * 1,000 besturen, 4,000 instellingen, 8,000 vestigingen with three references and 30,000
 * leerlingtellingen, saved with {@code saveAll} in one write (audit included), against JDBC batch
 * inserts of the same rows into identical hand-written tables (same keys, same deferred foreign
 * keys) in one transaction. Objects and rows are built before the clock starts. Not a test; run:
 *
 * <pre>
 * mvn -q -f bundles/nl.wij.core.store/pom.xml test-compile exec:java \
 *     -Dexec.mainClass=nl.wij.core.store.impl.StoreBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class StoreBenchmark {

    private static final int GEMEENTEN = 342;
    private static final int BESTUREN = 1_000;
    private static final int INSTELLINGEN = 4_000;
    private static final int VESTIGINGEN = 8_000;
    private static final int TELLINGEN = 30_000;
    private static final int ROUNDS = 5;

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path dir = Path.of("target", "bench");
        delete(dir);
        Files.createDirectories(dir);
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        EPackage model = model();
        List<double[]> results = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            double[] jdbc = jdbcRound(dir.resolve("jdbc-" + round));
            double[] store = storeRound(dir.resolve("store-" + round), model);
            results.add(new double[] {jdbc[0], store[0], jdbc[1], store[1], store[2], store[3], store[4]});
            System.out.printf(Locale.ROOT, "round %d: plain JDBC %.0f ms (cpu %.0f), store saveAll %.0f ms (cpu %.0f);"
                    + " ratio %.2f (cpu %.2f); re-save unchanged %.0f ms; update 10%% %.0f ms;"
                    + " load one gemeente %.0f ms%n", round, jdbc[0], jdbc[1], store[0], store[1], store[0] / jdbc[0],
                    store[1] / jdbc[1], store[2], store[3], store[4]);
        }
        System.out.printf(Locale.ROOT, "median of %d rounds, %d rows: plain JDBC %.0f ms (cpu %.0f), store %.0f ms"
                + " (cpu %.0f), ratio %.2f (cpu %.2f); re-save unchanged %.0f ms; update 10%% %.0f ms;"
                + " load one gemeente %.0f ms%n", ROUNDS, total(), median(results, 0), median(results, 2),
                median(results, 1), median(results, 3), median(results, 1) / median(results, 0),
                median(results, 3) / median(results, 2), median(results, 4), median(results, 5), median(results, 6));
        System.out.printf(Locale.ROOT, "best of %d rounds: plain JDBC %.0f ms (cpu %.0f), store %.0f ms (cpu %.0f),"
                + " ratio %.2f (cpu %.2f); re-save unchanged %.0f ms; update 10%% %.0f ms; load one gemeente %.0f ms%n",
                ROUNDS, min(results, 0), min(results, 2), min(results, 1), min(results, 3),
                min(results, 1) / min(results, 0), min(results, 3) / min(results, 2), min(results, 4),
                min(results, 5), min(results, 6));
    }

    private static double min(List<double[]> rows, int column) {
        return rows.stream().mapToDouble(r -> r[column]).min().orElseThrow();
    }

    private static double[] storeRound(Path location, EPackage model) throws SQLException {
        try (TestDatabase database = new TestDatabase("jdbc:derby:" + location.toAbsolutePath())) {
            JdbcModelStore store = new JdbcModelStore(database, new DerbyDialect(), Clock.systemUTC());
            store.bindPackage(model);
            List<List<EObject>> objects = objects(model);
            long start = System.nanoTime();
            long cpu = cpu();
            SaveSummary created = store.write("benchmark", s -> {
                SaveSummary sum = SaveSummary.NONE;
                for (List<EObject> list : objects) {
                    sum = sum.plus(s.saveAll(list));
                }
                return sum;
            });
            double insert = millis(start);
            double insertCpu = (cpu() - cpu) / 1e6;
            check(created.created() == total(), "created " + created);

            List<List<EObject>> again = objects(model);
            start = System.nanoTime();
            SaveSummary unchanged = store.write("benchmark", s -> {
                SaveSummary sum = SaveSummary.NONE;
                for (List<EObject> list : again) {
                    sum = sum.plus(s.saveAll(list));
                }
                return sum;
            });
            double resave = millis(start);
            check(unchanged.unchanged() == total(), "unchanged " + unchanged);

            List<EObject> tellingen = again.get(4);
            EClass telling = (EClass) model.getEClassifier("Leerlingtelling");
            for (int i = 0; i < tellingen.size(); i += 10) {
                tellingen.get(i).eSet(telling.getEStructuralFeature("aantal"), 100_000 + i);
            }
            start = System.nanoTime();
            SaveSummary updated = store.write("benchmark", s -> s.saveAll(tellingen));
            double update = millis(start);
            check(updated.updated() == TELLINGEN / 10, "updated " + updated);

            EClass gemeente = (EClass) model.getEClassifier("Gemeente");
            EClass vestiging = (EClass) model.getEClassifier("Vestiging");
            start = System.nanoTime();
            int loaded = store.read(s -> {
                EObject gm = s.get(gemeente, code("GM", 100)).orElseThrow();
                int n = 1;
                for (EObject v : s.list(vestiging, vestiging.getEStructuralFeature("gemeente"), gm)) {
                    n += 1 + s.list(telling, telling.getEStructuralFeature("vestiging"), v).size();
                }
                return n;
            });
            double load = millis(start);
            check(loaded > 20, "loaded " + loaded);
            return new double[] {insert, insertCpu, resave, update, load};
        }
    }

    private static double[] jdbcRound(Path location) throws SQLException {
        try (TestDatabase database = new TestDatabase("jdbc:derby:" + location.toAbsolutePath());
                Connection c = database.connect()) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE SCHEMA BASE");
                s.executeUpdate("CREATE TABLE BASE.GEMEENTE (CODE VARCHAR(255) NOT NULL, NAAM VARCHAR(1000),"
                        + " CONSTRAINT PK_GEMEENTE PRIMARY KEY (CODE))");
                s.executeUpdate("CREATE TABLE BASE.BESTUUR (NUMMER VARCHAR(255) NOT NULL, NAAM VARCHAR(1000),"
                        + " CONSTRAINT PK_BESTUUR PRIMARY KEY (NUMMER))");
                s.executeUpdate("CREATE TABLE BASE.INSTELLING (BRIN4 VARCHAR(255) NOT NULL, NAAM VARCHAR(1000),"
                        + " BESTUUR_NUMMER VARCHAR(255), CONSTRAINT PK_INSTELLING PRIMARY KEY (BRIN4))");
                s.executeUpdate("CREATE TABLE BASE.VESTIGING (BRIN6 VARCHAR(255) NOT NULL, NAAM VARCHAR(1000),"
                        + " PLAATS VARCHAR(1000), POSTCODE VARCHAR(1000), DENOMINATIE VARCHAR(1000), SOORT VARCHAR(255),"
                        + " GEMEENTE_CODE VARCHAR(255), INSTELLING_BRIN4 VARCHAR(255), BESTUUR_NUMMER VARCHAR(255),"
                        + " CONSTRAINT PK_VESTIGING PRIMARY KEY (BRIN6))");
                s.executeUpdate("CREATE TABLE BASE.LEERLINGTELLING (SLEUTEL VARCHAR(255) NOT NULL,"
                        + " VESTIGING_BRIN6 VARCHAR(255), PEILDATUM DATE, SOORT VARCHAR(1000), ONDERWIJSTYPE VARCHAR(1000),"
                        + " LEERJAAR INTEGER, AANTAL INTEGER, ONDERDRUKT BOOLEAN,"
                        + " CONSTRAINT PK_LEERLINGTELLING PRIMARY KEY (SLEUTEL))");
                for (String fk : new String[] {"INSTELLING (BESTUUR_NUMMER) REFERENCES BASE.BESTUUR (NUMMER)",
                    "VESTIGING (GEMEENTE_CODE) REFERENCES BASE.GEMEENTE (CODE)",
                    "VESTIGING (INSTELLING_BRIN4) REFERENCES BASE.INSTELLING (BRIN4)",
                    "VESTIGING (BESTUUR_NUMMER) REFERENCES BASE.BESTUUR (NUMMER)",
                    "LEERLINGTELLING (VESTIGING_BRIN6) REFERENCES BASE.VESTIGING (BRIN6)"}) {
                    String table = fk.substring(0, fk.indexOf(' '));
                    String column = fk.substring(fk.indexOf('(') + 1, fk.indexOf(')'));
                    s.executeUpdate("ALTER TABLE BASE." + table + " ADD CONSTRAINT FK_" + table + "_" + column
                            + " FOREIGN KEY " + fk.substring(fk.indexOf('(')) + " DEFERRABLE INITIALLY DEFERRED");
                }
            }
            List<Object[]> gemeenten = new ArrayList<>();
            List<Object[]> besturen = new ArrayList<>();
            List<Object[]> instellingen = new ArrayList<>();
            List<Object[]> vestigingen = new ArrayList<>();
            List<Object[]> tellingen = new ArrayList<>();
            for (int i = 0; i < GEMEENTEN; i++) {
                gemeenten.add(new Object[] {code("GM", i), "Gemeente " + i});
            }
            for (int i = 0; i < BESTUREN; i++) {
                besturen.add(new Object[] {String.valueOf(40000 + i), "Stichting " + i});
            }
            for (int i = 0; i < INSTELLINGEN; i++) {
                instellingen.add(new Object[] {brin4(i), "Instelling " + i, String.valueOf(40000 + i % BESTUREN)});
            }
            for (int i = 0; i < VESTIGINGEN; i++) {
                vestigingen.add(new Object[] {brin6(i), "School " + i, "Plaats " + i % 500, postcode(i),
                    i % 3 == 0 ? "Openbaar" : "Rooms-Katholiek", SOORTEN[i % SOORTEN.length], code("GM", i % GEMEENTEN),
                    brin4(i % INSTELLINGEN), String.valueOf(40000 + i % BESTUREN)});
            }
            for (int i = 0; i < TELLINGEN; i++) {
                tellingen.add(new Object[] {sleutel(i), brin6(i % VESTIGINGEN), java.sql.Date.valueOf(peildatum(i)),
                    i % 2 == 0 ? "vo" : "bo", i % 2 == 0 ? "HAVO" : null, i % 4 == 0 ? null : i % 6 + 1,
                    i % 11 == 0 ? null : i % 300 + 5, i % 11 == 0});
            }
            long start = System.nanoTime();
            long cpu = cpu();
            c.setAutoCommit(false);
            insert(c, "INSERT INTO BASE.GEMEENTE VALUES (?, ?)", gemeenten);
            insert(c, "INSERT INTO BASE.BESTUUR VALUES (?, ?)", besturen);
            insert(c, "INSERT INTO BASE.INSTELLING VALUES (?, ?, ?)", instellingen);
            insert(c, "INSERT INTO BASE.VESTIGING VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", vestigingen);
            insert(c, "INSERT INTO BASE.LEERLINGTELLING VALUES (?, ?, ?, ?, ?, ?, ?, ?)", tellingen);
            c.commit();
            return new double[] {millis(start), (cpu() - cpu) / 1e6};
        }
    }

    private static void insert(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            int n = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    Object v = row[i];
                    if (v == null) {
                        insert.setNull(i + 1, Types.VARCHAR);
                    } else if (v instanceof Integer x) {
                        insert.setInt(i + 1, x);
                    } else if (v instanceof Boolean b) {
                        insert.setBoolean(i + 1, b);
                    } else if (v instanceof java.sql.Date d) {
                        insert.setDate(i + 1, d);
                    } else {
                        insert.setString(i + 1, (String) v);
                    }
                }
                insert.addBatch();
                if (++n % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static final String[] SOORTEN = {"bo", "sbo", "so", "vso", "vo"};

    private static List<List<EObject>> objects(EPackage p) {
        List<EObject> gemeenten = new ArrayList<>();
        List<EObject> besturen = new ArrayList<>();
        List<EObject> instellingen = new ArrayList<>();
        List<EObject> vestigingen = new ArrayList<>();
        List<EObject> tellingen = new ArrayList<>();
        for (int i = 0; i < GEMEENTEN; i++) {
            gemeenten.add(Models.create(p, "Gemeente", "code", code("GM", i), "naam", "Gemeente " + i));
        }
        for (int i = 0; i < BESTUREN; i++) {
            besturen.add(Models.create(p, "Bestuur", "nummer", String.valueOf(40000 + i), "naam", "Stichting " + i));
        }
        for (int i = 0; i < INSTELLINGEN; i++) {
            instellingen.add(Models.create(p, "Instelling", "brin4", brin4(i), "naam", "Instelling " + i, "bestuur",
                    besturen.get(i % BESTUREN)));
        }
        for (int i = 0; i < VESTIGINGEN; i++) {
            vestigingen.add(Models.create(p, "Vestiging", "brin6", brin6(i), "naam", "School " + i, "plaats",
                    "Plaats " + i % 500, "postcode", postcode(i), "denominatie",
                    i % 3 == 0 ? "Openbaar" : "Rooms-Katholiek", "soort", SOORTEN[i % SOORTEN.length], "gemeente",
                    gemeenten.get(i % GEMEENTEN), "instelling", instellingen.get(i % INSTELLINGEN), "bestuur",
                    besturen.get(i % BESTUREN)));
        }
        for (int i = 0; i < TELLINGEN; i++) {
            tellingen.add(Models.create(p, "Leerlingtelling", "sleutel", sleutel(i), "vestiging",
                    vestigingen.get(i % VESTIGINGEN), "peildatum", Date.from(peildatum(i)
                            .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()), "soort", i % 2 == 0 ? "vo" : "bo",
                    "onderwijstype", i % 2 == 0 ? "HAVO" : null, "leerjaar", i % 4 == 0 ? null : i % 6 + 1, "aantal",
                    i % 11 == 0 ? null : i % 300 + 5, "onderdrukt", i % 11 == 0));
        }
        return List.of(gemeenten, besturen, instellingen, vestigingen, tellingen);
    }

    /** The benchmark's vestiging-like model. */
    static EPackage model() {
        EPackage p = Models.F.createEPackage();
        p.setName("bench");
        p.setNsPrefix("bench");
        p.setNsURI("http://wij.nl/test/bench");
        EEnum soort = Models.F.createEEnum();
        soort.setName("Soort");
        for (String literal : SOORTEN) {
            EEnumLiteral l = Models.F.createEEnumLiteral();
            l.setName(literal.toUpperCase(Locale.ROOT));
            l.setLiteral(literal);
            l.setValue(soort.getELiterals().size());
            soort.getELiterals().add(l);
        }
        p.getEClassifiers().add(soort);
        EClass gemeente = Models.eClass(p, "Gemeente", null);
        Models.attribute(gemeente, "code", Models.E.getEString(), true, null);
        Models.attribute(gemeente, "naam", Models.E.getEString(), false, null);
        EClass bestuur = Models.eClass(p, "Bestuur", null);
        Models.attribute(bestuur, "nummer", Models.E.getEString(), true, null);
        Models.attribute(bestuur, "naam", Models.E.getEString(), false, null);
        EClass instelling = Models.eClass(p, "Instelling", null);
        Models.attribute(instelling, "brin4", Models.E.getEString(), true, null);
        Models.attribute(instelling, "naam", Models.E.getEString(), false, null);
        Models.reference(instelling, "bestuur", bestuur, false, null);
        EClass vestiging = Models.eClass(p, "Vestiging", null);
        Models.attribute(vestiging, "brin6", Models.E.getEString(), true, null);
        for (String a : new String[] {"naam", "plaats", "postcode", "denominatie"}) {
            Models.attribute(vestiging, a, Models.E.getEString(), false, null);
        }
        Models.attribute(vestiging, "soort", soort, false, null);
        Models.reference(vestiging, "gemeente", gemeente, false, null);
        Models.reference(vestiging, "instelling", instelling, false, null);
        Models.reference(vestiging, "bestuur", bestuur, false, null);
        EClass telling = Models.eClass(p, "Leerlingtelling", null);
        Models.attribute(telling, "sleutel", Models.E.getEString(), true, null);
        Models.reference(telling, "vestiging", vestiging, false, null);
        Models.attribute(telling, "peildatum", Models.E.getEDate(), false, null);
        Models.attribute(telling, "soort", Models.E.getEString(), false, null);
        Models.attribute(telling, "onderwijstype", Models.E.getEString(), false, null);
        Models.attribute(telling, "leerjaar", Models.E.getEIntegerObject(), false, null);
        Models.attribute(telling, "aantal", Models.E.getEIntegerObject(), false, null);
        Models.attribute(telling, "onderdrukt", Models.E.getEBoolean(), false, null);
        return p;
    }

    private static String code(String prefix, int i) {
        return String.format(Locale.ROOT, "%s%04d", prefix, i);
    }

    private static String brin4(int i) {
        return String.format(Locale.ROOT, "%02d%c%c", i % 100, (char) ('A' + i / 100 % 26), (char) ('A' + i / 2600));
    }

    private static String brin6(int i) {
        return brin4(i % INSTELLINGEN) + String.format(Locale.ROOT, "%02d", i / INSTELLINGEN);
    }

    private static String postcode(int i) {
        return String.format(Locale.ROOT, "%04dAB", 1000 + i % 8999);
    }

    private static LocalDate peildatum(int i) {
        return LocalDate.of(2020 + i / VESTIGINGEN, 10, 1);
    }

    private static String sleutel(int i) {
        return brin6(i % VESTIGINGEN) + "/" + peildatum(i) + "/" + i;
    }

    private static int total() {
        return GEMEENTEN + BESTUREN + INSTELLINGEN + VESTIGINGEN + TELLINGEN;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("Benchmark klopt niet: " + what);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** CPU time of this thread (Derby embedded works in the caller's thread), less sensitive to a busy machine. */
    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(r -> r[column]).toArray();
        Arrays.sort(values);
        return values[values.length / 2];
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
