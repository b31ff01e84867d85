package nl.wij.goab.logic;

import java.time.LocalDate;

/** No value of a rule is valid on the day a calculation needs it; the message says which, in Dutch. */
public final class OntbrekendeRegel extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Regel regel;

    public OntbrekendeRegel(Regel regel, LocalDate dag) {
        super("Er is geen waarde voor de regel " + regel.name() + " die geldt op " + dag
                + "; leg die vast onder Onderwijskansen › Doelgroep en regels.");
        this.regel = regel;
    }

    public Regel regel() {
        return regel;
    }
}
