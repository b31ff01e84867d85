package nl.wij.goab.logic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How many hours of voorschoolse educatie a peuter's placement can reach within the VE window: from
 * the start age ({@link Regel#veStartleeftijdMaanden}, 30 months) for {@link Regel#vePeriodeMaanden}
 * (18 months, so up to the 4th birthday), counting school days of the placement, at most
 * {@link Regel#veMaximumUrenPerDag} hours a day, no days in a holiday. The rules are read as valid on
 * the first day of the placement.
 */
public final class VeUren {

    private final Regelboek regels;

    public VeUren(Regelboek regels) {
        this.regels = regels;
    }

    /**
     * The hours reachable by the placement.
     *
     * @param geboren birth date
     * @param plaatsing the placement: first day, last day or {@code null} when it runs on
     * @param rooster planned hours per weekday
     * @param vakanties holidays in which no VE is given
     */
    public Raming raming(LocalDate geboren, Periode plaatsing, Weekrooster rooster, List<Periode> vakanties) {
        LocalDate peildag = plaatsing.van();
        int start = regels.geheel(Regel.veStartleeftijdMaanden, peildag);
        int periode = regels.geheel(Regel.vePeriodeMaanden, peildag);
        BigDecimal maximumPerDag = regels.waarde(Regel.veMaximumUrenPerDag, peildag);
        BigDecimal minimum = regels.waarde(Regel.veMinimumUren, peildag);

        LocalDate vensterVan = geboren.plusMonths(start);
        LocalDate vensterTot = vensterVan.plusMonths(periode); // exclusive: the day the window closes
        LocalDate eerste = max(plaatsing.van(), vensterVan);
        LocalDate naLaatste = plaatsing.tot() == null ? vensterTot : min(plaatsing.tot().plusDays(1), vensterTot);

        BigDecimal geteld = BigDecimal.ZERO;
        BigDecimal nietGeteld = BigDecimal.ZERO;
        int dagen = 0;
        for (LocalDate dag = eerste; dag.isBefore(naLaatste); dag = dag.plusDays(1)) {
            BigDecimal gepland = rooster.uren(dag.getDayOfWeek());
            if (gepland.signum() == 0 || inVakantie(dag, vakanties)) {
                continue;
            }
            BigDecimal telt = gepland.min(maximumPerDag);
            geteld = geteld.add(telt);
            nietGeteld = nietGeteld.add(gepland.subtract(telt));
            dagen++;
        }
        return new Raming(vensterVan, vensterTot.minusDays(1), geteld, nietGeteld, dagen, minimum);
    }

    private static boolean inVakantie(LocalDate dag, List<Periode> vakanties) {
        return vakanties.stream().anyMatch(v -> v.bevat(dag));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The outcome for one placement.
     *
     * @param vensterVan first day of the VE window (the peuter is 2.5)
     * @param vensterTot last day of the window (the day before the 4th birthday)
     * @param uren hours that count
     * @param urenNietGeteld planned hours above the daily maximum, which do not count
     * @param dagen days with VE in the window
     * @param minimum the hours the peuter must be able to reach
     */
    public record Raming(LocalDate vensterVan, LocalDate vensterTot, BigDecimal uren, BigDecimal urenNietGeteld,
            int dagen, BigDecimal minimum) {

        /** Whether the counted hours reach the minimum. */
        public boolean haalbaar() {
            return uren.compareTo(minimum) >= 0;
        }

        /** Hours short of the minimum (0 when it is reached). */
        public BigDecimal tekort() {
            return minimum.subtract(uren).max(BigDecimal.ZERO);
        }
    }
}
