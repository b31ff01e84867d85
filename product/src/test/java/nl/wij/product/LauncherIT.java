package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code wij} command as a beheerder meets it: every shipped profile resolves completely,
 * and each kind of mistake gets one clear line and a non-zero exit code.
 */
class LauncherIT {

    @TempDir
    Path temp;

    static Stream<String> shippedProfiles() throws IOException {
        try (Stream<Path> files = Files.list(RunningProduct.DIST.resolve("profiles"))) {
            return files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedProfiles")
    void everyShippedProfileResolvesAndStarts(String profile) throws Exception {
        RunningProduct.Result result = RunningProduct.runToEnd(
                List.of("verify", "--profile", profile, "--data", temp.resolve(profile).toString()));

        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("Profiel '" + profile + "' is in orde"), result.output());
    }

    @Test
    void unresolvedRequirementsAreNamedReadably() throws Exception {
        Path home = copyOfDistribution();
        Files.createDirectories(home.resolve("features/kapot"));
        Files.writeString(home.resolve("features/kapot/feature.json"), """
                {"id": "kapot", "version": "1.0.0", "title": "Kapot", "description": "Mist de servlet-API",
                 "bundles": ["com.google.gson", "nl.wij.platform.api", "nl.wij.workbench.api", "nl.wij.workbench.shell"]}
                """);
        Files.writeString(home.resolve("profiles/kapot.json"), "{\"title\": \"Kapot\", \"features\": [\"kapot\"]}");

        RunningProduct.Result result = run(home, "verify", "--profile", "kapot", "--data", temp.resolve("d").toString());

        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("wij: Profiel 'kapot' lost niet op:"), result.output());
        assertTrue(result.output().contains("nl.wij.workbench.shell 0.1.0.SNAPSHOT heeft package jakarta.servlet "
                + "(versie >= 6.0.0 en versie < 7.0.0) nodig; geen geïnstalleerde bundle levert dat"), result.output());
    }

    @Test
    void unknownFeatureInAProfileIsNamed() throws Exception {
        Path home = copyOfDistribution();
        Files.writeString(home.resolve("profiles/gemeente.json"),
                "{\"title\": \"Gemeente\", \"features\": [\"workbench\", \"leerlingenvervoer\"]}");

        RunningProduct.Result result = run(home, "verify", "--profile", "gemeente", "--data", temp.resolve("d").toString());

        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().startsWith("wij: Onbekende feature 'leerlingenvervoer' in profiel 'gemeente'; beschikbaar: "),
                result.output());
    }

    @Test
    void unknownProfileListsTheAvailableOnes() throws Exception {
        RunningProduct.Result result = RunningProduct.runToEnd(List.of("run", "--profile", "bestaatniet"));

        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().startsWith("wij: Onbekend profiel 'bestaatniet'; beschikbaar: "
                + String.join(", ", shippedProfiles().toList())), result.output());
    }

    @Test
    void busyPortIsOneClearLine() throws Exception {
        try (ServerSocket busy = new ServerSocket(0)) {
            RunningProduct.Result result = RunningProduct.runToEnd(List.of("run", "--port",
                    Integer.toString(busy.getLocalPort()), "--data", temp.toString()));

            assertEquals(1, result.exitCode(), result.output());
            assertEquals("wij: Poort " + busy.getLocalPort()
                    + " op 127.0.0.1 is al in gebruik; kies een andere met --port of WIJ_PORT", result.output().strip());
        }
    }

    @Test
    void unwritableDataDirectoryIsOneClearLine() throws Exception {
        Path file = Files.writeString(temp.resolve("een-bestand"), "geen map");

        RunningProduct.Result result = RunningProduct.runToEnd(List.of("run", "--port",
                Integer.toString(RunningProduct.freePort()), "--data", file.resolve("data").toString()));

        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().startsWith("wij: Kan gegevensmap " + file.resolve("data") + " niet aanmaken"),
                result.output());
        assertEquals(1, result.output().strip().lines().count(), result.output());
    }

    @Test
    void aDataDirectoryInUseIsRefused() throws Exception {
        try (RunningProduct running = RunningProduct.start(temp.resolve("data"))) {
            RunningProduct.Result second = RunningProduct.runToEnd(List.of("run", "--port",
                    Integer.toString(RunningProduct.freePort()), "--data", temp.resolve("data").toString()));

            assertEquals(1, second.exitCode(), second.output());
            assertTrue(second.output().contains("is in gebruik door een andere WIJ"), second.output());
            assertTrue(running.isAlive());
        }
    }

    @Test
    void wrongUsageExitsWithTwoAndHelpExplains() throws Exception {
        RunningProduct.Result unknown = RunningProduct.runToEnd(List.of("start"));
        assertEquals(2, unknown.exitCode());
        assertEquals("wij: Onbekende opdracht 'start'; zie 'wij help'", unknown.output().strip());

        RunningProduct.Result help = RunningProduct.runToEnd(List.of("--help"));
        assertEquals(0, help.exitCode());
        assertTrue(help.output().contains("wij <opdracht>") && help.output().contains("WIJ_PORT"), help.output());
    }

    @Test
    void tokenWithoutUserIsExplained() throws Exception {
        RunningProduct.Result result = RunningProduct.runToEnd(
                List.of("token", "create", "--data", temp.resolve("d").toString()));

        assertEquals(2, result.exitCode(), result.output());
        assertTrue(result.output().contains("--user"), result.output());
    }

    private RunningProduct.Result run(Path home, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = RunningProduct.command(List.of(args));
        builder.command().set(0, home.resolve("bin/wij").toString());
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        return new RunningProduct.Result(process.waitFor(), output);
    }

    private Path copyOfDistribution() throws IOException {
        return RunningProduct.copyOfDistribution(temp.resolve("wij"));
    }
}
