package nl.wij.ihp.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Compares available space with the normatieve ruimtebehoefte.
 * <p>
 * The difference is available minus need (negative is a shortage); the percentage is the
 * difference relative to what is available. A shortage is {@link Oordeel#TEKORT} when the need
 * exceeds the available space by <em>more than</em> the threshold (VNG model: 10%), so exactly 10%
 * is still {@link Oordeel#KRAP}; a surplus of more than the threshold is {@link Oordeel#OVERSCHOT}.
 * Without available space every need is a shortage of unknown percentage.
 */
public final class Capaciteitstoets {

    private final BigDecimal drempelProcent;

    /** @param drempelProcent the uitbreidingsdrempel in percent, e.g. 10 */
    public Capaciteitstoets(BigDecimal drempelProcent) {
        this.drempelProcent = Bedragen.nul(drempelProcent);
    }

    /**
     * @param normatiefM2 the need, or {@code null} when unknown
     * @param beschikbaarM2 the available m2 BVO, or {@code null} when unknown
     */
    public Uitkomst toets(BigDecimal normatiefM2, BigDecimal beschikbaarM2) {
        if (normatiefM2 == null || beschikbaarM2 == null) {
            return new Uitkomst(normatiefM2, beschikbaarM2, null, null, Oordeel.ONBEKEND);
        }
        BigDecimal verschil = Bedragen.rond(beschikbaarM2.subtract(normatiefM2));
        if (beschikbaarM2.signum() == 0) {
            return new Uitkomst(normatiefM2, beschikbaarM2, verschil, null,
                    normatiefM2.signum() > 0 ? Oordeel.TEKORT : Oordeel.PASSEND);
        }
        BigDecimal procent = verschil.multiply(Bedragen.HONDERD).divide(beschikbaarM2, 2, RoundingMode.HALF_UP);
        BigDecimal exact = verschil.multiply(Bedragen.HONDERD).divide(beschikbaarM2, 10, RoundingMode.HALF_UP);
        Oordeel oordeel;
        if (exact.negate().compareTo(drempelProcent) > 0) {
            oordeel = Oordeel.TEKORT;
        } else if (exact.signum() < 0) {
            oordeel = Oordeel.KRAP;
        } else if (exact.compareTo(drempelProcent) > 0) {
            oordeel = Oordeel.OVERSCHOT;
        } else {
            oordeel = Oordeel.PASSEND;
        }
        return new Uitkomst(normatiefM2, beschikbaarM2, verschil, procent, oordeel);
    }

    /**
     * @param normatiefM2 need in m2 BVO, or {@code null}
     * @param beschikbaarM2 available m2 BVO, or {@code null}
     * @param verschilM2 available minus need (negative: shortage), or {@code null}
     * @param verschilProcent the difference as a percentage of the available space, or {@code null}
     * @param oordeel the verdict
     */
    public record Uitkomst(BigDecimal normatiefM2, BigDecimal beschikbaarM2, BigDecimal verschilM2,
            BigDecimal verschilProcent, Oordeel oordeel) {
    }
}
