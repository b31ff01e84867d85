package nl.wij.ihp.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of areas, amounts and percentages: half-up to two decimals. */
final class Bedragen {

    static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    private Bedragen() {
    }

    static BigDecimal rond(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal nul(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
