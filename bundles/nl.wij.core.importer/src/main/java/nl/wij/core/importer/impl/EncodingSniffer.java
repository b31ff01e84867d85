package nl.wij.core.importer.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides a file's encoding in one pass over its bytes, and refuses what is not text.
 * <p>
 * A byte-order mark wins: {@code EF BB BF} is UTF-8 (and then every byte must be valid UTF-8),
 * {@code FF FE}/{@code FE FF} UTF-16. Without one, bytes that are entirely valid (strict) UTF-8 are
 * UTF-8, anything else Windows-1252; pure ASCII is both. A file that mixes valid multi-byte UTF-8
 * sequences with bytes that are not UTF-8 (two exports pasted together) is refused, because either
 * reading garbles part of it. (Windows-1252 text only forms a valid multi-byte sequence with unusual
 * pairs such as {@code Ã©}; none of the DUO files has one.) Not text: a zip/xlsx signature, a NUL byte, or more than 1% control
 * characters other than tab, line feed, form feed and carriage return.
 * <p>
 * The whole file is scanned (a Latin-1 {@code ë} may first appear on line 100,000); at memory speed this
 * costs a few tenths of a second for 200 MB and no memory.
 */
final class EncodingSniffer {

    private static final int BUFFER = 1 << 16;
    private static final int CONTROL_PERCENT_LIMIT = 1;

    private EncodingSniffer() {
    }

    static TextEncoding sniff(Path file) throws IOException, FatalProblem {
        try (InputStream in = Files.newInputStream(file)) {
            return new Scan().run(in);
        }
    }

    /** The encoding of the bytes of the stream (read to its end, not closed). */
    static TextEncoding sniff(InputStream in) throws IOException, FatalProblem {
        return new Scan().run(in);
    }

    /** The state of one scan. */
    private static final class Scan {
        private long total;
        private long controls;
        private long line = 1;
        private long firstNulLine;
        private long firstInvalidLine;
        private long firstMultibyteLine;
        private int need;
        private int lo = 0x80;
        private int hi = 0xBF;

        TextEncoding run(InputStream in) throws IOException, FatalProblem {
            byte[] buf = new byte[BUFFER];
            int n = in.readNBytes(buf, 0, buf.length);
            if (n == 0) {
                throw new FatalProblem(0, -1, "het bestand is leeg", null);
            }
            int start = 0;
            TextEncoding bom = null;
            if (n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                bom = TextEncoding.UTF_8_BOM;
                start = 3;
            } else if (n >= 2 && (buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE) {
                return TextEncoding.UTF_16LE_BOM;
            } else if (n >= 2 && (buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF) {
                return TextEncoding.UTF_16BE_BOM;
            } else if (n >= 4 && buf[0] == 'P' && buf[1] == 'K' && buf[2] == 3 && buf[3] == 4) {
                throw new FatalProblem(0, -1, "geen tekstbestand: dit is een zip- of Excel-bestand (.xlsx);"
                        + " sla het op als CSV", null);
            }
            while (n > 0) {
                scan(buf, start, n);
                start = 0;
                n = in.read(buf);
            }
            if (need > 0) {
                invalid(); // ends inside a multi-byte sequence
            }
            if (total == 0) {
                throw new FatalProblem(0, -1, "het bestand is leeg (alleen een UTF-8-kenmerk)", null);
            }
            if (firstNulLine > 0) {
                throw new FatalProblem(firstNulLine, -1, "geen tekstbestand: het bevat NUL-bytes (binair bestand,"
                        + " of UTF-16 zonder kenmerk); sla het op als CSV in UTF-8", null);
            }
            if (controls * 100 > total * CONTROL_PERCENT_LIMIT) {
                throw new FatalProblem(0, -1, "geen tekstbestand: " + controls + " van de " + total
                        + " bytes zijn stuurtekens", null);
            }
            if (bom != null) {
                if (firstInvalidLine > 0) {
                    throw new FatalProblem(firstInvalidLine, -1, "verkeerde codering: het bestand begint met een"
                            + " UTF-8-kenmerk (BOM) maar bevat bytes die geen UTF-8 zijn (vanaf deze regel);"
                            + " sla het opnieuw op als UTF-8", null);
                }
                return bom;
            }
            if (firstInvalidLine == 0) {
                return TextEncoding.UTF_8;
            }
            if (firstMultibyteLine > 0) {
                throw new FatalProblem(firstInvalidLine, -1, "gemengde codering: regel " + firstMultibyteLine
                        + " is UTF-8, deze regel niet (Windows-1252/ISO-8859-1); sla het bestand in één codering op",
                        null);
            }
            return TextEncoding.WINDOWS_1252;
        }

        private void scan(byte[] buf, int from, int to) {
            total += to - from;
            for (int i = from; i < to; i++) {
                int b = buf[i] & 0xFF;
                if (b < 0x20) {
                    if (b == '\n') {
                        line++;
                    } else if (b == 0) {
                        if (firstNulLine == 0) {
                            firstNulLine = line;
                        }
                        controls++;
                    } else if (b != '\r' && b != '\t' && b != '\f') {
                        controls++;
                    }
                }
                utf8(b);
            }
        }

        private void invalid() {
            if (firstInvalidLine == 0) {
                firstInvalidLine = line;
            }
        }

        /** One step of a strict UTF-8 validator (no overlong forms, no surrogates, nothing above U+10FFFF). */
        private void utf8(int b) {
            if (need == 0) {
                if (b < 0x80) {
                    return;
                }
                lo = 0x80;
                hi = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                } else if (b == 0xE0) {
                    need = 2;
                    lo = 0xA0;
                } else if (b >= 0xE1 && b <= 0xEF) {
                    need = 2;
                    if (b == 0xED) {
                        hi = 0x9F;
                    }
                } else if (b == 0xF0) {
                    need = 3;
                    lo = 0x90;
                } else if (b >= 0xF1 && b <= 0xF4) {
                    need = 3;
                    if (b == 0xF4) {
                        hi = 0x8F;
                    }
                } else {
                    invalid();
                }
                return;
            }
            if (b < lo || b > hi) {
                invalid();
                need = 0;
                utf8(b); // the byte may start the next sequence
                return;
            }
            lo = 0x80;
            hi = 0xBF;
            if (--need == 0 && firstMultibyteLine == 0) {
                firstMultibyteLine = line;
            }
        }
    }
}
