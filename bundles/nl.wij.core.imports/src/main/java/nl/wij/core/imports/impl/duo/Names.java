package nl.wij.core.imports.impl.duo;

/**
 * How a name from a file meets the name already stored. DUO writes gemeentenamen in capitals in the
 * vestigingen files ({@code S GRAVENHAGE}) and properly in the count files ({@code 's-Gravenhage}):
 * a name in capitals never replaces a written-out one, so importing the files in any order, and
 * again, ends with the written-out name.
 */
final class Names {

    private Names() {
    }

    /** The name to keep: {@code incoming}, unless it is blank or in capitals while {@code stored} is not. */
    static String prefer(String stored, String incoming) {
        if (incoming == null || incoming.isBlank()) {
            return stored;
        }
        if (stored == null || stored.isBlank()) {
            return incoming;
        }
        return capitals(incoming) && !capitals(stored) ? stored : incoming;
    }

    /** Whether the text has letters and none of them is lower case. */
    static boolean capitals(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
