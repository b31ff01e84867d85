package nl.wij.platform.security.impl;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes in a self-describing format,
 * {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}, so the iteration count can be
 * raised later without invalidating stored hashes ({@link #needsRehash(String)}).
 */
final class PasswordHasher {

    /** OWASP Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA256. */
    static final int MIN_ITERATIONS = 210_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** Guards against a corrupted or hostile stored value that would make one login take hours. */
    private static final int MAX_ITERATIONS = 10_000_000;

    private final int iterations;
    private final SecureRandom random;
    /**
     * A stored value in the real format with a random salt and a random "hash": verifying against
     * it costs exactly what a real account costs and never matches. Random bytes instead of a hash
     * of a random password, so activation does not spend a full PBKDF2 run at start-up.
     */
    private final String decoy;

    /** @param iterations the work factor for new hashes; raised to {@link #MIN_ITERATIONS} if lower */
    PasswordHasher(int iterations, SecureRandom random) {
        this.iterations = Math.max(iterations, MIN_ITERATIONS);
        this.random = random;
        byte[] salt = new byte[SALT_BYTES];
        byte[] hash = new byte[HASH_BYTES];
        random.nextBytes(salt);
        random.nextBytes(hash);
        this.decoy = format(this.iterations, salt, hash);
    }

    int iterations() {
        return iterations;
    }

    String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return format(iterations, salt, derive(password, salt, iterations, HASH_BYTES));
    }

    private static String format(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + '$' + iterations + '$' + b64.encodeToString(salt) + '$' + b64.encodeToString(hash);
    }

    /** Whether the password matches; unknown or malformed stored values never match. */
    boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$", -1);
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            if (storedIterations < 1 || storedIterations > MAX_ITERATIONS) {
                return false;
            }
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] salt = b64.decode(parts[2]);
            byte[] expected = b64.decode(parts[3]);
            if (expected.length == 0) {
                return false;
            }
            byte[] actual = derive(password, salt, storedIterations, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /**
     * Spends the same work as {@link #verify} of a real account and always fails; used when the
     * account does not exist so response times do not reveal which names exist.
     */
    boolean verifyDecoy(char[] password) {
        verify(password, decoy);
        return false;
    }

    /** Whether a stored hash was made with fewer iterations than the current setting. */
    boolean needsRehash(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$", -1);
        try {
            return parts.length != 4 || !SCHEME.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int length) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, length * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // PBKDF2WithHmacSHA256 is required of every Java SE 8+ runtime.
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
