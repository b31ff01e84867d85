package nl.wij.ihp.logic;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A project of one plan version as the rules see it.
 *
 * @param nummer the project number, stable across versions
 * @param naam the description
 * @param soort the voorziening
 * @param jaar the execution year
 * @param m2 the area, or {@code null}
 * @param eigenRaming the project's own cost estimate, or {@code null} to use the normbedrag
 * @param afwijkendeBetaler the payer the project names, or {@code null} for the legal one
 * @param status the project status literal, e.g. {@code gepland}; {@code vervallen} projects cost nothing
 * @param prioriteit the priority literal, e.g. {@code hoog}
 */
public record Planproject(int nummer, String naam, Voorziening soort, int jaar, BigDecimal m2, BigDecimal eigenRaming,
        Betaler afwijkendeBetaler, String status, String prioriteit) {

    /** The status of a project that no longer counts. */
    public static final String VERVALLEN = "vervallen";

    public Planproject {
        Objects.requireNonNull(soort, "soort");
    }

    boolean telt() {
        return !VERVALLEN.equals(status);
    }
}
