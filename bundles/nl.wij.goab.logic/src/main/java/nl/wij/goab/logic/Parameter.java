package nl.wij.goab.logic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a rule.
 *
 * @param regel the rule
 * @param waarde its value in the rule's unit
 * @param vanaf first day it is valid
 * @param tot last day it is valid (inclusive), or {@code null} while no newer value exists
 */
public record Parameter(Regel regel, BigDecimal waarde, LocalDate vanaf, LocalDate tot) {

    public Parameter {
        Objects.requireNonNull(regel, "regel");
        Objects.requireNonNull(waarde, "waarde");
        Objects.requireNonNull(vanaf, "vanaf");
    }

    /** Whether the value holds on {@code dag}. */
    public boolean geldtOp(LocalDate dag) {
        return !dag.isBefore(vanaf) && (tot == null || !dag.isAfter(tot));
    }
}
