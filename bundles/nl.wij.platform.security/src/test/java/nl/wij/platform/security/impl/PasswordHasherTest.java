package nl.wij.platform.security.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_ITERATIONS, new SecureRandom());

    @Test
    void hashIsSelfDescribingAndVerifies() {
        String stored = hasher.hash("correct horse battery".toCharArray());
        String[] parts = stored.split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        assertTrue(hasher.verify("correct horse battery".toCharArray(), stored));
    }

    @Test
    void wrongPasswordDoesNotVerify() {
        String stored = hasher.hash("correct horse battery".toCharArray());
        assertFalse(hasher.verify("correct horse batterx".toCharArray(), stored));
        assertFalse(hasher.verify(new char[0], stored));
    }

    @Test
    void sameePasswordGetsDifferentSalts() {
        assertNotEquals(hasher.hash("correct horse battery".toCharArray()),
                hasher.hash("correct horse battery".toCharArray()));
    }

    @Test
    void iterationsBelowTheMinimumAreRaised() {
        assertEquals(PasswordHasher.MIN_ITERATIONS, new PasswordHasher(1000, new SecureRandom()).iterations());
        assertEquals(300_000, new PasswordHasher(300_000, new SecureRandom()).iterations());
    }

    @Test
    void storedIterationCountIsHonouredAndOldHashesNeedRehash() throws Exception {
        byte[] salt = new byte[16];
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("oud wachtwoord!".toCharArray(), salt, 1000, 256)).getEncoded();
        String old = "pbkdf2-sha256$1000$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(hash);
        assertTrue(hasher.verify("oud wachtwoord!".toCharArray(), old));
        assertTrue(hasher.needsRehash(old));
        assertFalse(hasher.needsRehash(hasher.hash("x".toCharArray())));
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        char[] password = "whatever".toCharArray();
        assertFalse(hasher.verify(password, null));
        assertFalse(hasher.verify(password, ""));
        assertFalse(hasher.verify(password, "plain-text-password"));
        assertFalse(hasher.verify(password, "md5$1$abc$def"));
        assertFalse(hasher.verify(password, "pbkdf2-sha256$x$AAAA$AAAA"));
        assertFalse(hasher.verify(password, "pbkdf2-sha256$999999999$AAAA$AAAA"));
        assertFalse(hasher.verify(password, "pbkdf2-sha256$1000$!!!$AAAA"));
        assertFalse(hasher.verify(password, "pbkdf2-sha256$1000$AAAA$"));
    }

    @Test
    void decoyNeverMatches() {
        assertFalse(hasher.verifyDecoy("anything".toCharArray()));
    }
}
