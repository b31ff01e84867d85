package nl.wij.core.importer;

import java.util.Objects;

/**
 * A region the vestiging's gemeente belongs to, as the vestigingen file states it.
 *
 * @param type which kind of region
 * @param code DUO's region code; all-digit codes are normalised to at least two digits ({@code 8} and
 *        {@code 08} are the same region), see {@link Codes#regioCode(String)}
 * @param naam the region's name in the file, or {@code null} when the file has no name column
 */
public record RegioRecord(RegioType type, String code, String naam) {

    public RegioRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
    }
}
