package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The real product, started from the assembled distribution ({@code target/wij}) as a child
 * process with its own port and data directory, the way a beheerder starts it.
 */
final class RunningProduct implements AutoCloseable {

    static final String ADMIN_PASSWORD = "Integratietest-wachtwoord-1";

    private static final Pattern TOKEN = Pattern.compile("wij_[A-Za-z0-9_-]+");
    static final Path DIST = Path.of(System.getProperty("wij.dist", "target/wij"));
    static final Path TEST_BUNDLES = Path.of(System.getProperty("wij.testBundles", "target/test-bundles"));

    private final Process process;
    private final Path output;
    final int port;
    final Path data;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private RunningProduct(Process process, Path output, int port, Path data) {
        this.process = process;
        this.output = output;
        this.port = port;
        this.data = data;
    }

    /** Starts {@code wij run} and waits until {@code /api/health} answers 200. */
    static RunningProduct start(Path data, String... extraArgs) throws IOException, InterruptedException {
        return start(DIST, data, extraArgs);
    }

    /** Starts {@code wij run} of the distribution in {@code home} (a copy with a test profile, say). */
    static RunningProduct start(Path home, Path data, String... extraArgs) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("run", "--port", Integer.toString(port), "--data", data.toString()));
        command.addAll(List.of(extraArgs));
        Path output = Files.createTempFile("wij-product-", ".log");
        Process process = command(home, command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        RunningProduct product = new RunningProduct(process, output, port, data);
        product.awaitHealthy(Duration.ofSeconds(90));
        return product;
    }

    /** A {@code bin/wij} invocation with the test's admin password in its environment. */
    static ProcessBuilder command(List<String> args) {
        return command(DIST, args);
    }

    /** A {@code bin/wij} invocation of the distribution in {@code home}. */
    static ProcessBuilder command(Path home, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/wij").toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("WIJ_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().remove("WIJ_PORT");
        builder.environment().remove("WIJ_DATA");
        builder.environment().remove("WIJ_PROFILE");
        return builder;
    }

    /** Runs a short {@code bin/wij} command to completion; returns exit code and combined output. */
    static Result runToEnd(List<String> args) throws IOException, InterruptedException {
        return runToEnd(DIST, args);
    }

    /**
     * {@code wij token create --user beheerder OPTIONS} of the distribution in {@code home}, run while
     * the product is not running (it opens the data directory itself); returns the token's secret.
     */
    static String createToken(Path home, List<String> options) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("token", "create", "--user", "beheerder"));
        args.addAll(options);
        Result created = runToEnd(home, args);
        assertEquals(0, created.exitCode(), created.output());
        Matcher secret = TOKEN.matcher(created.output());
        assertTrue(secret.find(), created.output());
        return secret.group();
    }

    /** {@link #createToken(Path, List)} of the built distribution. */
    static String createToken(String... options) throws IOException, InterruptedException {
        return createToken(DIST, List.of(options));
    }

    /** Runs a short command of the distribution in {@code home}. */
    static Result runToEnd(Path home, List<String> args) throws IOException, InterruptedException {
        Process process = command(home, args).redirectErrorStream(true).start();
        byte[] bytes = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("wij " + args + " did not finish");
        }
        return new Result(process.exitValue(), new String(bytes, StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String output) {
    }

    /** A copy of the distribution in {@code home}, e.g. to add a test profile or feature. */
    static Path copyOfDistribution(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(DIST)) {
            for (Path source : files.toList()) {
                Path target = home.resolve(DIST.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return home;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, Map<String, String> headers, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .method(method, body);
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Installs and starts a test bundle of {@link #TEST_BUNDLES} at run time, as a beheerder would
     * ({@code POST /api/modules/bundles}); returns the answer (201 with the BundleInfo).
     */
    HttpResponse<String> install(String jar, String beheerderToken) throws IOException, InterruptedException {
        return send("POST", "/api/modules/bundles", Map.of("Authorization", "Bearer " + beheerderToken,
                "Content-Type", "application/java-archive", "X-File-Name", jar),
                HttpRequest.BodyPublishers.ofFile(TEST_BUNDLES.resolve(jar)));
    }

    /**
     * Waits until the Zaanstad demo's four files ({@code import:demo}) are read in and returns their
     * imports, oldest first; fails at once when one is refused or fails. The demo imports after the
     * framework has started, so {@code /api/health} is UP while it still runs.
     */
    List<JsonObject> awaitDemoImport(String token) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get("/api/import", Map.of("Authorization", "Bearer " + token));
            assertEquals(200, response.statusCode(), response.body());
            List<JsonObject> demo = new ArrayList<>();
            for (JsonElement e : JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("imports")) {
                if (e.getAsJsonObject().get("user").getAsString().equals("import:demo")) {
                    demo.add(0, e.getAsJsonObject());
                }
            }
            for (JsonObject i : demo) {
                String state = i.get("state").getAsString();
                if (state.equals("GEWEIGERD") || state.equals("MISLUKT")) {
                    throw new AssertionError("demo import failed: " + i);
                }
            }
            if (demo.size() == 4 && demo.stream().allMatch(i -> i.get("state").getAsString().equals("INGELEZEN"))) {
                return demo;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the demo import did not finish:\n" + output());
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("wij run exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (get("/api/health", Map.of()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("wij run not healthy within " + timeout + ":\n" + output());
    }

    String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Sends SIGTERM, as a service manager or Ctrl-C would, and waits for the process to end. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
