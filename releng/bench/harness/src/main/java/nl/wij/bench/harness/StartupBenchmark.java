package nl.wij.bench.harness;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import nl.wij.bench.harness.Samples.Measurement;
import nl.wij.bench.report.Machine;

/**
 * Cold start of the full product against a bare Felix + Jetty serving one servlet, each run in a
 * new JVM: wall time from {@link ProcessBuilder#start()} to the first HTTP 200. Rounds alternate
 * baseline and product so both share the machine's noise; the product is measured on an empty
 * data directory (first start), again on that directory (restart, the normal case), and once more
 * without its class-data archive. The baseline runs twice: plain (the serial collector only, bundles copied into
 * the cache), and tuned as the product is (its JVM options from {@code lib/jvm.options}, a
 * class-data archive of its own recorded in the warm-up, bundles installed by reference), so that
 * the product's start-up techniques do not flatter the ratio. Then the resident memory of each,
 * idle, and the results in {@code docs/benchmarks.md}.
 *
 * <pre>
 * StartupBenchmark --dist product/target/wij --baseline DIR --work DIR --doc docs/benchmarks.md
 *                  [--rounds 10] [--idle-seconds 10] [--command "how to reproduce"]
 * </pre>
 */
public final class StartupBenchmark {

    /** The baseline jars (file names without .jar) in start order, the order of the product's features. */
    static final List<String> BASELINE = List.of("nl.wij.wrap.slf4j", "org.osgi.util.function",
            "org.osgi.util.promise", "org.osgi.service.component", "org.apache.felix.scr",
            "org.apache.felix.configadmin", "org.apache.felix.http.servlet-api", "commons-io", "commons-fileupload",
            "org.apache.felix.http.jetty12", "nl.wij.bench.hello");

    /** The plain baseline's JVM options: the serial collector, which the product also uses. */
    static final String JVM_OPTIONS = "-XX:+UseSerialGC";

    private static final String HELLO = "/hello";
    private static final String HEALTH = "/api/health";
    private static final long START_TIMEOUT_MS = 120_000;
    private static final long STOP_TIMEOUT_S = 60;

    private final Path dist;
    private final List<Path> baselineJars;
    private final Path work;
    private final Path baselineArchive;
    private final List<String> productJvmOptions;
    private final String java;
    /** The baselines' class path, jars only (class data sharing refuses directories); made by {@link #run}. */
    private String baselineClassPath;
    private int runs;
    private final Machine machine = new Machine();

    StartupBenchmark(Path dist, Path baselineDir, Path work) throws BenchmarkException {
        this.dist = dist;
        this.work = work;
        this.baselineArchive = work.resolve("baseline.jsa");
        this.productJvmOptions = jvmOptions(dist.resolve("lib/jvm.options"));
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (!Files.isExecutable(dist.resolve("bin/wij"))) {
            throw new BenchmarkException("no product at " + dist + "/bin/wij; build it first");
        }
        List<Path> jars = new ArrayList<>();
        for (String name : BASELINE) {
            Path jar = baselineDir.resolve(name + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new BenchmarkException("baseline bundle missing: " + jar);
            }
            jars.add(jar);
        }
        this.baselineJars = List.copyOf(jars);
    }

