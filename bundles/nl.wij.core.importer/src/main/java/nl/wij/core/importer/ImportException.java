package nl.wij.core.importer;

import java.util.List;

/**
 * A file could not be read completely and correctly; nothing from it may be written. Carries every
 * problem found, up to the limit in {@link ImportOptions#maxProblems()}; the message is a Dutch summary
 * naming the first ones.
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int PROBLEMS_IN_MESSAGE = 5;

    private final transient List<ImportProblem> problems;
    private final boolean truncated;

    /**
     * @param problems at least one problem
     * @param truncated whether reading stopped at the problem limit, so there may be more
     */
    public ImportException(List<ImportProblem> problems, boolean truncated) {
        super(summary(problems, truncated));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an ImportException needs a problem");
        }
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    /** One problem. */
    public ImportException(ImportProblem problem) {
        this(List.of(problem), false);
    }

    /** The problems, in the order found. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** Whether reading stopped at the problem limit, so the file may have more problems. */
    public boolean truncated() {
        return truncated;
    }

    private static String summary(List<ImportProblem> problems, boolean truncated) {
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (problems.size() == 1) {
            text.append(problems.get(0));
        } else {
            text.append(problems.size()).append(truncated ? " of meer" : "").append(" problemen in ")
                    .append(problems.get(0).file()).append(", er is niets ingelezen:");
            problems.stream().limit(PROBLEMS_IN_MESSAGE).forEach(p -> text.append("\n  ").append(p));
            if (problems.size() > PROBLEMS_IN_MESSAGE) {
                text.append("\n  ... en ").append(problems.size() - PROBLEMS_IN_MESSAGE).append(" andere");
            }
        }
        if (truncated) {
            text.append("\n(gestopt na ").append(problems.size()).append(" problemen)");
        }
        return text.toString();
    }
}
