package nl.wij.core.imports;

import java.time.LocalDate;
import java.util.Objects;

import nl.wij.core.importer.FileKind;

/**
 * Who imports, and what the caller knows better than the file.
 *
 * @param user recorded in the audit trail of every change, e.g. {@code import:beheerder}
 * @param kind the file kind, or {@code null} to recognise it from the header
 * @param peildatum the count date, or {@code null} to take it from the file or its name (never today)
 */
public record ImportRequest(String user, FileKind kind, LocalDate peildatum) {

    public ImportRequest {
        Objects.requireNonNull(user, "user");
        if (user.isBlank()) {
            throw new IllegalArgumentException("an import needs a user for the audit trail");
        }
    }

    /** The audit user of an import by an account: {@code import:<account>}. */
    public static ImportRequest by(String account) {
        return new ImportRequest("import:" + account, null, null);
    }

    public ImportRequest withKind(FileKind newKind) {
        return new ImportRequest(user, newKind, peildatum);
    }

    public ImportRequest withPeildatum(LocalDate newPeildatum) {
        return new ImportRequest(user, kind, newPeildatum);
    }
}
