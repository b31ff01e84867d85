package nl.wij.platform.api.security;

/** Too many failed logins: the caller must wait before trying again. */
public final class LoginThrottledException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public LoginThrottledException(long retryAfterSeconds) {
        super("Te veel mislukte inlogpogingen; probeer het over " + retryAfterSeconds + " seconden opnieuw.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
