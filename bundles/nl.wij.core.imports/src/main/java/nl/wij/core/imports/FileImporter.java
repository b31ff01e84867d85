package nl.wij.core.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's reader for one or more kinds of file, registered as a Declarative Services component
 * ({@code @Component(service = FileImporter.class)}). The {@link ImportService} lists the kinds of
 * every importer present ({@code GET /api/import/kinds}, the upload view, {@code wij import --kind}),
 * asks the importers which kind a file is when the user does not say, and hands the file to the
 * importer of that kind. Importers come and go with their bundles; the service runs one import at a
 * time, keeps the status log and reports progress, so an importer only reads and writes.
 * <p>
 * The rules an importer keeps:
 * <ul>
 *   <li><b>One transaction.</b> {@link #importFile} writes the whole file in one
 *       {@code ModelStore.write} unit of work. A file with any problem writes nothing: throw out of the
 *       unit of work so the store rolls back, and return a report with the problems.</li>
 *   <li><b>Problems name file, line and column.</b> Every problem is an
 *       {@link nl.wij.core.importer.ImportProblem} with the file's name, the 1-based line (0 for the
 *       file as a whole), the column as the file's header spells it (or the sheet and cell for a
 *       spreadsheet), and a Dutch message a beleidsmedewerker can act on.</li>
 *   <li><b>Problems in the file never throw.</b> They are the report's; an {@link ImportFailure} is
 *       for a reason outside the file (the store or the database failed), with nothing written.</li>
 *   <li><b>Kind ids are stable</b> and prefixed with the module's short name
 *       ({@code ihp-prognose-duo}, {@code goab-achterstandsscores}): users type them after
 *       {@code --kind} and scripts send them as {@code X-Import-Kind}.</li>
 * </ul>
 */
@ConsumerType
public interface FileImporter {

    /** The kinds of file this importer reads; at least one, ids unique among all importers. */
    List<ImportKind> kinds();

    /**
     * The kind id of this file if its content (header, sheet names) shows it is one of this
     * importer's kinds; reads only the start of the file. Empty when the file is not one of them
     * (also when it is not the importer's format at all, e.g. a CSV for a spreadsheet importer).
     *
     * @throws IOException when the file cannot be read
     */
    Optional<String> recognise(Path file) throws IOException;

    /**
     * Reads the whole file as {@code kind} and writes it in ONE {@code ModelStore.write} transaction:
     * a file with any problem writes nothing and gets a report with problems (file, line, column).
     *
     * @param file the file; its name ({@code file.getFileName()}) is the name to use in the report and
     *        its problems (an upload keeps the user's file name)
     * @param kind one of the ids of {@link #kinds()}: recognised by {@link #recognise} or chosen by the user
     * @param request the audit user for {@code ModelStore.write}, and the peildatum when the user gave one
     * @param progress to be told the number of records handled so far, every thousand or so
     * @return the report: {@link ImportReport#kind()} is {@code kind}; accepted when written completely
     * @throws ImportFailure when the store refuses or fails; nothing was written
     */
    ImportReport importFile(Path file, String kind, ImportRequest request, ImportProgress progress);
}
