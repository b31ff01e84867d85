package nl.wij.goab.logic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dated values of the rules, as the gemeente keeps them. When two values of one rule are
 * valid on the same day, the one that started last wins (a new value without an end date on the
 * old one replaces it from its first day).
 */
public final class Regelboek {

    private final List<Parameter> parameters;

    public Regelboek(List<Parameter> parameters) {
        this.parameters = parameters.stream().sorted(Comparator.comparing(Parameter::vanaf).reversed()).toList();
    }

    /** The value of {@code regel} on {@code dag}, if one is valid then. */
    public Optional<BigDecimal> zoek(Regel regel, LocalDate dag) {
        return parameters.stream().filter(p -> p.regel() == regel && p.geldtOp(dag)).map(Parameter::waarde).findFirst();
    }

    /**
     * The value of {@code regel} on {@code dag}.
     *
     * @throws OntbrekendeRegel when none is valid on that day
     */
    public BigDecimal waarde(Regel regel, LocalDate dag) {
        return zoek(regel, dag).orElseThrow(() -> new OntbrekendeRegel(regel, dag));
    }

    /** {@link #waarde} as a whole number (months, hours). */
    public int geheel(Regel regel, LocalDate dag) {
        return waarde(regel, dag).intValueExact();
    }

    /** All values, newest first. */
    public List<Parameter> parameters() {
        return parameters;
    }
}
