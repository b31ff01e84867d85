package nl.wij.platform.security.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The bearer secret {@code wij_<id>_<random>}: {@code id} is the token's public id, 8 base64url
 * characters (48 random bits), {@code random} is 32 random bytes as base64url (43 characters).
 * Base64url may itself contain {@code _}, so a secret is split by position, not by separator.
 */
record TokenSecret(String id, String value) {

    static final String PREFIX = "wij_";
    static final int ID_LENGTH = 8;
    static final int ID_BYTES = 6;
    static final int RANDOM_BYTES = 32;
    static final int RANDOM_LENGTH = 43;
    static final int LENGTH = PREFIX.length() + ID_LENGTH + 1 + RANDOM_LENGTH;

    static TokenSecret generate(RandomIds ids) {
        String id = ids.next(ID_BYTES);
        return new TokenSecret(id, PREFIX + id + '_' + ids.next(RANDOM_BYTES));
    }

    /** The secret, if the text has the shape of one; nothing is looked up. */
    static Optional<TokenSecret> parse(String text) {
        if (text == null || text.length() != LENGTH || !text.startsWith(PREFIX)
                || text.charAt(PREFIX.length() + ID_LENGTH) != '_') {
            return Optional.empty();
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean base64url = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
                    || c == '_';
            if (!base64url) {
                return Optional.empty();
            }
        }
        return Optional.of(new TokenSecret(text.substring(PREFIX.length(), PREFIX.length() + ID_LENGTH), text));
    }

    /**
     * SHA-256 of the whole secret, in hex. A fast hash is enough here, unlike for passwords: the
     * secret carries 256 random bits, so a stolen hash cannot be reversed by guessing, and a fast
     * hash keeps per-request bearer verification cheap.
     */
    String hash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Constant-time comparison with a stored hash. */
    boolean matches(String storedHash) {
        return storedHash != null && MessageDigest.isEqual(hash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "TokenSecret[" + id + "]";
    }
}
