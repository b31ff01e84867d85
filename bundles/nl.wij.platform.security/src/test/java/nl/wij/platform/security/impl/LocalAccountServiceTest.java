package nl.wij.platform.security.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.LoginThrottledException;
import nl.wij.platform.api.security.Role;
import nl.wij.testing.TestDatabase;

class LocalAccountServiceTest {

    private static final char[] PASSWORD = "een lang wachtwoord".toCharArray();

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final List<String> removed = new ArrayList<>();
    private TestDatabase database;
    private LocalAccountService accounts;

    @BeforeEach
    void start() throws SQLException {
        database = new TestDatabase();
        // an existing account, so the first-start logic stays out of these tests
        accounts = service("beheerder-wachtwoord", () -> "ongebruikt-wachtwoord");
        assertTrue(accounts.delete("beheerder"));
        removed.clear();
    }

    @AfterEach
    void stop() {
        database.close();
    }

    private LocalAccountService service(String adminPassword, Supplier<String> generator) {
        return new LocalAccountService(Configs.defaults(LocalAccountService.Config.class), database,
                List.of(removed::add), adminPassword, clock, new SecureRandom(), generator);
    }

    @Test
    void createdAccountAuthenticatesWithItsPassword() throws Exception {
        Account created = accounts.create("jan.jansen", PASSWORD, Set.of(Role.ANALIST));
        assertEquals(new Account("jan.jansen", Set.of(Role.ANALIST)), created);

        Optional<Account> account = accounts.authenticate("jan.jansen", PASSWORD, "10.0.0.1");
        assertEquals(Optional.of(created), account);
        assertEquals(Optional.of(created), accounts.authenticate("Jan.Jansen ", PASSWORD, "10.0.0.1"),
                "names are matched case-insensitively");
        assertEquals(Optional.of(created), accounts.find("jan.jansen"));
        assertEquals(List.of(created), accounts.list());
    }

    @Test
    void passwordIsStoredAsPbkdf2Hash() throws SQLException {
        accounts.create("jan", PASSWORD, Set.of());
        String stored = storedHash("jan");
        assertTrue(stored.startsWith("pbkdf2-sha256$210000$"), stored);
        assertFalse(stored.contains(new String(PASSWORD)));
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefused() throws Exception {
        accounts.create("jan", PASSWORD, Set.of(Role.BEHEERDER));
        assertEquals(Optional.empty(), accounts.authenticate("jan", "een lang wachtwoorD".toCharArray(), "c"));
        assertEquals(Optional.empty(), accounts.authenticate("piet", PASSWORD, "c"));
        assertEquals(Optional.empty(), accounts.authenticate(null, null, null));
    }

    @Test
    void invalidAccountsAreRefusedInDutch() {
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> accounts.create("Jan Jansen", PASSWORD, Set.of()));
        assertTrue(name.getMessage().startsWith("Ongeldige gebruikersnaam 'Jan Jansen'"), name.getMessage());
        assertThrows(IllegalArgumentException.class, () -> accounts.create("j", PASSWORD, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> accounts.create("j".repeat(65), PASSWORD, Set.of()));

        IllegalArgumentException shortPassword = assertThrows(IllegalArgumentException.class,
                () -> accounts.create("jan", "elf tekens!".toCharArray(), Set.of()));
        assertEquals("Het wachtwoord moet minstens 12 tekens lang zijn.", shortPassword.getMessage());

        accounts.create("jan", "twaalf tekens".toCharArray(), Set.of());
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
                () -> accounts.create("jan", PASSWORD, Set.of()));
        assertEquals("De gebruikersnaam 'jan' is al in gebruik.", taken.getMessage());
    }

