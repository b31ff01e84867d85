package nl.wij.core.importer.impl;

/** A problem after which the rest of the file cannot be read meaningfully (encoding, garbage, cut-off quote). */
final class FatalProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final int fieldIndex;
    private final String value;

    /**
     * @param line physical line, 0 for the whole file
     * @param fieldIndex 0-based field the problem is in, or -1
     * @param message Dutch
     * @param value offending text or {@code null}
     */
    FatalProblem(long line, int fieldIndex, String message, String value) {
        super(message, null, false, false);
        this.line = line;
        this.fieldIndex = fieldIndex;
        this.value = value;
    }

    long line() {
        return line;
    }

    int fieldIndex() {
        return fieldIndex;
    }

    String value() {
        return value;
    }
}
