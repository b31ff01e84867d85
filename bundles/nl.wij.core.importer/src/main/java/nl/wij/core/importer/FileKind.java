package nl.wij.core.importer;

import java.util.Locale;

/** The DUO files this importer understands; recognised from the header or named explicitly ({@code --kind}). */
public enum FileKind {

    /** Addresses and region memberships of primary-education vestigingen ({@code alle-vestigingen-bo.csv}). */
    VESTIGINGEN_PO("vestigingen po"),
    /** The same for secondary education, with {@code ONDERWIJSSTRUCTUUR} ({@code alle-vestigingen-vo.csv}). */
    VESTIGINGEN_VO("vestigingen vo"),
    /** Pupils per po vestiging and soort (bo/sbo/so/vso), {@code gemiddelde-afstand-...-2019-2020.csv}. */
    LEERLINGEN_PO("leerlingen po"),
    /** Pupils per vo vestiging, onderwijstype and leerjaar, {@code leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv}. */
    LEERLINGEN_VO("leerlingen vo");

    private final String label;

    FileKind(String label) {
        this.label = label;
    }

    /** Dutch name for messages and reports. */
    public String label() {
        return label;
    }

    /**
     * The kind named on a command line: {@code VESTIGINGEN_PO}, {@code vestigingen-po} and
     * {@code vestigingen po} all work, in any case.
     *
     * @throws IllegalArgumentException with a Dutch message listing the valid names
     */
    public static FileKind parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (FileKind kind : values()) {
            if (kind.name().equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("onbekende bestandssoort '" + text
                + "'; kies uit vestigingen-po, vestigingen-vo, leerlingen-po, leerlingen-vo");
    }
}
