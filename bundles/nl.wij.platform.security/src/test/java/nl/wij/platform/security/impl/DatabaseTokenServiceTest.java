package nl.wij.platform.security.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.IssuedToken;
import nl.wij.platform.api.security.Role;
import nl.wij.platform.api.security.TokenInfo;
import nl.wij.testing.TestDatabase;

class DatabaseTokenServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private TestDatabase database;
    private DatabaseTokenService tokens;
    private Account analist;

    @BeforeEach
    void start() throws SQLException {
        database = new TestDatabase();
        // the token service creates the schema on its own, before the account service ran
        tokens = new DatabaseTokenService(database, clock);
        LocalAccountService accounts = new LocalAccountService(Configs.defaults(LocalAccountService.Config.class),
                database, List.of(), "beheerder-wachtwoord", clock, new SecureRandom(), () -> "niet-gebruikt-1234");
        analist = accounts.create("bi.koppeling", "een lang wachtwoord".toCharArray(), Set.of(Role.ANALIST));
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void createdTokenHasTheDocumentedShape() {
        IssuedToken issued = tokens.create("bi.koppeling", "  power bi  ");
        String secret = issued.secret();
        assertEquals(TokenSecret.LENGTH, secret.length());
        assertTrue(secret.startsWith("wij_" + issued.info().id() + "_"), secret);
        assertTrue(secret.substring(4).matches("[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}"), secret);
        assertEquals(new TokenInfo(issued.info().id(), "bi.koppeling", "power bi", clock.instant(), null),
                issued.info());
        assertEquals(List.of(issued.info()), tokens.list());
    }

    @Test
    void onlyTheHashOfTheSecretIsStored() throws SQLException {
        IssuedToken issued = tokens.create("bi.koppeling", "power bi");
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement("SELECT * FROM platform_token");
                ResultSet row = query.executeQuery()) {
            assertTrue(row.next());
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                String value = row.getString(column);
                assertFalse(value != null && value.contains(issued.secret().substring(13)), "secret in column " + column);
            }
            assertEquals(new TokenSecret(issued.info().id(), issued.secret()).hash(), row.getString("secret_hash"));
            assertEquals(64, row.getString("secret_hash").length());
        }
    }

    @Test
    void verifyReturnsTheAccountAndRecordsTheUse() {
        IssuedToken issued = tokens.create("bi.koppeling", "power bi");
        clock.advance(Duration.ofHours(2));
        assertEquals(Optional.of(analist), tokens.verify(issued.secret()));
        TokenInfo info = tokens.list().get(0);
        assertEquals(Instant.parse("2025-03-01T11:00:00Z"), info.lastUsed());
        assertEquals(Instant.parse("2025-03-01T09:00:00Z"), info.created());
    }

    @Test
    void tamperedOrMalformedSecretsAreRefused() {
        IssuedToken issued = tokens.create("bi.koppeling", "power bi");
        String secret = issued.secret();
        char last = secret.charAt(secret.length() - 1);
        String tampered = secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertEquals(Optional.empty(), tokens.verify(tampered));
        assertEquals(Optional.empty(), tokens.verify(secret + "x"));
        assertEquals(Optional.empty(), tokens.verify("wij_" + issued.info().id()));
        assertEquals(Optional.empty(), tokens.verify(secret.replace("wij_", "xyz_")));
        assertEquals(Optional.empty(), tokens.verify(null));
        assertEquals(Optional.empty(), tokens.verify("wij_AAAAAAAA_" + "A".repeat(43)));
        assertNull(tokens.list().get(0).lastUsed(), "failed attempts are not a use");
    }

    @Test
    void revokedTokenNoLongerVerifies() {
        IssuedToken kept = tokens.create("bi.koppeling", "blijft");
        IssuedToken revoked = tokens.create("bi.koppeling", "gaat weg");
        assertTrue(tokens.revoke(revoked.info().id()));
        assertEquals(Optional.empty(), tokens.verify(revoked.secret()));
        assertEquals(Optional.of(analist), tokens.verify(kept.secret()));
        assertEquals(List.of(kept.info().id()), tokens.list().stream().map(TokenInfo::id).toList());
        assertFalse(tokens.revoke(revoked.info().id()));
        assertFalse(tokens.revoke(null));
    }

    @Test
    void tokenForAnUnknownAccountIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> tokens.create("bestaat.niet", "x"));
        assertEquals("Gebruiker 'bestaat.niet' bestaat niet.", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tokens.create(" ", "x"));
        assertEquals(List.of(), tokens.list());
    }

    @Test
    void overlongLabelIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> tokens.create("bi.koppeling", "x".repeat(201)));
        assertEquals("", tokens.create("bi.koppeling", null).info().label());
    }
}
