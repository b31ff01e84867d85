package nl.wij.platform.security.impl;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable identifiers: random bytes from a {@link SecureRandom}, base64url without padding. */
final class RandomIds {

    private final SecureRandom random;

    RandomIds(SecureRandom random) {
        this.random = random;
    }

    /** {@code bytes} random bytes as base64url; 32 bytes give 43 characters (256 bits). */
    String next(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
