package nl.wij.ihp.logic;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of a verordening's space norms: a base per vestiging plus an area per pupil, for a
 * {@code categorie} that is a soort onderwijs ({@code bo}, {@code sbo}, {@code so}, {@code vso},
 * {@code vo}) or the start of a vo onderwijstype as DUO writes it ({@code HAVO}, {@code Praktijkonderwijs}).
 *
 * @param categorie what the norm applies to
 * @param basisM2 the fixed base per vestiging in m2 BVO ({@code null} is none)
 * @param perLeerlingM2 m2 BVO per pupil
 */
public record Ruimtenorm(String categorie, BigDecimal basisM2, BigDecimal perLeerlingM2) {

    public Ruimtenorm {
        Objects.requireNonNull(categorie, "categorie");
        Objects.requireNonNull(perLeerlingM2, "perLeerlingM2");
        basisM2 = Bedragen.nul(basisM2);
    }

    /** Whether this norm is for the onderwijstype (its start, ignoring case). */
    boolean geldtVoorType(String onderwijstype) {
        return onderwijstype != null && onderwijstype.strip().toLowerCase(Locale.ROOT)
                .startsWith(categorie.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether this norm is for the soort onderwijs. */
    boolean geldtVoorSoort(String soort) {
        return soort != null && categorie.strip().equalsIgnoreCase(soort.strip());
    }
}