    /** The options in the product's lib/jvm.options, as bin/wij reads them (# starts a comment). */
    private static List<String> jvmOptions(Path file) throws BenchmarkException {
        try {
            List<String> options = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                for (String option : line.replaceAll("#.*", "").trim().split("\\s+")) {
                    if (!option.isEmpty()) {
                        options.add(option);
                    }
                }
            }
            return List.copyOf(options);
        } catch (IOException e) {
            throw new BenchmarkException("cannot read the product's JVM options " + file + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = options(args);
        Path root = Path.of("").toAbsolutePath();
        Path dist = root.resolve(options.getOrDefault("dist", "product/target/wij")).normalize();
        Path baseline = root.resolve(options.getOrDefault("baseline", "releng/bench/harness/target/baseline"));
        Path work = root.resolve(options.getOrDefault("work", "releng/bench/harness/target/bench-work"));
        Path doc = root.resolve(options.getOrDefault("doc", "docs/benchmarks.md")).normalize();
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "10"));
        int idleSeconds = Integer.parseInt(options.getOrDefault("idle-seconds", "10"));
        String command = options.getOrDefault("command", "mvn -B -P bench -DskipTests verify");
        try {
            StartupBenchmark benchmark = new StartupBenchmark(dist, baseline.normalize(), work.normalize());
            BenchmarkReport report = benchmark.run(rounds, idleSeconds, command);
            report.writeTo(doc);
            System.out.println();
            System.out.println(report.summary());
            System.out.println("Written to " + doc);
        } catch (BenchmarkException e) {
            System.err.println("benchmark failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    BenchmarkReport run(int rounds, int idleSeconds, String command)
            throws BenchmarkException, IOException, InterruptedException {
        BareFelix.deleteTree(work);
        Files.createDirectories(work.resolve("logs"));
        baselineClassPath = jarsOnly(System.getProperty("java.class.path"));
        String loadBefore = machine.loadAverage();
        System.out.println("Warm-up (not counted): each baseline (the tuned one records its class-data archive),"
                + " one product first start and restarts");
        measureBaseline(false);
        measureBaseline(true);
        if (!Files.isRegularFile(baselineArchive)) {
            throw new BenchmarkException("the tuned baseline wrote no class-data archive " + baselineArchive
                    + "; see " + work.resolve("logs"));
        }
        measureProduct();

        List<Measurement> baseline = new ArrayList<>();
        List<Measurement> tuned = new ArrayList<>();
        List<Measurement> first = new ArrayList<>();
        List<Measurement> restart = new ArrayList<>();
        List<Measurement> noArchive = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            // Alternate which goes first so neither always runs right after the other.
            Measurement[] product;
            if (round % 2 == 1) {
                baseline.add(measureBaseline(false));
                tuned.add(measureBaseline(true));
                product = measureProduct();
            } else {
                product = measureProduct();
                tuned.add(measureBaseline(true));
                baseline.add(measureBaseline(false));
            }
            first.add(product[0]);
            restart.add(product[1]);
            noArchive.add(product[2]);
            System.out.printf("round %d/%d: baseline %d ms, tuned %d ms; product first start %d ms, restart %d ms,"
                    + " restart without archive %d ms (load %s)%n", round, rounds, baseline.get(round - 1).wallMillis(),
                    tuned.get(round - 1).wallMillis(), product[0].wallMillis(), product[1].wallMillis(),
                    product[2].wallMillis(), machine.loadAverage());
        }

        System.out.println("Idle memory: " + idleSeconds + " s after the first 200");
        Proc.Memory baselineMemory = idleMemory(launchBaseline(false), HELLO, idleSeconds);
        Path data = work.resolve("product-idle");
        measure(launchProduct(data, true), HEALTH);
        Proc.Memory productMemory = idleMemory(launchProduct(data, true), HEALTH, idleSeconds);
        BareFelix.deleteTree(data);

        return new BenchmarkReport(LocalDate.now(), Runtime.getRuntime().availableProcessors(), javaVersion(),
                loadBefore + " before, " + machine.loadAverage() + " after", machine, command, rounds, idleSeconds,
                String.join(" ", productJvmOptions), Samples.of(baseline), Samples.of(tuned), Samples.of(first),
                Samples.of(restart), Samples.of(noArchive), baselineMemory, productMemory);
    }

    private Measurement measureBaseline(boolean tuned) throws BenchmarkException, IOException, InterruptedException {
        return measure(launchBaseline(tuned), HELLO);
    }

    /** First start on a new data directory, then a restart on it, then a restart without the class-data archive. */
    private Measurement[] measureProduct() throws BenchmarkException, IOException, InterruptedException {
        Path data = work.resolve("product-data");
        BareFelix.deleteTree(data);
        Measurement first = measure(launchProduct(data, true), HEALTH);
        Measurement restart = measure(launchProduct(data, true), HEALTH);
        Measurement noArchive = measure(launchProduct(data, false), HEALTH);
        BareFelix.deleteTree(data);
        return new Measurement[] {first, restart, noArchive};
    }

    private Measurement measure(Launch launch, String path)
            throws BenchmarkException, IOException, InterruptedException {
        Running running = start(launch, path);
        stop(running.process());
        return running.measurement();
    }

    private Proc.Memory idleMemory(Launch launch, String path, int idleSeconds)
            throws BenchmarkException, IOException, InterruptedException {
        Running running = start(launch, path);
        try {
            Thread.sleep(idleSeconds * 1_000L);
            return Proc.memory(running.process().pid());
        } finally {
            stop(running.process());
        }
    }

    private Running start(Launch launch, String path) throws BenchmarkException, IOException, InterruptedException {
        int port = HttpProbe.freePort();
        ProcessBuilder builder = launch.builder().apply(port);
        Path log = work.resolve("logs").resolve(String.format("%03d-%s.log", ++runs, launch.name()));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            long ok = HttpProbe.awaitOk(process, port, path, START_TIMEOUT_MS);
            long cpu = Proc.cpuMillis(process.pid());
            return new Running(process, new Measurement((ok - started) / 1_000_000, cpu));
        } catch (BenchmarkException | IOException e) {
            stop(process);
            throw new BenchmarkException(launch.name() + ": " + e.getMessage() + "; see " + log);
        }
    }

