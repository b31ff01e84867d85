package nl.wij.core.imports.impl.duo;

import java.util.regex.Pattern;

/**
 * Checks on values before they go into the model, so the store never has to refuse a file halfway
 * with a message that names no line: a value the model cannot hold becomes a problem (the file is
 * refused) or a warning (the value is left out) with its line and column.
 */
final class Values {

    /** The longest text the store keeps in a plain column (its default VARCHAR length). */
    static final int MAX_TEXT = 1000;
    /** The longest onderwijstype: it is part of the count's key, which the store keeps to 255 characters. */
    static final int MAX_ONDERWIJSTYPE = 200;
    /** The model's Postcode data type. */
    static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} [A-Z]{2}");
    /** Denominatie of public schools. */
    static final String OPENBAAR = "openbaar";

    private final Remarks remarks;

    Values(Remarks remarks) {
        this.remarks = remarks;
    }

    /** The text, or {@code null} with a problem when it is longer than {@code max}. */
    String text(String value, int max, long line, String column) {
        if (value != null && value.length() > max) {
            remarks.problem(line, column, "de waarde is " + value.length() + " tekens lang; het model bewaart er"
                    + " hoogstens " + max, value);
            return null;
        }
        return value;
    }

    /** A postcode the model accepts, or {@code null} with a warning for one it does not (e.g. a foreign one). */
    String postcode(String value, long line, String column) {
        if (value == null || POSTCODE.matcher(value).matches()) {
            return value;
        }
        remarks.warn(line, column, "geen Nederlandse postcode (1234 AB); de postcode is weggelaten", value);
        return null;
    }

    /** Whether the denominatie is that of a public school ({@code Openbaar}); samenwerkingsscholen are not. */
    static boolean openbaar(String denominatie) {
        return denominatie != null && denominatie.strip().equalsIgnoreCase(OPENBAAR);
    }
}
