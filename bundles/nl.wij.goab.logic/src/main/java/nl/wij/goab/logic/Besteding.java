package nl.wij.goab.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Budgeted against spent for one measure in one year.
 *
 * @param maatregel the measure's code
 * @param jaar the year
 * @param begroot budgeted amount, or {@code null}
 * @param besteed spent amount, or {@code null} while unknown
 */
public record Besteding(String maatregel, int jaar, BigDecimal begroot, BigDecimal besteed) {

    /** How spending relates to the budget. */
    public enum Stand {
        /** Spent more than budgeted. */
        OVERBESTEED,
        /** Spent less than budgeted. */
        ONDERBESTEED,
        /** Spent exactly the budget. */
        BINNEN_BEGROTING,
        /** Budget or spending not known. */
        ONBEKEND
    }

    public Stand stand() {
        if (begroot == null || besteed == null) {
            return Stand.ONBEKEND;
        }
        int vergelijk = besteed.compareTo(begroot);
        return vergelijk > 0 ? Stand.OVERBESTEED : vergelijk < 0 ? Stand.ONDERBESTEED : Stand.BINNEN_BEGROTING;
    }

    /** Spent minus budgeted (positive: overspent), or {@code null} when either is unknown. */
    public BigDecimal verschil() {
        return begroot == null || besteed == null ? null : besteed.subtract(begroot);
    }

    /** Spent as a percentage of the budget (one decimal), or {@code null}. */
    public BigDecimal percentage() {
        return begroot == null || besteed == null || begroot.signum() == 0 ? null
                : besteed.multiply(BigDecimal.valueOf(100)).divide(begroot, 1, RoundingMode.HALF_UP);
    }
}
