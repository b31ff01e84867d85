package nl.wij.goab.web.impl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import nl.wij.goab.logic.Bevinding;

/**
 * Reads the fields of a JSON form, collecting a finding per wrong field (with its Dutch label)
 * instead of failing at the first, so the form can mark every field at once. {@link #klaar()}
 * throws them together. Text is trimmed; {@code ""} and {@code null} mean "no value"; numbers may be
 * JSON numbers or text with a decimal comma; dates are {@code yyyy-MM-dd}.
 */
final class Velden {

    private static final int MAX_TEXT = 1000;

    private final JsonObject values;
    private final List<Bevinding> bevindingen = new ArrayList<>();

    Velden(JsonObject values) {
        this.values = values;
    }

    String tekst(String veld, String label, boolean verplicht) {
        String tekst = ruw(veld);
        if (tekst == null && verplicht) {
            fout(veld, label + ": vul dit in.");
        } else if (tekst != null && tekst.length() > MAX_TEXT) {
            fout(veld, label + ": hoogstens " + MAX_TEXT + " tekens.");
            return null;
        }
        return tekst;
    }

    /** Text that must match {@code pattern} (described in words for the message). */
    String code(String veld, String label, String pattern, String uitleg, boolean verplicht) {
        String tekst = tekst(veld, label, verplicht);
        if (tekst != null && !tekst.matches(pattern)) {
            fout(veld, label + ": '" + kort(tekst) + "' is ongeldig; " + uitleg + ".");
            return null;
        }
        return tekst;
    }

    Integer geheel(String veld, String label, boolean verplicht) {
        BigDecimal getal = decimaal(veld, label, verplicht);
        if (getal == null) {
            return null;
        }
        try {
            return getal.intValueExact();
        } catch (ArithmeticException e) {
            fout(veld, label + ": '" + getal.toPlainString() + "' is geen geheel getal.");
            return null;
        }
    }

    BigDecimal decimaal(String veld, String label, boolean verplicht) {
        String tekst = ruw(veld);
        if (tekst == null) {
            if (verplicht) {
                fout(veld, label + ": vul dit in.");
            }
            return null;
        }
        return getal(veld, label, tekst);
    }

    LocalDate datum(String veld, String label, boolean verplicht) {
        String tekst = ruw(veld);
        if (tekst == null) {
            if (verplicht) {
                fout(veld, label + ": vul dit in.");
            }
            return null;
        }
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            fout(veld, label + ": '" + kort(tekst) + "' is geen datum (jjjj-mm-dd).");
            return null;
        }
    }

    /** A list of numbers (a JSON array, or text separated by spaces or semicolons). */
    List<BigDecimal> getallen(String veld, String label) {
        JsonElement element = values.get(veld);
        List<String> delen = new ArrayList<>();
        if (element instanceof JsonArray array) {
            array.forEach(e -> delen.add(e.isJsonNull() ? "" : e.getAsString()));
        } else if (element != null && !element.isJsonNull()) {
            for (String deel : element.getAsString().split("[;\\s]+")) {
                if (!deel.isBlank()) {
                    delen.add(deel);
                }
            }
        }
        List<BigDecimal> getallen = new ArrayList<>();
        for (String deel : delen) {
            BigDecimal getal = getal(veld, label, deel.strip());
            if (getal == null) {
                return List.of();
            }
            getallen.add(getal);
        }
        return getallen;
    }

    /** An enum literal from the given ones. */
    String keuze(String veld, String label, List<String> literals, boolean verplicht) {
        String tekst = tekst(veld, label, verplicht);
        if (tekst != null && !literals.contains(tekst)) {
            fout(veld, label + ": onbekende waarde '" + kort(tekst) + "'; kies uit " + String.join(", ", literals) + ".");
            return null;
        }
        return tekst;
    }

    void fout(String veld, String bericht) {
        bevindingen.add(new Bevinding(veld, bericht));
    }

    void voegToe(List<Bevinding> meer) {
        bevindingen.addAll(meer);
    }

    /** Throws the findings so far as a 400 with one error per field. */
    void klaar() {
        if (!bevindingen.isEmpty()) {
            throw ApiFout.ongeldig(bevindingen);
        }
    }

    private BigDecimal getal(String veld, String label, String tekst) {
        try {
            return new BigDecimal(tekst.replace(',', '.'));
        } catch (NumberFormatException e) {
            fout(veld, label + ": '" + kort(tekst) + "' is geen getal.");
            return null;
        }
    }

    private String ruw(String veld) {
        JsonElement element = values.get(veld);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (!(element instanceof JsonPrimitive primitive)) {
            fout(veld, veld + ": verwacht een enkele waarde.");
            return null;
        }
        String tekst = primitive.getAsString().strip();
        return tekst.isEmpty() ? null : tekst;
    }

    private static String kort(String tekst) {
        String schoon = tekst.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return schoon.length() > 40 ? schoon.substring(0, 40) + "…" : schoon;
    }
}
