package nl.wij.core.imports;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One kind of file an {@link FileImporter} reads, as the upload view, {@code GET /api/import/kinds}
 * and {@code wij import --kind} show it.
 *
 * @param id stable id, lower case letters, digits and hyphens, starting with the module's short name
 *        for a module's kinds: {@code vestigingen-po}, {@code ihp-prognose-duo}, {@code goab-achterstandsscores}
 * @param label short Dutch name, e.g. {@code Vestigingen po} or {@code Achterstandsscores scholen (CBS)}
 * @param description one or two Dutch sentences: the source, the file as it is published, what it fills
 * @param extensions the file name extensions, lower case with the dot: {@code [".csv"]}, {@code [".xlsx"]};
 *        used for the upload's file chooser, never to decide the kind
 */
public record ImportKind(String id, String label, String description, List<String> extensions) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ImportKind {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(extensions, "extensions");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a kind id is lower case letters, digits and hyphens: '" + id + "'");
        }
        extensions = extensions.stream().map(e -> (e.startsWith(".") ? e : "." + e).toLowerCase(Locale.ROOT)).toList();
    }
}
