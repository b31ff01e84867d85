package nl.wij.bench.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import nl.wij.bench.report.Machine;
import nl.wij.core.importer.DuoReaders;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.impl.ImportDispatcher;
import nl.wij.core.imports.impl.duo.DuoFileImporter;
import nl.wij.core.model.CorePackage;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.impl.JdbcModelStore;
import nl.wij.core.store.impl.derby.DerbyDialect;

/**
 * Issue 3's import benchmark. Each round imports the four real DUO files (po and vo vestigingen,
 * po and vo pupil counts) into a new on-disk Derby database through the real import service and
 * model store, imports them again (nothing changes), and loads one gemeente's model; and runs the
 * {@link JdbcBaseline} on another new database. Rounds alternate which goes first; one warm-up
 * round is not counted. Writes the {@code import} section of {@code docs/benchmarks.md}.
 *
 * <p>Arguments: {@code --data DIR} (the DUO files), {@code --work DIR}, {@code --doc FILE},
 * {@code --rounds N}, {@code --command TEXT} (how to reproduce, for the report).
 */
public final class ImportBenchmark {

    static final List<String> FILES = List.of("alle-vestigingen-bo.csv", "alle-vestigingen-vo.csv",
            "gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv",
            "leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv");
    /** The gemeente whose model is loaded: Zaanstad, the demo gemeente. */
    static final String GEMEENTE = "GM0479";
    private static final String USER = "import:bench";

    private final Path data;
    private final Path work;
    private final Machine machine = new Machine();
    private int databases;

    private ImportBenchmark(Path data, Path work) {
        this.data = data;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        Path data = Path.of(require(options, "data"));
        for (String file : FILES) {
            if (!Files.isRegularFile(data.resolve(file))) {
                throw new IllegalArgumentException("missing DUO file " + data.resolve(file));
            }
        }
        ImportBenchmark benchmark = new ImportBenchmark(data, Path.of(require(options, "work")));
        ImportBenchmarkReport report = benchmark.run(Integer.parseInt(options.getOrDefault("rounds", "5")),
                require(options, "command"));
        report.writeTo(Path.of(require(options, "doc")));
        System.out.println(report.summary());
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    private ImportBenchmarkReport run(int rounds, String command) throws Exception {
        DiskDatabase.deleteTree(work);
        Files.createDirectories(work);
        String loadBefore = machine.loadAverage();
        System.out.println("Warm-up round (not counted)");
        baseline();
        store();
        List<Map<String, Timing>> baselines = new ArrayList<>();
        List<StoreRound> stores = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            // Alternate which goes first so neither always runs right after the other.
            if (round % 2 == 1) {
                baselines.add(baseline());
                stores.add(store());
            } else {
                stores.add(store());
                baselines.add(baseline());
            }
            Timing base = Timing.sum(baselines.get(round - 1).values());
            Timing imported = Timing.sum(stores.get(round - 1).files().values());
            System.out.printf("round %d/%d: baseline %.0f ms (cpu %.0f), import %.0f ms (cpu %.0f), cpu ratio %.2f"
                    + " (load %s)%n", round, rounds, base.wallMillis(), base.cpuMillis(), imported.wallMillis(),
                    imported.cpuMillis(), imported.cpuMillis() / base.cpuMillis(), machine.loadAverage());
        }
        String load = loadBefore + " before, " + machine.loadAverage() + " after";
        DiskDatabase.deleteTree(work);
        return new ImportBenchmarkReport(LocalDate.now(), machine, Runtime.version().toString(),
                System.getProperty("java.vm.name"), load, command, rounds, baselines, stores);
    }

    /** One round of the baseline: per file, wall and CPU time. */
    private Map<String, Timing> baseline() throws Exception {
        Map<String, Timing> files = new LinkedHashMap<>();
        try (DiskDatabase database = newDatabase(); Connection connection = database.connect()) {
            JdbcBaseline baseline = new JdbcBaseline(connection, DuoReaders.create());
            for (String file : FILES) {
                files.put(file, Timing.of(() -> baseline.importFile(data.resolve(file))));
            }
        }
        return files;
    }

    /** One round through the store: the four files, the four again, and one gemeente's model. */
    private StoreRound store() throws Exception {
        try (DiskDatabase database = newDatabase()) {
            JdbcModelStore store = new JdbcModelStore(database, new DerbyDialect(), Clock.systemUTC());
            store.bindPackage(CorePackage.eINSTANCE);
            ImportDispatcher service = new ImportDispatcher(25, Clock.systemUTC());
            service.addImporter(new DuoFileImporter(store, DuoReaders.create(), CorePackage.eINSTANCE, 25_000, 50));
            Map<String, Timing> files = new LinkedHashMap<>();
            for (String file : FILES) {
                files.put(file, Timing.of(() -> changes(service.importFile(data.resolve(file),
                        new ImportRequest(USER, null, null)))));
            }
            int[] changed = new int[1];
            Timing again = Timing.of(() -> {
                for (String file : FILES) {
                    changed[0] += changes(service.importFile(data.resolve(file), new ImportRequest(USER, null, null)));
                }
            });
            int[] objects = new int[1];
            Timing load = Timing.of(() -> objects[0] = loadGemeente(store));
            return new StoreRound(files, again, changed[0], load, objects[0]);
        }
    }

    /** The gemeente, its vestigingen and their tellingen, through the store, as the model explorer reads them. */
    static int loadGemeente(ModelStore store) {
        CorePackage core = CorePackage.eINSTANCE;
        return store.read(session -> {
            EObject gemeente = session.get(core.getGemeente(), GEMEENTE).orElseThrow(
                    () -> new IllegalStateException(GEMEENTE + " was not imported"));
            List<EObject> vestigingen = session.list(core.getVestiging(), core.getVestiging_Gemeente(), gemeente);
            int objects = 1 + vestigingen.size();
            for (EObject vestiging : vestigingen) {
                objects += session.list(core.getLeerlingtelling(), core.getLeerlingtelling_Vestiging(), vestiging)
                        .size();
            }
            return objects;
        });
    }

    /** The objects an import created or updated; fails on a refused file. */
    private static int changes(ImportReport report) {
        if (!report.accepted()) {
            throw new IllegalStateException("import of " + report.file() + " was refused: " + report.problems());
        }
        return report.classes().stream().mapToInt(c -> c.created() + c.updated()).sum();
    }

    private DiskDatabase newDatabase() throws Exception {
        return new DiskDatabase(work.resolve("db" + ++databases));
    }

    /** What one round through the store measured. */
    record StoreRound(Map<String, Timing> files, Timing again, int changedAgain, Timing load, int loadedObjects) {
    }
}