    /** SIGTERM, so the framework stops cleanly (the database too), and wait for it. */
    private static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT_S, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /**
     * The plain baseline, or the one tuned as the product: its JVM options, bundles by reference, and
     * a class-data archive of its own (recorded at the exit of its first run, the warm-up).
     */
    private Launch launchBaseline(boolean tuned) {
        return new Launch(tuned ? "baseline-tuned" : "baseline", port -> {
            List<String> command = new ArrayList<>(List.of(java));
            if (tuned) {
                command.addAll(productJvmOptions);
                command.add("-D" + BareFelix.BY_REFERENCE + "=true");
                command.add(Files.isRegularFile(baselineArchive)
                        ? "-XX:SharedArchiveFile=" + baselineArchive
                        : "-XX:ArchiveClassesAtExit=" + baselineArchive);
            } else {
                command.add(JVM_OPTIONS);
            }
            command.addAll(List.of("-D" + BareFelix.PORT + "=" + port, "-cp", baselineClassPath,
                    BareFelix.class.getName()));
            baselineJars.forEach(jar -> command.add(jar.toString()));
            return new ProcessBuilder(command);
        });
    }

    /** The product as bin/wij starts it by default, or without its class-data archive (WIJ_CDS=off). */
    private Launch launchProduct(Path data, boolean archive) {
        return new Launch(archive ? "product" : "product-no-archive", port -> {
            ProcessBuilder builder = new ProcessBuilder(dist.resolve("bin/wij").toString(), "run", "--port",
                    Integer.toString(port), "--data", data.toString());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("WIJ_"));
            // bin/wij runs "java" from the PATH: make it the same JVM as the baseline's.
            env.put("PATH", Path.of(java).getParent() + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
            if (!archive) {
                env.put("WIJ_CDS", "off");
            }
            return builder;
        });
    }

    /** The class path with each directory in it (the harness' own classes) packed into a jar in the work directory. */
    private String jarsOnly(String classPath) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = work.resolve("classpath-" + entries.size() + ".jar");
                try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                        Stream<Path> files = Files.walk(path)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        out.putNextEntry(new JarEntry(path.relativize(file).toString().replace(File.separatorChar, '/')));
                        Files.copy(file, out);
                        out.closeEntry();
                    }
                }
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private String javaVersion() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            process.waitFor();
            return line == null ? "unknown" : line.trim();
        }
    }

    /** How to start one kind of process on a given port. */
    private record Launch(String name, IntFunction<ProcessBuilder> builder) {
    }

    private record Running(Process process, Measurement measurement) {
    }
}
