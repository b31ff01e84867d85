package nl.wij.core.importer;

/**
 * A pupil count as DUO publishes it: a number, or suppressed. DUO replaces small counts by
 * {@code <5} to protect privacy; such a count is kept as suppressed ({@code waarde == null}), never as 0
 * or 5.
 *
 * @param waarde the count, {@code null} exactly when suppressed
 * @param onderdrukt whether DUO suppressed the count
 */
public record Aantal(Integer waarde, boolean onderdrukt) {

    private static final Aantal SUPPRESSED = new Aantal(null, true);
    private static final Aantal ZERO = new Aantal(0, false);

    public Aantal {
        if (onderdrukt != (waarde == null)) {
            throw new IllegalArgumentException("een onderdrukt aantal heeft geen waarde, een gewoon aantal wel");
        }
        if (waarde != null && waarde < 0) {
            throw new IllegalArgumentException("een aantal is niet negatief: " + waarde);
        }
    }

    /** A known count. */
    public static Aantal of(int waarde) {
        return waarde == 0 ? ZERO : new Aantal(waarde, false);
    }

    /** A count DUO suppressed. */
    public static Aantal suppressed() {
        return SUPPRESSED;
    }

    /** Zero, the neutral element of {@link #plus(Aantal)}. */
    public static Aantal zero() {
        return ZERO;
    }

    /**
     * The sum of two counts. If either part is suppressed the sum is suppressed: the suppressed part is
     * some number from 1 to 4, so the total is not known, and writing the sum of the known parts (or
     * that plus a guess) would publish a number DUO deliberately did not.
     */
    public Aantal plus(Aantal other) {
        if (onderdrukt || other.onderdrukt) {
            return SUPPRESSED;
        }
        return of(Math.addExact(waarde, other.waarde));
    }

    /** Whether this is a known zero (a suppressed count is never zero). */
    public boolean isZero() {
        return !onderdrukt && waarde == 0;
    }
}
