package nl.wij.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsApplyWithoutFlagsOrEnvironment() throws Exception {
        Options options = Options.parse(List.of(), Map.of());

        assertEquals(8080, options.port());
        assertEquals("127.0.0.1", options.host());
        assertEquals("volledig", options.profile());
        assertEquals(Path.of("wij-data").toAbsolutePath(), options.data());
        assertNull(options.adminPassword());
    }

    @Test
    void flagsWinOverEnvironment() throws Exception {
        Options options = Options.parse(List.of("--port", "9090", "--profile=klein", "--data", "/tmp/x"),
                Map.of("WIJ_PORT", "7070", "WIJ_PROFILE", "volledig", "WIJ_HOST", "0.0.0.0"));

        assertEquals(9090, options.port());
        assertEquals("klein", options.profile());
        assertEquals(Path.of("/tmp/x"), options.data());
        assertEquals("0.0.0.0", options.host());
    }

    @Test
    void otherArgumentsAreKeptInOrderForTheCommand() throws Exception {
        Options options = Options.parse(List.of("create", "--user", "an", "--port", "1234", "--label", "bi"), Map.of());

        assertEquals(List.of("create", "--user", "an", "--label", "bi"), options.rest());
        assertEquals(1234, options.port());
    }

    @Test
    void invalidPortIsExplained() {
        Options.UsageException e = assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("--port", "80a"), Map.of()));

        assertEquals("Ongeldige poort '80a': kies een getal van 1 tot en met 65535", e.getMessage());
    }

    @Test
    void portOutOfRangeFromEnvironmentIsExplained() {
        Options.UsageException e = assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of(), Map.of("WIJ_PORT", "70000")));

        assertEquals("Ongeldige poort '70000': kies een getal van 1 tot en met 65535", e.getMessage());
    }

    @Test
    void flagWithoutValueIsExplained() {
        Options.UsageException e = assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("--data"), Map.of()));

        assertEquals("Optie --data mist een waarde", e.getMessage());
    }

    @Test
    void passwordNeverAppearsInToString() throws Exception {
        Options options = Options.parse(List.of(), Map.of("WIJ_ADMIN_PASSWORD", "geheim-wachtwoord-123"));

        assertEquals("geheim-wachtwoord-123", options.adminPassword());
        assertEquals(-1, options.toString().indexOf("geheim"));
    }
}
