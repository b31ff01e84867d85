package nl.wij.ihp.logic;

/** The verdict on available space against need, with the Dutch words the UI shows beside its colour. */
public enum Oordeel {
    /** Need exceeds what is available by more than the threshold: an uitbreiding is justified. */
    TEKORT("Tekort boven de drempel"),
    /** Need exceeds what is available, but by no more than the threshold. */
    KRAP("Krap: tekort binnen de drempel"),
    /** Available space is within the threshold of the need. */
    PASSEND("Passend"),
    /** Available space exceeds the need by more than the threshold (leegstand). */
    OVERSCHOT("Overschot boven de drempel"),
    /** Need or available space is not known. */
    ONBEKEND("Onbekend");

    private final String tekst;

    Oordeel(String tekst) {
        this.tekst = tekst;
    }

    /** The verdict in Dutch, for people (never only a colour). */
    public String tekst() {
        return tekst;
    }
}
