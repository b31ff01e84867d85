package nl.wij.core.imports;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports files into the model store through the {@link FileImporter}s present, one transaction per
 * file. Imports run one at a time; a second caller waits for the first.
 */
@ProviderType
public interface ImportService {

    /**
     * Reads {@code file} with the importer of its kind and writes its content in one store transaction.
     * <p>
     * The kind is {@link ImportRequest#kind()} when given (an id no importer present offers is refused
     * with a Dutch message listing the kinds there are); otherwise the importers recognise it from the
     * content ({@link FileImporter#recognise}); a file no importer recognises, or more than one
     * does, is refused with a message asking for the kind.
     * <p>
     * Problems in the file never throw: the report then lists them ({@link ImportReport#accepted()}
     * is false) and nothing was written. The file's own name is used in messages and, for a count
     * file without a peildatum column, to find the peildatum ({@code ...-2019.csv} is 1 October 2019)
     * unless the request gives one.
     *
     * @throws ImportFailure when the store refuses or fails (database down, model not available), or the
     *         importer failed or left while reading; nothing was written
     */
    ImportReport importFile(Path file, ImportRequest request);

    /** The kinds of all importers present now, ordered by label. */
    List<ImportKind> kinds();

    /** The imports since the service started, newest first, the running one included (at most a few dozen). */
    List<ImportStatus> recent();
}
