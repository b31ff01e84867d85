package nl.wij.goab.logic;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;

/**
 * Planned hours of voorschoolse educatie per weekday, Monday to Friday (the model's
 * {@code urenPerDag}: five values). Weekends never count.
 */
public record Weekrooster(List<BigDecimal> urenPerDag) {

    /** Hours in a day. */
    private static final BigDecimal DAG = BigDecimal.valueOf(24);

    public Weekrooster {
        urenPerDag = List.copyOf(urenPerDag);
        if (urenPerDag.size() != 5) {
            throw new IllegalArgumentException("Een weekrooster heeft vijf waarden, maandag tot en met vrijdag; gekregen: "
                    + urenPerDag.size() + ".");
        }
        for (BigDecimal uren : urenPerDag) {
            if (uren.signum() < 0 || uren.compareTo(DAG) > 0) {
                throw new IllegalArgumentException("Uren per dag moeten tussen 0 en 24 liggen; gekregen: "
                        + uren.toPlainString() + ".");
            }
        }
    }

    /** A rooster from five numbers, Monday first. */
    public static Weekrooster van(double... uren) {
        return new Weekrooster(java.util.Arrays.stream(uren).mapToObj(BigDecimal::valueOf).toList());
    }

    /** Planned hours on this day of the week (0 on Saturday and Sunday). */
    public BigDecimal uren(DayOfWeek dag) {
        return dag.getValue() > 5 ? BigDecimal.ZERO : urenPerDag.get(dag.getValue() - 1);
    }

    /** Planned hours in a whole week. */
    public BigDecimal urenPerWeek() {
        return urenPerDag.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
