package nl.wij.core.importer.impl;

import java.util.ArrayList;
import java.util.List;

import nl.wij.core.importer.ImportException;
import nl.wij.core.importer.ImportProblem;

/** Collects the problems of one file, up to a limit. */
final class Problems {

    private final String file;
    private final int max;
    private final List<ImportProblem> found = new ArrayList<>();

    Problems(String file, int max) {
        this.file = file;
        this.max = max;
    }

    String file() {
        return file;
    }

    /** Adds a problem unless the limit is reached. */
    void add(long line, String column, int columnNumber, String message, String value) {
        if (found.size() < max) {
            found.add(new ImportProblem(file, line, column, columnNumber, message, value));
        }
    }

    /** A problem with the file as a whole. */
    void addFileProblem(String message) {
        add(0, null, 0, message, null);
    }

    boolean any() {
        return !found.isEmpty();
    }

    /** Whether the limit is reached: reading stops. */
    boolean full() {
        return found.size() >= max;
    }

    ImportException exception() {
        return new ImportException(found, full());
    }
}
