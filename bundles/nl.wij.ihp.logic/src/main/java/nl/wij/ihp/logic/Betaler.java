package nl.wij.ihp.logic;

/** Who pays a voorziening; named as the model's {@code Betaler} literals. */
public enum Betaler {
    gemeente, schoolbestuur
}
