package nl.wij.core.importer;

import java.time.LocalDate;

/**
 * How to read a file. Start from {@link #defaults()}.
 *
 * @param kind the file kind, or {@code null} to recognise it from the header
 * @param peildatum the count date to use ({@code --peildatum}); when set it wins over a
 *        {@code PEILDATUM} column and over a year in the file name. {@code null}: take it from the file,
 *        else from its name, else fail. Never today's date.
 * @param maxBytesInMemory largest file {@link DuoReader#read(java.nio.file.Path, ImportOptions)} accepts
 *        (it keeps every record in memory); {@link DuoReader#stream} has no limit
 * @param maxProblems reading stops after this many problems
 */
public record ImportOptions(FileKind kind, LocalDate peildatum, long maxBytesInMemory, int maxProblems) {

    /** Default for {@link #maxBytesInMemory()}: 64 MB, about 18 times the largest DUO file used today. */
    public static final long DEFAULT_MAX_BYTES_IN_MEMORY = 64L * 1024 * 1024;
    /** Default for {@link #maxProblems()}. */
    public static final int DEFAULT_MAX_PROBLEMS = 50;

    public ImportOptions {
        if (maxBytesInMemory < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Recognise the kind, peildatum from the file, 64 MB, 50 problems. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, DEFAULT_MAX_BYTES_IN_MEMORY, DEFAULT_MAX_PROBLEMS);
    }

    public ImportOptions withKind(FileKind newKind) {
        return new ImportOptions(newKind, peildatum, maxBytesInMemory, maxProblems);
    }

    public ImportOptions withPeildatum(LocalDate newPeildatum) {
        return new ImportOptions(kind, newPeildatum, maxBytesInMemory, maxProblems);
    }

    public ImportOptions withMaxBytesInMemory(long newMax) {
        return new ImportOptions(kind, peildatum, newMax, maxProblems);
    }

    public ImportOptions withMaxProblems(int newMax) {
        return new ImportOptions(kind, peildatum, maxBytesInMemory, newMax);
    }
}