    @Test
    void fiveFailuresLockEvenTheRightPasswordUntilTheLockExpires() throws Exception {
        accounts.create("jan", PASSWORD, Set.of());
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), accounts.authenticate("jan", "fout".toCharArray(), "client-" + i));
        }
        LoginThrottledException locked = assertThrows(LoginThrottledException.class,
                () -> accounts.authenticate("jan", PASSWORD, "ander-adres"));
        assertEquals(60, locked.retryAfterSeconds());
        assertTrue(locked.getMessage().contains("60 seconden"));

        clock.advance(Duration.ofSeconds(60));
        assertTrue(accounts.authenticate("jan", PASSWORD, "ander-adres").isPresent());
    }

    @Test
    void failuresForUnknownNamesAreThrottledToo() throws Exception {
        for (int i = 0; i < 5; i++) {
            accounts.authenticate("bestaat-niet", PASSWORD, "client-" + i);
        }
        assertThrows(LoginThrottledException.class, () -> accounts.authenticate("bestaat-niet", PASSWORD, "x"));
    }

    @Test
    void unknownUserCostsAPasswordDerivationLikeAKnownOne() throws Exception {
        accounts.create("jan", PASSWORD, Set.of());
        char[] wrong = "niet het wachtwoord".toCharArray();
        accounts.authenticate("jan", wrong, "warm-up");
        accounts.authenticate("onbekend", wrong, "warm-up-2");
        long known = Long.MAX_VALUE;
        long unknown = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            accounts.authenticate("jan", wrong, "known-" + i);
            known = Math.min(known, System.nanoTime() - start);
            start = System.nanoTime();
            accounts.authenticate("onbekend-" + i, wrong, "unknown-" + i);
            unknown = Math.min(unknown, System.nanoTime() - start);
        }
        // Without the decoy derivation an unknown name would take a database lookup, well under 10%;
        // the wide margin keeps a busy build machine from failing the comparison.
        assertTrue(unknown * 4 >= known, "unknown " + unknown / 1_000_000 + " ms, known " + known / 1_000_000 + " ms");
    }

    @Test
    void oldHashIsUpgradedAtLogin() throws Exception {
        accounts.create("jan", PASSWORD, Set.of());
        byte[] salt = new byte[16];
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(PASSWORD, salt, 1000, 256)).getEncoded();
        setStoredHash("jan", "pbkdf2-sha256$1000$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(hash));

        assertTrue(accounts.authenticate("jan", PASSWORD, "c").isPresent());
        assertTrue(storedHash("jan").startsWith("pbkdf2-sha256$210000$"));
        assertTrue(accounts.authenticate("jan", PASSWORD, "c").isPresent());
    }

    @Test
    void deleteRemovesTheAccountItsTokensAndTellsListeners() {
        accounts.create("jan", PASSWORD, Set.of(Role.ANALIST));
        DatabaseTokenService tokens = new DatabaseTokenService(database, clock);
        String secret = tokens.create("jan", "rapportage").secret();
        tokens.create("jan", "tweede");
        assertTrue(tokens.verify(secret).isPresent());

        assertTrue(accounts.delete("jan"));

        assertEquals(List.of("jan"), removed);
        assertEquals(Optional.empty(), accounts.find("jan"));
        assertEquals(List.of(), tokens.list(), "tokens are deleted with their account");
        assertEquals(Optional.empty(), tokens.verify(secret));
        assertFalse(accounts.delete("jan"));
        assertEquals(List.of("jan"), removed, "nothing deleted, nobody told");
    }

    @Test
    void deleteClosesTheSessionsOfTheAccount() {
        InMemorySessionService sessions = new InMemorySessionService(
                Configs.defaults(InMemorySessionService.Config.class), clock);
        LocalAccountService withSessions = new LocalAccountService(
                Configs.defaults(LocalAccountService.Config.class), database, List.of(sessions), null, clock,
                new SecureRandom(), () -> "niet-gebruikt-wachtwoord");
        Account jan = withSessions.create("jan", PASSWORD, Set.of());
        Account piet = withSessions.create("piet", PASSWORD, Set.of());
        String janSession = sessions.open(jan).id();
        String pietSession = sessions.open(piet).id();

        withSessions.delete("jan");

        assertEquals(Optional.empty(), sessions.find(janSession));
        assertTrue(sessions.find(pietSession).isPresent());
    }

    @Test
    void rolesRoundTripThroughTheDatabase() {
        accounts.create("alle", PASSWORD, EnumSet.allOf(Role.class));
        accounts.create("geen", PASSWORD, null);
        assertEquals(EnumSet.allOf(Role.class), accounts.find("alle").orElseThrow().roles());
        assertEquals(Set.of(), accounts.find("geen").orElseThrow().roles());
        assertEquals(Set.of(Role.ANALIST, Role.BEHEERDER), AccountStore.roles("analist, beheerder,onbekend,"));
    }

    @Test
    void configuredIterationsAreUsed() throws SQLException {
        LocalAccountService stronger = new LocalAccountService(
                Configs.of(LocalAccountService.Config.class, Map.of("passwordIterations", 250_000)), database,
                List.of(), null, clock, new SecureRandom(), () -> "niet-gebruikt-wachtwoord");
        stronger.create("jan", PASSWORD, Set.of());
        assertTrue(storedHash("jan").startsWith("pbkdf2-sha256$250000$"));
    }

    private String storedHash(String name) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement query = connection
                        .prepareStatement("SELECT password_hash FROM platform_account WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    private void setStoredHash(String name, String hash) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement update = connection
                        .prepareStatement("UPDATE platform_account SET password_hash = ? WHERE name = ?")) {
            update.setString(1, hash);
            update.setString(2, name);
            assertEquals(1, update.executeUpdate());
        }
    }
}
