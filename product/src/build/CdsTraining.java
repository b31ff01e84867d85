import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Records the distribution's class-data archive, {@code lib/wij.jsa}, by starting it the way a
 * gemeente does. Run by the build (product/pom.xml) with the JDK's source launcher:
 *
 * <pre>java product/src/build/CdsTraining.java DIST WORK</pre>
 *
 * A first start on an empty data directory creates the database; a restart on it, the normal case,
 * runs with {@code -XX:ArchiveClassesAtExit} until {@code /api/health} reports UP and the login page
 * has been served, then stops on SIGTERM, at which the JVM writes every class it loaded, the bundles'
 * included, into the archive. {@code bin/wij} hands that archive to later JVMs, which then map those
 * classes instead of loading, parsing and verifying them again.
 *
 * <p>A product that does not come up fails the build; a JVM that cannot write an archive only leaves
 * a warning, and the product starts without one.
 */
public final class CdsTraining {

    private static final long START_TIMEOUT_MS = 120_000;
    private static final long STOP_TIMEOUT_S = 60;

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        Path archive = dist.resolve("lib/wij.jsa");
        Files.deleteIfExists(archive);
        deleteTree(work);
        Files.createDirectories(work);
        Path data = work.resolve("data");

        run(dist, data, work.resolve("first-start.log"), null);
        run(dist, data, work.resolve("restart.log"), "-XX:ArchiveClassesAtExit=" + archive);
        if (Files.isRegularFile(archive)) {
            System.out.printf("CdsTraining: %s written (%d MiB)%n", archive, Files.size(archive) >> 20);
        } else {
            System.out.println("CdsTraining: WARNING: this JVM wrote no class-data archive; WIJ starts without one"
                    + " (see " + work.resolve("restart.log") + ")");
        }
    }

    /**
     * Runs bin/wij as a gemeente does, with its default JVM options (lib/jvm.options); {@code extraOption},
     * if any, is added through {@code JAVA_TOOL_OPTIONS}, because {@code WIJ_JAVA_OPTS} would replace
     * the defaults.
     */
    private static void run(Path dist, Path data, Path log, String extraOption) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(dist.resolve("bin/wij").toString(), "run", "--port",
                Integer.toString(port), "--data", data.toString());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("WIJ_"));
        env.remove("JAVA_TOOL_OPTIONS");
        if (extraOption != null) {
            env.put("JAVA_TOOL_OPTIONS", extraOption);
        }
        env.put("WIJ_CDS", "off");
        env.put("WIJ_ADMIN_PASSWORD", UUID.randomUUID().toString());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        try {
            awaitUp(process, port, log);
            get(port, "/"); // the login page: the first request's classes, too
        } finally {
            process.destroy(); // SIGTERM: the framework stops, then the JVM writes the archive
            if (!process.waitFor(STOP_TIMEOUT_S, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("WIJ did not stop within " + STOP_TIMEOUT_S + " s; see " + log);
            }
        }
    }

    private static void awaitUp(Process process, int port, Path log) throws InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WIJ stopped during the training run; see " + log);
            }
            try {
                String response = get(port, "/api/health");
                if (response.startsWith("HTTP/1.1 200") && response.contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("WIJ did not report UP within " + START_TIMEOUT_MS / 1000 + " s; see " + log);
    }

    private static String get(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private CdsTraining() {
    }
}
