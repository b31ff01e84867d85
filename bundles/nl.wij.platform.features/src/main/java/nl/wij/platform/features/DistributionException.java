package nl.wij.platform.features;

/** The distribution or a profile is inconsistent; the message is one Dutch line for the beheerder. */
public final class DistributionException extends Exception {

    private static final long serialVersionUID = 1L;

    public DistributionException(String message) {
        super(message);
    }

    public DistributionException(String message, Throwable cause) {
        super(message, cause);
    }
}
