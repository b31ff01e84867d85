package nl.wij.core.imports.impl.duo;

import java.util.ArrayList;
import java.util.List;

import nl.wij.core.importer.ImportProblem;

/**
 * What the mapping has to say about rows the reader accepted: warnings (the row is imported, a value
 * is left out) and problems (the file is refused). Both name file, line and column.
 */
final class Remarks {

    /** More warnings than this are counted, not kept. */
    static final int MAX_WARNINGS = 100;

    private final String file;
    private final int maxProblems;
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private long moreWarnings;

    Remarks(String file, int maxProblems) {
        this.file = file;
        this.maxProblems = maxProblems;
    }

    void warn(long line, String column, String message, String value) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(new ImportProblem(file, line, column, 0, message, value));
        } else {
            moreWarnings++;
        }
    }

    void problem(long line, String column, String message, String value) {
        ImportProblem last = problems.isEmpty() ? null : problems.get(problems.size() - 1);
        if (last != null && last.line() == line && java.util.Objects.equals(last.column(), column)
                && last.message().equals(message)) {
            return; // one row that gives several records (vo counts per leerjaar) is one problem
        }
        if (problems.size() < maxProblems) {
            problems.add(new ImportProblem(file, line, column, 0, message, value));
        }
    }

    boolean refused() {
        return !problems.isEmpty();
    }

    boolean full() {
        return problems.size() >= maxProblems;
    }

    List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    /** The warnings, with a last line counting those left out. */
    List<ImportProblem> warnings() {
        List<ImportProblem> all = new ArrayList<>(warnings);
        if (moreWarnings > 0) {
            all.add(new ImportProblem(file, 0, null, 0, "en nog " + moreWarnings + " andere opmerkingen", null));
        }
        return all;
    }
}
