package nl.wij.goab.logic;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of whole days, both ends inclusive (a holiday, a placement).
 *
 * @param van first day
 * @param tot last day, or {@code null} for open-ended
 */
public record Periode(LocalDate van, LocalDate tot) {

    public Periode {
        Objects.requireNonNull(van, "van");
        if (tot != null && tot.isBefore(van)) {
            throw new IllegalArgumentException("De periode eindigt (" + tot + ") voordat zij begint (" + van + ").");
        }
    }

    public boolean bevat(LocalDate dag) {
        return !dag.isBefore(van) && (tot == null || !dag.isAfter(tot));
    }
}
