package nl.wij.goab.logic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The yearly verantwoording of the uitkering (SiSa): per indicator the sum of one figure over the
 * measures whose kind the indicator covers. Which kinds and which figure belong to an indicator is
 * data (the model's {@code SisaIndicator}), because the SiSa annex can change per year.
 */
public final class Sisa {

    private Sisa() {
    }

    /** Which figure of a measure an indicator counts (the model's {@code Grootheid}). */
    public enum Grootheid {
        besteed, begroot, deelnemers, plaatsen
    }

    /**
     * One indicator of the mapping.
     *
     * @param soorten the measure kinds it covers, by the model's literals
     * @param vanafJaar first year it applies, or {@code null}
     * @param totJaar last year it applies, or {@code null}
     */
    public record Indicator(String code, String omschrijving, Set<String> soorten, Grootheid grootheid, Integer vanafJaar,
            Integer totJaar) {

        public Indicator {
            soorten = Set.copyOf(soorten);
        }

        public boolean geldtIn(int jaar) {
            return (vanafJaar == null || jaar >= vanafJaar) && (totJaar == null || jaar <= totJaar);
        }
    }

    /** A measure's figures in one year; any figure may be {@code null} when unknown. */
    public record Cijfers(String maatregel, String soort, int jaar, Integer plaatsen, Integer deelnemers,
            BigDecimal begroot, BigDecimal besteed) {

        BigDecimal waarde(Grootheid grootheid) {
            return switch (grootheid) {
                case besteed -> besteed;
                case begroot -> begroot;
                case deelnemers -> deelnemers == null ? null : BigDecimal.valueOf(deelnemers);
                case plaatsen -> plaatsen == null ? null : BigDecimal.valueOf(plaatsen);
            };
        }
    }

    /**
     * One line of the verantwoording.
     *
     * @param waarde the sum over the measures that have the figure
     * @param maatregelen the codes of the measures counted
     * @param onbekend the codes of measures of a covered kind whose figure is unknown
     */
    public record Waarde(Indicator indicator, BigDecimal waarde, List<String> maatregelen, List<String> onbekend) {
    }

    /** The verantwoording of {@code jaar}: one line per indicator that applies in that year, in the given order. */
    public static List<Waarde> verantwoording(int jaar, List<Indicator> indicatoren, List<Cijfers> cijfers) {
        List<Waarde> regels = new ArrayList<>();
        for (Indicator indicator : indicatoren) {
            if (!indicator.geldtIn(jaar)) {
                continue;
            }
            BigDecimal som = BigDecimal.ZERO;
            List<String> geteld = new ArrayList<>();
            List<String> onbekend = new ArrayList<>();
            for (Cijfers c : cijfers) {
                if (c.jaar() != jaar || !indicator.soorten().contains(c.soort())) {
                    continue;
                }
                BigDecimal waarde = c.waarde(indicator.grootheid());
                if (waarde == null) {
                    onbekend.add(c.maatregel());
                } else {
                    som = som.add(waarde);
                    geteld.add(c.maatregel());
                }
            }
            regels.add(new Waarde(indicator, som, geteld, onbekend));
        }
        return regels;
    }
}
