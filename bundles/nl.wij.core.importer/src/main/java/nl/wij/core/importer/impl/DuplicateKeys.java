package nl.wij.core.importer.impl;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers the first line of every key seen in a file, to report a key that occurs twice, in about 24
 * bytes per key: keys are packed exactly into a {@code long} (BRIN6 in 23 bits, soort or onderwijstype
 * as a small dictionary index, peildatum as a day number) and kept in an open-addressing table. So a
 * 200 MB file of 600,000 vestigingen needs some 15 MB, not the 60 MB a map of strings would.
 */
final class DuplicateKeys {

    private static final long EMPTY = -1L;
    private static final int DAY_BITS = 18;
    private static final int DAY_OFFSET = 1 << 17;
    private static final int BRIN6_BITS = 23;

    private final Map<String, Integer> dictionary = new HashMap<>();
    private long[] keys = new long[1 << 10];
    private int[] lines = new int[1 << 10];
    private int size;

    DuplicateKeys() {
        Arrays.fill(keys, EMPTY);
    }

    /** A BRIN6 as a number below 2^23: digits, letters and digits in mixed radix 100 x 26 x 26 x 100. */
    static long brin6(String brin6) {
        int d1 = (brin6.charAt(0) - '0') * 10 + brin6.charAt(1) - '0';
        int l1 = brin6.charAt(2) - 'A';
        int l2 = brin6.charAt(3) - 'A';
        int d2 = (brin6.charAt(4) - '0') * 10 + brin6.charAt(5) - '0';
        return ((d1 * 26L + l1) * 26 + l2) * 100 + d2;
    }

    /** BRIN6, a dictionary-coded text (soort, onderwijstype) and a date, packed without loss. */
    long key(String brin6, String text, LocalDate date) {
        long day = date.toEpochDay() + DAY_OFFSET;
        if (day < 0 || day >= 1L << DAY_BITS) {
            throw new IllegalArgumentException("peildatum buiten bereik: " + date);
        }
        long code = dictionary.computeIfAbsent(text, t -> dictionary.size());
        return ((code << DAY_BITS | day) << BRIN6_BITS) | brin6(brin6);
    }

    /**
     * @return the line the key was first seen on, or 0 when it is new (it is then remembered)
     */
    long seen(long key, long line) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(key, keys.length);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return lines[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        lines[slot] = (int) Math.min(line, Integer.MAX_VALUE);
        size++;
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], keys.length);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    private static int slot(long key, int length) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & (length - 1);
    }
}
