package nl.wij.core.imports;

import java.time.Instant;

/**
 * An import the service ran or runs.
 *
 * @param id increasing number since the service started
 * @param file the file's name
 * @param user the audit user
 * @param started when reading began
 * @param state where it is
 * @param records records handed to the store so far (grows while {@link State#BEZIG})
 * @param report the report once finished ({@link State#INGELEZEN} or {@link State#GEWEIGERD}), else {@code null}
 * @param failure the Dutch reason when {@link State#MISLUKT}, else {@code null}
 */
public record ImportStatus(long id, String file, String user, Instant started, State state, long records,
        ImportReport report, String failure) {

    /** The states of an import. */
    public enum State {
        /** Waiting for another import to finish. */
        WACHT,
        /** Reading and writing; nothing is visible to others until the commit. */
        BEZIG,
        /** Written completely. */
        INGELEZEN,
        /** The file had problems; nothing was written. */
        GEWEIGERD,
        /** The store failed; nothing was written. */
        MISLUKT
    }
}
