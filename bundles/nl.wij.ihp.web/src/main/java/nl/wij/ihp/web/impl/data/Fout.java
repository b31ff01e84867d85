package nl.wij.ihp.web.impl.data;

import java.util.List;

/** Input that cannot be saved: per field a Dutch message. Nothing was written. */
public final class Fout extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One field's problem; {@code veld} is the feature name, or empty for the object as a whole. */
    public record Veld(String veld, String label, String melding) {
    }

    private final transient List<Veld> velden;

    public Fout(List<Veld> velden) {
        super(velden.stream().map(v -> v.label().isEmpty() ? v.melding() : v.label() + ": " + v.melding())
                .reduce((a, b) -> a + " " + b).orElse("Ongeldige invoer."));
        this.velden = List.copyOf(velden);
    }

    public static Fout van(String melding) {
        return new Fout(List.of(new Veld("", "", melding)));
    }

    public List<Veld> velden() {
        return velden;
    }
}
