package nl.wij.core.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads one DUO file into records. Registered as an OSGi service; outside a framework use
 * {@link DuoReaders#create()}.
 * <p>
 * A file is all or nothing: a problem anywhere (encoding, missing column, a value that is not what the
 * column promises, a row with the wrong number of fields, a file cut off inside a quoted field) makes
 * the whole file fail with an {@link ImportException} that lists the problems, each naming file, line and
 * column. The encoding (UTF-8 with or without BOM, otherwise Windows-1252/ISO-8859-1), the separator
 * ({@code ;}, {@code ,} or tab) and the header spelling are detected, never configured.
 * <p>
 * Memory: {@link #stream} holds one row at a time plus, per file, the keys already seen (to report
 * duplicates; about 24 bytes per vestiging or count), so it reads files of any realistic size: 200 MB
 * of vestigingen streams in a 64 MB heap.
 * {@link #read} keeps all records and therefore refuses, before reading, a file larger than
 * {@link ImportOptions#maxBytesInMemory()}.
 */
@ProviderType
public interface DuoReader {

    /** The kind of the file, recognised from its header. */
    FileKind detect(Path file) throws ImportException;

    /**
     * The kind of the file if its header is that of one of the four kinds, reading only the start of
     * the file (unlike {@link #detect}, which checks the encoding of the whole file). Empty for any
     * other file, also one that is not text (a spreadsheet, a binary file).
     *
     * @throws IOException when the file cannot be read
     */
    Optional<FileKind> recognise(Path file) throws IOException;

    /**
     * Reads the whole file and returns every record, or throws.
     *
     * @throws ImportException the problems found, or the file is larger than
     *         {@link ImportOptions#maxBytesInMemory()}
     */
    ImportResult read(Path file, ImportOptions options) throws ImportException;

    /**
     * Reads the file in one pass, handing each record to {@code sink} as soon as it is complete. Once a
     * problem is found no more records are handed over, but reading goes on to collect further problems
     * (up to {@link ImportOptions#maxProblems()}); then the problems are thrown. A caller that writes
     * inside {@code sink} must therefore do so in a transaction it rolls back on {@link ImportException}
     * (or first run {@code stream} with a sink that ignores the records, to validate).
     *
     * @return what was read, when there was no problem
     */
    ImportSummary stream(Path file, ImportOptions options, Consumer<? super DuoRecord> sink) throws ImportException;
}
