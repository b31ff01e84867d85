package nl.wij.goab.logic;

/**
 * The rules whose numbers are data (the model's {@code RegelCode}, same names). Each has a unit
 * for messages.
 */
public enum Regel {
    /** Minimum hours of voorschoolse educatie a doelgroeppeuter must be offered. */
    veMinimumUren("uur"),
    /** The period in which those hours are offered, from the start age. */
    vePeriodeMaanden("maanden"),
    /** The age at which voorschoolse educatie starts. */
    veStartleeftijdMaanden("maanden"),
    /** At most this many hours a day count. */
    veMaximumUrenPerDag("uur"),
    /** PBM-VE hours per VE peuter on 1 January, per locatie per year. */
    pbmUrenPerPeuter("uur"),
    /** The gemeente's own bereik target. */
    bereikStreefPercentage("procent"),
    /** From this score per 100 funded pupils a school counts as a school with a high score. */
    scoreHoogPer100Leerlingen("punten per 100 leerlingen");

    private final String eenheid;

    Regel(String eenheid) {
        this.eenheid = eenheid;
    }

    /** The unit in Dutch, e.g. {@code uur}. */
    public String eenheid() {
        return eenheid;
    }
}
