package nl.wij.core.imports;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.wij.core.importer.ImportProblem;

/**
 * The outcome of importing one file.
 *
 * @param file the file's name
 * @param user the audit user of the import
 * @param kind the id of the file's kind ({@link ImportKind#id()}), or {@code null} when no importer
 *        recognised the file
 * @param peildatum the count date of a count file; {@code null} for a file without one or a refused file
 * @param encoding the encoding detected ({@code windows-1252}, {@code UTF-8 (BOM)}, ...) or the format
 *        ({@code xlsx}), or {@code null}
 * @param rows data rows read
 * @param records records read (for the vo count file: one per vestiging, onderwijstype and leerjaar)
 * @param classes per model class, in a fixed order, what was created, updated and left unchanged;
 *        empty when the file was refused
 * @param problems why the file was refused (each with file, line and column); empty when accepted
 * @param truncated reading stopped at the problem limit, so the file may have more problems
 * @param warnings things that were imported with a remark (e.g. an unknown onderwijsstructuur left out)
 * @param duration from the start of reading to the commit
 */
public record ImportReport(String file, String user, String kind, LocalDate peildatum, String encoding, long rows,
        long records, List<ClassCount> classes, List<ImportProblem> problems, boolean truncated,
        List<ImportProblem> warnings, Duration duration) {

    public ImportReport {
        classes = List.copyOf(classes);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /**
     * A report of a file that was refused: nothing was written.
     *
     * @param problems at least one, each with file, line and column
     */
    public static ImportReport refused(String file, String user, String kind, List<ImportProblem> problems,
            boolean truncated, Duration duration) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused file needs a problem");
        }
        return new ImportReport(file, user, kind, null, null, 0, 0, List.of(), problems, truncated, List.of(),
                duration);
    }

    /** Whether the file was written (it had no problems). */
    public boolean accepted() {
        return problems.isEmpty();
    }

    /** The counts of one class, if the file touched it. */
    public Optional<ClassCount> count(String eClass) {
        return classes.stream().filter(c -> c.eClass().equals(eClass)).findFirst();
    }

    /** Objects created, over all classes. */
    public int created() {
        return classes.stream().mapToInt(ClassCount::created).sum();
    }

    /** Objects updated, over all classes. */
    public int updated() {
        return classes.stream().mapToInt(ClassCount::updated).sum();
    }

    /** Objects left unchanged, over all classes. */
    public int unchanged() {
        return classes.stream().mapToInt(ClassCount::unchanged).sum();
    }
}
