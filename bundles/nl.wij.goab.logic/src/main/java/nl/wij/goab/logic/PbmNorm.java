package nl.wij.goab.logic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The norm for the pedagogisch beleidsmedewerker VE: per locatie per calendar year at least
 * {@link Regel#pbmUrenPerPeuter} hours times the number of VE peuters placed at the locatie on 1
 * January of that year. Peuters who arrive after 1 January do not count for that year; the value of
 * the rule is the one valid on 1 January.
 */
public final class PbmNorm {

    private final Regelboek regels;

    public PbmNorm(Regelboek regels) {
        this.regels = regels;
    }

    /**
     * @param lrkNummer the locatie
     * @param jaar the calendar year
     * @param peuters the peuters placed at the locatie (at any time)
     * @param inzet PBM-VE hours deployed in the year, or {@code null} when not recorded
     */
    public Toets toets(String lrkNummer, int jaar, List<Peuterfeiten> peuters, BigDecimal inzet) {
        LocalDate eenJanuari = LocalDate.of(jaar, 1, 1);
        long aantal = peuters.stream().filter(p -> p.geplaatstOp(eenJanuari)).count();
        BigDecimal norm = regels.waarde(Regel.pbmUrenPerPeuter, eenJanuari).multiply(BigDecimal.valueOf(aantal));
        return new Toets(lrkNummer, jaar, (int) aantal, norm, inzet);
    }

    /**
     * @param lrkNummer the locatie
     * @param jaar the year
     * @param peutersOpEenJanuari VE peuters placed on 1 January
     * @param norm the required hours
     * @param inzet the recorded hours, or {@code null}
     */
    public record Toets(String lrkNummer, int jaar, int peutersOpEenJanuari, BigDecimal norm, BigDecimal inzet) {

        /** Whether the recorded hours meet the norm; a locatie without recorded hours meets it only when the norm is 0. */
        public boolean voldoet() {
            BigDecimal uren = inzet == null ? BigDecimal.ZERO : inzet;
            return uren.compareTo(norm) >= 0;
        }

        /** Hours short of the norm. */
        public BigDecimal tekort() {
            return norm.subtract(inzet == null ? BigDecimal.ZERO : inzet).max(BigDecimal.ZERO);
        }
    }
}
