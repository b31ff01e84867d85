package nl.wij.core.importer.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes Windows-1252, the superset of ISO-8859-1 that Dutch spreadsheets and DUO exports really use:
 * {@code alle-vestigingen-bo.csv} line 44 has byte 0x92, which is {@code ’} in Windows-1252 and an
 * invisible control character in ISO-8859-1. The five bytes Windows-1252 leaves undefined map to the
 * same code point as in ISO-8859-1 (as browsers do), so decoding never fails.
 */
final class Windows1252Reader extends Reader {

    private static final char[] HIGH = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    };

    private final InputStream in;
    private byte[] bytes = new byte[0];

    Windows1252Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (bytes.length < length) {
            bytes = new byte[length];
        }
        int n = in.read(bytes, 0, length);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            chars[offset + i] = b >= 0x80 && b < 0xA0 ? HIGH[b - 0x80] : (char) b;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
