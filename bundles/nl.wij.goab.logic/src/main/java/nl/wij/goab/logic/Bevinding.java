package nl.wij.goab.logic;

/**
 * Something wrong with input, tied to its field.
 *
 * @param veld the model feature's name, e.g. {@code geboortedatum}
 * @param bericht Dutch, naming the value
 */
public record Bevinding(String veld, String bericht) {
}
