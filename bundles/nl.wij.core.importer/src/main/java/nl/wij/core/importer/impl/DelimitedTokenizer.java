package nl.wij.core.importer.impl;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits delimited text into records, streaming: it holds one buffer and one record, never the file.
 * <p>
 * RFC 4180 quoting: a field that starts with {@code "} runs to the next lone {@code "}, may contain the
 * separator and line breaks, and writes a quote as {@code ""}; after the closing quote only spaces and
 * then the separator or the end of the line may follow. A quote inside an unquoted field is kept as it
 * is. A stray opening quote would silently swallow the following rows into one field, so text after a
 * closing quote, a quoted field over {@value #MAX_LINES_IN_FIELD} lines and a record over
 * {@value #MAX_RECORD_CHARS} characters all stop reading with the line where the field began. Every field is trimmed, quoted or not (DUO pads blank fields with spaces). Line breaks are
 * LF, CRLF or CR; line numbers count physical lines, so a record with an embedded line break advances
 * the count by more than one.
 */
final class DelimitedTokenizer {

    /** Longest record (or header) accepted: far above any real row, low enough to stop a runaway quote. */
    static final int MAX_RECORD_CHARS = 1 << 20;
    /** Most line breaks one quoted field may hold; more means a stray quote is swallowing rows. */
    static final int MAX_LINES_IN_FIELD = 100;

    private static final char[] CANDIDATES = {';', '\t', ','};

    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private char separator = ';';
    private final List<String> fields = new ArrayList<>();
    private final List<String> view = Collections.unmodifiableList(fields);
    private final StringBuilder field = new StringBuilder(128);
    private long recordLine;

    DelimitedTokenizer(Reader in) {
        this.in = in;
    }

    /**
     * Chooses the separator from the first line: the candidate ({@code ;}, tab, {@code ,}) that occurs
     * most often outside quotes; on a tie the earlier one. Reads ahead without consuming.
     */
    char detectSeparator() throws IOException, FatalProblem {
        int[] counts = new int[CANDIDATES.length];
        boolean inQuotes = false;
        int i = pos;
        while (true) {
            if (i >= limit) {
                if (eof) {
                    break;
                }
                if (limit - pos >= MAX_RECORD_CHARS) {
                    throw new FatalProblem(1, -1, "de kopregel is langer dan " + MAX_RECORD_CHARS
                            + " tekens; dit is geen DUO-bestand", null);
                }
                if (limit == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
                int n = in.read(buf, limit, buf.length - limit);
                if (n < 0) {
                    eof = true;
                } else {
                    limit += n;
                }
                continue;
            }
            char c = buf[i++];
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        if (counts[best] == 0) {
            throw new FatalProblem(1, -1, "geen scheidingsteken gevonden: de kopregel bevat geen ; , of tab"
                    + " buiten aanhalingstekens", null);
        }
        separator = CANDIDATES[best];
        return separator;
    }

    /** The fields of the current record (trimmed); valid until the next call of {@link #next()}. */
    List<String> fields() {
        return view;
    }

    /** Physical line on which the current record starts. */
    long recordLine() {
        return recordLine;
    }

    /**
     * Reads the next record.
     *
     * @return {@code false} at the end of the file
     * @throws FatalProblem the file ends inside a quoted field, a record is absurdly long, or it has NUL
     *         characters
     */
    boolean next() throws IOException, FatalProblem {
        fields.clear();
        field.setLength(0);
        if (pos >= limit && !fill()) {
            return false;
        }
        recordLine = line;
        boolean inQuotes = false;
        boolean afterQuote = false;
        long quoteLine = 0;
        int chars = 0;
        while (true) {
            if (pos >= limit && !fill()) {
                if (inQuotes) {
                    throw new FatalProblem(recordLine, fields.size(), "het bestand houdt op binnen een veld tussen"
                            + " aanhalingstekens dat op regel " + quoteLine + " begint: het bestand is afgekapt of er"
                            + " ontbreekt een afsluitend \"", field.toString());
                }
                endField();
                return true;
            }
            char c = buf[pos++];
            if (++chars > MAX_RECORD_CHARS) {
                throw new FatalProblem(recordLine, fields.size(), inQuotes
                        ? "het veld tussen aanhalingstekens dat op regel " + quoteLine + " begint, is na "
                                + MAX_RECORD_CHARS + " tekens nog niet gesloten: er ontbreekt een afsluitend \""
                        : "regel is langer dan " + MAX_RECORD_CHARS + " tekens", null);
            }
            if (c == 0) {
                throw new FatalProblem(line, fields.size(), "geen tekstbestand: NUL-teken", null);
            }
            if (inQuotes) {
                if (c == '"') {
                    if (peek() == '"') {
                        pos++;
                        field.append('"');
                    } else {
                        inQuotes = false;
                        afterQuote = true;
                    }
                } else if (c == '\n' || c == '\r') {
                    line++;
                    if (c == '\r' && peek() == '\n') {
                        pos++;
                    }
                    field.append('\n');
                    if (line - quoteLine > MAX_LINES_IN_FIELD) {
                        throw new FatalProblem(recordLine, fields.size(), "het veld tussen aanhalingstekens dat op regel "
                                + quoteLine + " begint, loopt over meer dan " + MAX_LINES_IN_FIELD + " regels: er"
                                + " ontbreekt een afsluitend \" of er staat een losse \"", null);
                    }
                } else {
                    field.append(c);
                }
            } else if (c == separator) {
                afterQuote = false;
                endField();
            } else if (afterQuote && c != '\n' && c != '\r' && !Character.isWhitespace(c)) {
                throw new FatalProblem(recordLine, fields.size(), "na het afsluitende aanhalingsteken van het veld dat"
                        + " op regel " + quoteLine + " begint, staat '" + c + "' in plaats van een scheidingsteken;"
                        + " staat er een losse \" in een veld? (een \" binnen een veld schrijf je als \"\")",
                        field.toString());
            } else if (c == '\n') {
                line++;
                endField();
                return true;
            } else if (c == '\r') {
                line++;
                if (peek() == '\n') {
                    pos++;
                }
                endField();
                return true;
            } else if (c == '"' && isBlank(field)) {
                inQuotes = true;
                quoteLine = line;
                field.setLength(0);
            } else {
                chars += appendRun();
            }
        }
    }

    private void endField() {
        int start = 0;
        int end = field.length();
        while (start < end && Character.isWhitespace(field.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(field.charAt(end - 1))) {
            end--;
        }
        fields.add(start == end ? "" : field.substring(start, end));
        field.setLength(0);
    }

    /**
     * Appends the run of ordinary characters starting at {@code pos - 1} (already read as {@code c}) in
     * one call: everything up to the next separator, quote, line break or NUL within the buffer.
     *
     * @return how many characters were appended
     */
    private int appendRun() {
        int start = pos - 1;
        int end = pos;
        while (end < limit) {
            char c = buf[end];
            if (c == separator || c == '"' || c == '\n' || c == '\r' || c == 0) {
                break;
            }
            end++;
        }
        field.append(buf, start, end - start);
        pos = end;
        return end - start - 1;
    }

    private static boolean isBlank(StringBuilder text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int peek() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        while (limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                break;
            }
            if (n > 0) {
                limit += n;
                break;
            }
        }
        return pos < limit;
    }
}
