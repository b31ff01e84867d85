package nl.wij.core.imports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who imports, and what the caller knows better than the file.
 *
 * @param user recorded in the audit trail of every change, e.g. {@code import:beheerder}; an
 *        importer passes it to {@code ModelStore.write}
 * @param kind the id of the file's kind ({@link ImportKind#id()}, e.g. {@code vestigingen-po}), or
 *        {@code null} to let the importers recognise it from the content
 * @param peildatum the count date, or {@code null} to take it from the file or its name (never today)
 */
public record ImportRequest(String user, String kind, LocalDate peildatum) {

    public ImportRequest {
        Objects.requireNonNull(user, "user");
        if (user.isBlank()) {
            throw new IllegalArgumentException("an import needs a user for the audit trail");
        }
        kind = kind == null || kind.isBlank() ? null : kind.strip();
    }

    /** The audit user of an import by an account: {@code import:<account>}. */
    public static ImportRequest by(String account) {
        return new ImportRequest("import:" + account, null, null);
    }

    public ImportRequest withKind(String newKind) {
        return new ImportRequest(user, newKind, peildatum);
    }

    public ImportRequest withPeildatum(LocalDate newPeildatum) {
        return new ImportRequest(user, kind, newPeildatum);
    }
}
