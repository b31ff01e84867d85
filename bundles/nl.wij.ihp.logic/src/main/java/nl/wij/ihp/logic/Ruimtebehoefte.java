package nl.wij.ihp.logic;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The normatieve ruimtebehoefte of a vestiging under a verordening's norms.
 * <p>
 * Each group of pupils takes the norm of its onderwijstype (a norm whose categorie starts the
 * onderwijstype) or else of its soort. The need is the largest base among the norms used (one
 * vestiging has one base) plus, per group, the pupils times the norm's m2 per pupil. In the
 * basisonderwijs under the VNG model (base 200, 5.03 per pupil) 100 pupils need 200 + 503 = 703 m2 BVO.
 * When a group has no norm the need is unknown (empty): a partial figure would look like a surplus.
 */
public final class Ruimtebehoefte {

    private final List<Ruimtenorm> normen;

    public Ruimtebehoefte(List<Ruimtenorm> normen) {
        this.normen = List.copyOf(normen);
    }

    /** The need in m2 BVO, or empty when a group has no norm or there are no groups. */
    public Optional<BigDecimal> normatiefM2(List<Leerlinggroep> groepen) {
        if (groepen.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal basis = BigDecimal.ZERO;
        BigDecimal perLeerling = BigDecimal.ZERO;
        for (Leerlinggroep groep : groepen) {
            Optional<Ruimtenorm> norm = normVoor(groep);
            if (norm.isEmpty()) {
                return Optional.empty();
            }
            basis = basis.max(norm.get().basisM2());
            perLeerling = perLeerling.add(norm.get().perLeerlingM2().multiply(BigDecimal.valueOf(groep.aantal())));
        }
        return Optional.of(Bedragen.rond(basis.add(perLeerling)));
    }

    /** The norm a group falls under: its onderwijstype's, else its soort's. */
    public Optional<Ruimtenorm> normVoor(Leerlinggroep groep) {
        return normen.stream().filter(n -> n.geldtVoorType(groep.onderwijstype())).findFirst()
                .or(() -> normen.stream().filter(n -> n.geldtVoorSoort(groep.soort())).findFirst());
    }

    /**
     * The normative schoolyard in m2: {@code perLeerling} per pupil, at least {@code minimum}, at most
     * {@code maximum} (VNG model: 3 per pupil, 300 to 600). A missing bound does not apply.
     */
    public static BigDecimal schoolpleinM2(int leerlingen, BigDecimal perLeerling, BigDecimal minimum, BigDecimal maximum) {
        BigDecimal plein = Bedragen.nul(perLeerling).multiply(BigDecimal.valueOf(leerlingen));
        if (minimum != null) {
            plein = plein.max(minimum);
        }
        if (maximum != null) {
            plein = plein.min(maximum);
        }
        return Bedragen.rond(plein);
    }
}
