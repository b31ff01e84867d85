package nl.wij.bench.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

import nl.wij.bench.report.DocSection;
import nl.wij.bench.report.Machine;

/**
 * The start-up section of {@code docs/benchmarks.md}, between {@code <!-- startup:begin -->} and
 * {@code <!-- startup:end -->}; the rest of the file is kept as it is.
 */
record BenchmarkReport(LocalDate date, int processors, String javaVersion, String load, Machine machine,
        String command, int rounds, int idleSeconds, String productJvmOptions, Samples baseline, Samples tuned,
        Samples first, Samples restart, Samples noArchive, Proc.Memory baselineMemory, Proc.Memory productMemory) {

    static final DocSection SECTION = new DocSection("startup");

    /** The product may take at most this many times the baseline's median. */
    static final double MAX_RATIO = 2.0;
    /** The product's median must stay under this many milliseconds. */
    static final long MAX_MILLIS = 1_500;

    void writeTo(Path doc) throws IOException {
        SECTION.writeTo(doc, section());
    }

    String summary() {
        return String.format(Locale.ROOT, "baseline median %.0f ms, tuned %.0f ms; product restart %.0f ms,"
                + " without archive %.0f ms, first start %.0f ms; idle RSS baseline %.0f MiB, product %.0f MiB%n%s%n%s",
                baseline.median(), tuned.median(), restart.median(), noArchive.median(), first.median(),
                baselineMemory.rssMiB(), productMemory.rssMiB(), verdict("Restart", restart),
                verdict("First start", first));
    }

    private static double ratio(Samples product, Samples to) {
        return product.median() / to.median();
    }

    private String verdict(String what, Samples product) {
        return String.format(Locale.ROOT, "%s: at most %.0fx the plain baseline: %s (%.2fx); at most %.0fx the tuned"
                + " baseline: %s (%.2fx); under %d ms: %s (%.0f ms)", what, MAX_RATIO,
                met(ratio(product, baseline) <= MAX_RATIO), ratio(product, baseline), MAX_RATIO,
                met(ratio(product, tuned) <= MAX_RATIO), ratio(product, tuned), MAX_MILLIS,
                met(product.median() < MAX_MILLIS), product.median());
    }

    private static String met(boolean met) {
        return met ? "**met**" : "**not met**";
    }

    private String section() {
        StringBuilder md = new StringBuilder();
        md.append("## Start-up: full product against bare Felix + Jetty\n\n");
        md.append("Measured ").append(date).append(" on ").append(processors).append(" cores (`nproc`), ")
                .append(machine.cpu()).append(", ").append(machine.os()).append(", `").append(javaVersion)
                .append("`; load average (1, 5, 15 min) ").append(load).append(".\n\n");
        // The harness' own runs keep about one core busy; more than one core beyond that is other work.
        md.append(machine.caution(1));
        md.append("Reproduce from the repository root (builds everything, then runs the harness in `verify`;"
                + " `-Dbench.rounds=N` changes the number of rounds):\n\n");
        md.append("```\n").append(command).append("\n```\n\n");
        md.append("To measure an already built `product/target/wij` again without rebuilding (after one"
                + " `mvn install`): `").append(command).append(" -pl releng/bench/hello,releng/bench/harness`.\n\n");
        md.append("Process start to first HTTP 200, ").append(rounds)
                .append(" rounds of cold JVMs, baseline and product alternating; CPU is user + system time of the"
                        + " process at that moment:\n\n");
        md.append("| Run | median | p90 | min | max | / plain baseline | / tuned baseline | CPU median |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        row(md, "Baseline: bare Felix + Jetty, `GET /hello`", baseline);
        row(md, "Baseline, tuned as the product (below)", tuned);
        row(md, "Product, restart on an existing data directory, `GET /api/health`", restart);
        row(md, "Product, the same restart without its class-data archive (`WIJ_CDS=off`)", noArchive);
        row(md, "Product, first start on an empty data directory, `GET /api/health`", first);
        md.append('\n');
        md.append("Targets (medians; the restart is the normal case):\n\n");
        md.append("- ").append(verdict("Restart", restart)).append('\n');
        md.append("- ").append(verdict("First start", first)).append("\n\n");
        md.append("Idle memory, ").append(idleSeconds)
                .append(" s after the first 200, from `/proc/<pid>/status` of the JVM process:\n\n");
        md.append("| Process | VmRSS | VmHWM (peak) |\n| --- | ---: | ---: |\n");
        memoryRow(md, "Baseline", baselineMemory);
        memoryRow(md, "Product (restart on an existing data directory)", productMemory);
        md.append('\n');
        md.append("""
                What was measured: each run is a new JVM, timed by the harness from
                `ProcessBuilder.start()` until a raw HTTP/1.1 request on loopback, sent every %d ms, first
                answers 200. The baseline is Felix %s embedded by `BareFelix` with a fresh bundle cache,
                installing and starting only the product's HTTP stack and what it needs (SCR, Config
                Admin, the OSGi utilities, slf4j, the Felix servlet API, commons-io and
                commons-fileupload, Felix HTTP Jetty 12) plus one DS servlet on `/hello`, all in the
                versions of the target platform. The plain baseline runs with `%s` and copies its bundles
                into the cache, as Felix does by default. The tuned baseline gets every start-up technique
                of the product that applies to it: the product's JVM options (`%s`, from
                `lib/jvm.options`), its bundles installed by reference, and a class-data archive of its
                own, recorded at the exit of its warm-up run. The product is
                `product/target/wij/bin/wij run --port P --data DIR` with its default profile and the
                class-data archive `lib/wij.jsa` that the build records: it reads the features, resolves
                every bundle before starting, then starts all bundles of the profile's features;
                `/api/health` answers 200 only when every bundle has started and the database answers.
                The first start also creates the Derby database and the `beheerder` account; a restart
                opens them. Each process is stopped with SIGTERM and awaited before the next starts; one
                unmeasured warm-up of each comes first, so the operating system's file cache is warm for
                all counted runs. `bin/wij` `exec`s java, so the pid measured for memory and CPU is the
                JVM's (checked: `/proc/<pid>/comm` is `java`). Other work on the machine lengthens wall
                times (see the load average); CPU time is less sensitive to it.
                """.formatted(HttpProbe.POLL_INTERVAL_MS, felixVersion(), StartupBenchmark.JVM_OPTIONS,
                productJvmOptions));
        return md.toString();
    }

    private void row(StringBuilder md, String label, Samples samples) {
        md.append(String.format(Locale.ROOT, "| %s | %.0f ms | %d ms | %d ms | %d ms | %.2fx | %.2fx | %.0f ms |%n",
                label, samples.median(), samples.p90(), samples.min(), samples.max(), ratio(samples, baseline),
                ratio(samples, tuned), samples.cpuMedian()));
    }

    private static void memoryRow(StringBuilder md, String label, Proc.Memory memory) {
        md.append(String.format(Locale.ROOT, "| %s | %.0f MiB | %.0f MiB |%n", label, memory.rssMiB(),
                memory.peakMiB()));
    }

    /** The version of the Felix framework on this class path, the one BareFelix runs. */
    private static String felixVersion() {
        String resource = "/META-INF/maven/org.apache.felix/org.apache.felix.framework/pom.properties";
        try (InputStream in = BenchmarkReport.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "7");
        } catch (IOException e) {
            return "7";
        }
    }
}
