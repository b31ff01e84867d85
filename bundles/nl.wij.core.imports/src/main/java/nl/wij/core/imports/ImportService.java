package nl.wij.core.imports;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports DUO files into the model store, one transaction per file. Imports run one at a time; a
 * second caller waits for the first.
 */
@ProviderType
public interface ImportService {

    /**
     * Reads {@code file} and writes its content in one store transaction.
     * <p>
     * Problems in the file never throw: the report then lists them ({@link ImportReport#accepted()}
     * is false) and nothing was written. The file's own name is used in messages and, for a count
     * file without a peildatum column, to find the peildatum ({@code ...-2019.csv} is 1 October 2019)
     * unless the request gives one.
     *
     * @throws ImportFailure when the store refuses or fails (database down, model not available);
     *         nothing was written
     */
    ImportReport importFile(Path file, ImportRequest request);

    /** The imports since the service started, newest first, the running one included (at most a few dozen). */
    List<ImportStatus> recent();
}
