package nl.wij.ihp.logic;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Normbedragen per m2 BVO, indexed to a year.
 * <p>
 * The amount for voorziening V in year Y is the amount of the latest year up to Y that has one,
 * multiplied by {@code 1 + index/100} for each later year up to Y that has an index (and no amount of
 * its own). Years without either are not indexed. Example (VNG model): 2023 EUR 2,847, index 2024
 * 12.72% gives 2024 EUR 3,209.14 (2,847 x 1.1272 = 3,209.1384), and 2025 without an index the same.
 * The result is rounded to cents once, at the end.
 */
public final class Normbedragen {

    private final List<Normbedrag> regels;

    public Normbedragen(List<Normbedrag> regels) {
        this.regels = regels.stream().sorted(Comparator.comparingInt(Normbedrag::jaar)).toList();
    }

    /** The amount per m2 for the voorziening in the year, or empty when no year up to it has an amount. */
    public Optional<BigDecimal> perM2(Voorziening voorziening, int jaar) {
        List<Normbedrag> eigen = regels.stream().filter(r -> r.voorziening() == voorziening && r.jaar() <= jaar).toList();
        Optional<Normbedrag> basis = eigen.stream().filter(r -> r.bedragPerM2() != null).reduce((a, b) -> b);
        if (basis.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal bedrag = basis.get().bedragPerM2();
        for (Normbedrag regel : eigen) {
            if (regel.jaar() > basis.get().jaar() && regel.indexProcent() != null) {
                bedrag = bedrag.multiply(BigDecimal.ONE.add(regel.indexProcent().divide(Bedragen.HONDERD)));
            }
        }
        return Optional.of(Bedragen.rond(bedrag));
    }

    /** A cost estimate: the project's own amount, else m2 times the indexed normbedrag; empty when neither is known. */
    public Optional<BigDecimal> raming(Voorziening voorziening, int jaar, BigDecimal m2, BigDecimal eigenRaming) {
        if (eigenRaming != null) {
            return Optional.of(Bedragen.rond(eigenRaming));
        }
        if (m2 == null) {
            return Optional.empty();
        }
        return perM2(voorziening, jaar).map(perM2 -> Bedragen.rond(perM2.multiply(m2)));
    }

    /**
     * One line: the amount per m2 of a voorziening in a year, or the index of that year against the
     * year before (when {@code bedragPerM2} is {@code null}).
     */
    public record Normbedrag(Voorziening voorziening, int jaar, BigDecimal bedragPerM2, BigDecimal indexProcent) {
    }
}
