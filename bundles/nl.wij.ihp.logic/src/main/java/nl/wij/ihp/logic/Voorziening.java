package nl.wij.ihp.logic;

import java.util.Optional;

/**
 * The kinds of voorziening in a huisvestingsplan, named as the model's {@code Projectsoort} literals,
 * with who pays by law (Wet op het primair onderwijs art. 92-110 and their vo equivalents, summarised
 * in DOMAIN.md section 3): the gemeente pays nieuwbouw, vervanging, uitbreiding, tijdelijke
 * huisvesting, eerste inrichting, constructiefouten and schade; the schoolbestuur pays onderhoud,
 * aanpassingen, herstel and leer- en hulpmiddelen. Renovatie (verduurzaming) is not settled by law:
 * it has no payer until the project names one.
 */
public enum Voorziening {
    nieuwbouw(Betaler.gemeente),
    vervanging(Betaler.gemeente),
    uitbreiding(Betaler.gemeente),
    tijdelijkeHuisvesting(Betaler.gemeente),
    eersteInrichting(Betaler.gemeente),
    constructiefout(Betaler.gemeente),
    schade(Betaler.gemeente),
    renovatie(null),
    onderhoud(Betaler.schoolbestuur),
    aanpassing(Betaler.schoolbestuur),
    herstel(Betaler.schoolbestuur),
    leermiddelen(Betaler.schoolbestuur);

    private final Betaler wettelijk;

    Voorziening(Betaler wettelijk) {
        this.wettelijk = wettelijk;
    }

    /** The payer by law, or empty for renovatie (grey zone). */
    public Optional<Betaler> wettelijkeBetaler() {
        return Optional.ofNullable(wettelijk);
    }

    /**
     * Who pays: {@code afwijkend} when the project names a payer, else the payer by law; with
     * doordecentralisatie the schoolbestuur carries what the gemeente would pay (it receives an
     * amount per pupil instead).
     */
    public Optional<Betaler> betaler(boolean doordecentralisatie, Betaler afwijkend) {
        if (afwijkend != null) {
            return Optional.of(afwijkend);
        }
        if (doordecentralisatie && wettelijk == Betaler.gemeente) {
            return Optional.of(Betaler.schoolbestuur);
        }
        return wettelijkeBetaler();
    }
}
