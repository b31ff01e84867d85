package nl.wij.platform.security.impl;

import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * Random passwords for the first {@code beheerder}: 20 characters from an alphabet without
 * look-alikes (no 0/O, 1/l/I), about 116 bits of entropy, easy to type from a log line.
 */
final class PasswordGenerator implements Supplier<String> {

    static final int LENGTH = 20;
    static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random;

    PasswordGenerator(SecureRandom random) {
        this.random = random;
    }

    @Override
    public String get() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
