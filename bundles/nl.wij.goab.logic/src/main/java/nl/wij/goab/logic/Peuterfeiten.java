package nl.wij.goab.logic;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the rules need to know of one peuter (no name, no BSN: the pseudonymous code).
 *
 * @param code the peuter's pseudonymous code
 * @param wijk the wijk code, or {@code null} when unknown
 * @param geboren birth date
 * @param indicatie day of the VE indicatie, or {@code null} without indicatie
 * @param plaatsing the placement at a VE-locatie, or {@code null} when not placed
 * @param locatie the LRK number of the locatie, or {@code null} when not placed
 */
public record Peuterfeiten(String code, String wijk, LocalDate geboren, LocalDate indicatie, Periode plaatsing,
        String locatie) {

    public Peuterfeiten {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(geboren, "geboren");
    }

    /** Whether the peuter is placed on {@code dag}. */
    public boolean geplaatstOp(LocalDate dag) {
        return plaatsing != null && plaatsing.bevat(dag);
    }

    /** Whether the peuter has an indicatie given on or before {@code dag}. */
    public boolean geindiceerdOp(LocalDate dag) {
        return indicatie != null && !indicatie.isAfter(dag);
    }
}
