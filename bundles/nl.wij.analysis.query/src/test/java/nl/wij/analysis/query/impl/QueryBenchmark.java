package nl.wij.analysis.query.impl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.framework.Constants;

import nl.wij.core.importer.DuoReaders;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.impl.ImportDispatcher;
import nl.wij.core.imports.impl.duo.DuoFileImporter;
import nl.wij.core.model.CorePackage;
import nl.wij.core.store.impl.JdbcModelStore;
import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.core.views.StarterQuery;
import nl.wij.core.views.impl.CoreViews;
import nl.wij.core.views.impl.ViewManager;
import nl.wij.platform.api.db.Database;
import nl.wij.testing.TestDatabase;

/**
 * Latency of the analyst queries on the national DUO data (not run by the build): the core starter
 * queries and three cross-view joins, each through the {@link QueryRunner} (restricted read-only
 * connection, guard, limits, log) and directly over JDBC on an owner connection (the baseline),
 * on a file-based Derby in {@code target/bench}. Results go to docs/benchmarks.md by hand.
 *
 * <pre>
 * mvn -q -f bundles/nl.wij.analysis.query/pom.xml test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *     -Dexec.mainClass=nl.wij.analysis.query.impl.QueryBenchmark -Dexec.classpathScope=test \
 *     -Dwij.shared.data=/path/to/shared/data
 * </pre>
 */
public final class QueryBenchmark {

    private static final int WARMUP = 5;
    private static final int ROUNDS = 30;

    private QueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(dir);
        String url = "jdbc:derby:" + dir.resolve("analyse-" + System.currentTimeMillis());
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        System.setProperty("derby.language.maxMemoryPerTable", "262144");   // as the product's launcher does
        TestDatabase database = new TestDatabase(url, true);
        JdbcModelStore store = new JdbcModelStore(database, new DerbyDialect(), Clock.systemUTC());
        store.bindPackage(CorePackage.eINSTANCE);
        ImportDispatcher imports = new ImportDispatcher(5, Clock.systemUTC());
        imports.addImporter(new DuoFileImporter(store, DuoReaders.create(), CorePackage.eINSTANCE, 25_000, 50));
        Path duo = Path.of(System.getProperty("wij.shared.data", "../../../shared/data")).resolve("duo");
        long importStart = System.nanoTime();
        for (String file : List.of("alle-vestigingen-bo.csv", "alle-vestigingen-vo.csv",
                "gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv",
                "leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv")) {
            ImportReport report = imports.importFile(duo.resolve(file), ImportRequest.by("benchmark"));
            if (!report.accepted()) {
                throw new IllegalStateException(file + ": " + report.problems());
            }
        }
        System.out.printf(Locale.ROOT, "national import: %.0f s%n", (System.nanoTime() - importStart) / 1e9);

        ViewManager catalog = new ViewManager(database, 5, "WIJ_ANALIST", Runnable::run, id -> "benchmark");
        CoreViews core = new CoreViews(CorePackage.eINSTANCE);
        catalog.bindPackage(Map.of(Constants.SERVICE_ID, 1L, "emf.nsURI", "https://wij.nl/model/core/1.0"));
        catalog.bindProvider(core, Map.of(Constants.SERVICE_ID, 2L, Constants.SERVICE_BUNDLEID, 2L));
        QueryRunner runner = new QueryRunner(database, catalog, 10_000, 30, 4, Clock.systemUTC());

        Map<String, String> queries = new LinkedHashMap<>();
        for (StarterQuery q : core.starterQueries()) {
            queries.put("starter: " + q.title(), q.sql());
        }
        queries.put("join: leerlingen per soort per RMC-regio", "SELECT r.regio_naam, t.soort, SUM(t.aantal) AS leerlingen"
                + " FROM core.leerlingtelling t JOIN core.vestiging v ON v.brin6 = t.brin6"
                + " JOIN core.regio_lid r ON r.gemeente_code = v.gemeente_code AND r.regio_type = 'RMC'"
                + " GROUP BY r.regio_naam, t.soort");
        queries.put("join: praktijkonderwijs per bevoegd gezag", "SELECT i.bevoegd_gezag_nummer, COUNT(DISTINCT v.brin6) AS vestigingen,"
                + " SUM(t.aantal) AS leerlingen FROM core.vestiging v JOIN core.instelling i ON i.brin4 = v.brin4"
                + " JOIN core.bevoegd_gezag b ON b.bevoegd_gezag_nummer = i.bevoegd_gezag_nummer"
                + " JOIN core.leerlingtelling t ON t.brin6 = v.brin6"
                + " JOIN core.vestiging_onderwijsstructuur o ON o.brin6 = v.brin6 WHERE o.onderwijsstructuur = 'PRO'"
                + " GROUP BY i.bevoegd_gezag_nummer");
        queries.put("join: kleine basisscholen (< 100 leerlingen) per gemeente", "SELECT g.naam, COUNT(*) AS scholen"
                + " FROM core.gemeente g JOIN core.vestiging v ON v.gemeente_code = g.gemeente_code"
                + " JOIN core.leerlingtelling t ON t.brin6 = v.brin6 WHERE t.soort = 'bo' AND t.aantal < 100"
                + " GROUP BY g.naam");

        System.out.println("| query | rows | QueryRunner p50 | p95 | JDBC p50 | p95 |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Map.Entry<String, String> q : queries.entrySet()) {
            int rows = runner.run("benchmark", q.getValue(), 0, null).rows().size();
            double[] viaRunner = measure(() -> runner.run("benchmark", q.getValue(), 0, null));
            double[] viaJdbc = measure(() -> jdbc(database, q.getValue()));
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", q.getKey(), rows,
                    percentile(viaRunner, 50), percentile(viaRunner, 95), percentile(viaJdbc, 50),
                    percentile(viaJdbc, 95));
        }
        runner.deactivate();
        database.close();
    }

    private interface Run {
        void run() throws Exception;
    }

    private static double[] measure(Run run) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            run.run();
        }
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            run.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void jdbc(Database database, String sql) throws SQLException {
        List<Object> all = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= n; i++) {
                    all.add(r.getObject(i));
                }
            }
        }
    }
}
