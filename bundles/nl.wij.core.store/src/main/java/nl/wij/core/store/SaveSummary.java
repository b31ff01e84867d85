package nl.wij.core.store;

/** Counts of what {@link StoreSession#saveAll} did, for import reports. */
public record SaveSummary(int created, int updated, int unchanged) {

    public static final SaveSummary NONE = new SaveSummary(0, 0, 0);

    /** The total number of objects saved. */
    public int total() {
        return created + updated + unchanged;
    }

    /** The sum of both summaries. */
    public SaveSummary plus(SaveSummary other) {
        return new SaveSummary(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }

    /** This summary with one more result counted. */
    public SaveSummary plus(SaveResult result) {
        return switch (result) {
            case CREATED -> new SaveSummary(created + 1, updated, unchanged);
            case UPDATED -> new SaveSummary(created, updated + 1, unchanged);
            case UNCHANGED -> new SaveSummary(created, updated, unchanged + 1);
        };
    }
}
