package nl.wij.bench.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import nl.wij.bench.imports.ImportBenchmark.StoreRound;
import nl.wij.bench.report.DocSection;
import nl.wij.bench.report.Machine;

/** The import section of {@code docs/benchmarks.md}, between {@code <!-- import:begin -->} and its end marker. */
record ImportBenchmarkReport(LocalDate date, Machine machine, String jdk, String vm, String load, String command,
        int rounds, List<Map<String, Timing>> baselines, List<StoreRound> stores) {

    static final DocSection SECTION = new DocSection("import");
    /** The import may take at most this many times the baseline. */
    static final double MAX_RATIO = 2.0;
    /** The import of all four files must stay under this many milliseconds. */
    static final long MAX_MILLIS = 5_000;

    void writeTo(Path doc) throws IOException {
        SECTION.writeTo(doc, section());
    }

    String summary() {
        Timing store = Timing.median(storeTotals());
        Timing base = Timing.median(baselineTotals());
        return String.format(Locale.ROOT, "import median %.0f ms (cpu %.0f), baseline %.0f ms (cpu %.0f),"
                + " ratio %.2f (cpu %.2f)", store.wallMillis(), store.cpuMillis(), base.wallMillis(),
                base.cpuMillis(), store.wallMillis() / base.wallMillis(), store.cpuMillis() / base.cpuMillis());
    }

    private List<Timing> storeTotals() {
        return stores.stream().map(s -> Timing.sum(s.files().values())).toList();
    }

    private List<Timing> baselineTotals() {
        return baselines.stream().map(b -> Timing.sum(b.values())).toList();
    }

    private String section() {
        StringBuilder md = new StringBuilder();
        md.append("## Import: the four DUO files through the store against plain JDBC\n\n");
        md.append("Measured ").append(date).append(" on ").append(machine.processors()).append(" cores (`nproc`), ")
                .append(machine.cpu()).append(", ").append(machine.os()).append(", Java ").append(jdk).append(" (")
                .append(vm).append("); load average (1, 5, 15 min) ").append(load).append(".\n\n");
        md.append(machine.caution(1));
        md.append("Reproduce from the repository root (builds the bundles it needs, then runs the harness in"
                + " `verify`; `-Dbench.importRounds=N` changes the number of rounds):\n\n");
        md.append("```\n").append(command).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, """
                All four real files of `shared/data/duo` (po and vo vestigingen, po and vo leerlingtellingen), \
                each in one transaction, into a new on-disk Derby database per round: **import** through the \
                real `ImportDispatcher`, DUO `FileImporter` and `JdbcModelStore` (comparison with stored rows, \
                reference checks, audit rows); **baseline**: the same files read by the same `DuoReader`, the \
                same deduplicated rows inserted with plain JDBC batches into hand-written tables with the same \
                keys and foreign keys, no audit. %d rounds after one uncounted warm-up round, import and \
                baseline alternating which goes first, in one JVM (`-XX:+UseSerialGC`, the collector of `bin/wij`; JIT thresholds at the JVM's defaults). \
                **CPU** is the CPU time of the measuring thread (`ThreadMXBean`), in which embedded Derby does \
                its work; the machine is shared with other builds, which lengthen wall time much more than CPU \
                time, so compare the CPU columns and the ratios of one run.%n%n""", rounds));

        md.append("Medians per file (wall time / CPU time):\n\n");
        md.append("| File | import | import CPU | baseline | baseline CPU | ratio | ratio CPU |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (String file : ImportBenchmark.FILES) {
            row(md, "`" + file + "`", Timing.median(stores.stream().map(s -> s.files().get(file)).toList()),
                    Timing.median(baselines.stream().map(b -> b.get(file)).toList()));
        }
        Timing storeMedian = Timing.median(storeTotals());
        Timing baseMedian = Timing.median(baselineTotals());
        row(md, "**Total, median of rounds**", storeMedian, baseMedian);
        row(md, "**Total, best round**", Timing.best(storeTotals()), Timing.best(baselineTotals()));
        md.append('\n');

        md.append("Targets (issue 3; totals, medians of rounds):\n\n");
        md.append(String.format(Locale.ROOT, "- Import of all four files under %.1f s: %s (%.0f ms)%n",
                MAX_MILLIS / 1000.0, met(storeMedian.wallMillis() < MAX_MILLIS), storeMedian.wallMillis()));
        double wallRatio = storeMedian.wallMillis() / baseMedian.wallMillis();
        double cpuRatio = storeMedian.cpuMillis() / baseMedian.cpuMillis();
        md.append(String.format(Locale.ROOT, "- At most %.0fx the baseline: by wall time %s (%.2fx); by CPU time %s"
                + " (%.2fx); median of the rounds' own CPU ratios %.2fx (%s)%n%n", MAX_RATIO,
                met(wallRatio <= MAX_RATIO), wallRatio, met(cpuRatio <= MAX_RATIO), cpuRatio, median(roundRatios()),
                String.join(", ", roundRatios().stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList())));

        md.append("Through the store, after the import in the same round:\n\n");
        md.append("| Step | median | CPU median | best | CPU best |\n| --- | ---: | ---: | ---: | ---: |\n");
        stepRow(md, String.format(Locale.ROOT, "Import of the same four files again (objects created or updated:"
                + " %s)", distinct(StoreRound::changedAgain)),
                StoreRound::again);
        stepRow(md, String.format(Locale.ROOT, "Load gemeente %s with its vestigingen and their tellingen (%s"
                + " objects; `get`, then `list` per vestiging, in one `read`)", ImportBenchmark.GEMEENTE,
                distinct(StoreRound::loadedObjects)), StoreRound::load);
        md.append('\n');

        md.append("Every round (totals, wall / CPU):\n\n| Round | import | baseline | CPU ratio |\n"
                + "| ---: | ---: | ---: | ---: |\n");
        for (int i = 0; i < rounds; i++) {
            md.append(String.format(Locale.ROOT, "| %d | %s | %s | %.2fx |%n", i + 1, pair(storeTotals().get(i)),
                    pair(baselineTotals().get(i)), roundRatios().get(i)));
        }
        md.append('\n');
        return md.toString();
    }

    /** Import CPU over baseline CPU of each round: both ran seconds apart, under nearly the same load. */
    private List<Double> roundRatios() {
        List<Timing> store = storeTotals();
        List<Timing> base = baselineTotals();
        return IntStream.range(0, rounds).mapToObj(i -> store.get(i).cpuMillis()
                / base.get(i).cpuMillis()).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void row(StringBuilder md, String label, Timing store, Timing base) {
        md.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.2fx | %.2fx |%n", label,
                store.wallMillis(), store.cpuMillis(), base.wallMillis(), base.cpuMillis(),
                store.wallMillis() / base.wallMillis(), store.cpuMillis() / base.cpuMillis()));
    }

    private void stepRow(StringBuilder md, String label, Function<StoreRound, Timing> step) {
        List<Timing> timings = stores.stream().map(step).toList();
        Timing median = Timing.median(timings);
        Timing best = Timing.best(timings);
        md.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n", label,
                median.wallMillis(), median.cpuMillis(), best.wallMillis(), best.cpuMillis()));
    }

    /** The values of all rounds, once each: {@code 0}, or {@code 0 or 3} if rounds differed. */
    private String distinct(Function<StoreRound, Integer> value) {
        return String.join(" or ", stores.stream().map(value).distinct().map(String::valueOf).toList());
    }

    private static String pair(Timing t) {
        return String.format(Locale.ROOT, "%.0f / %.0f ms", t.wallMillis(), t.cpuMillis());
    }

    private static String met(boolean met) {
        return met ? "**met**" : "**not met**";
    }
}
