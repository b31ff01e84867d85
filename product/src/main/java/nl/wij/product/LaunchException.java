package nl.wij.product;

/** The product cannot start or run a command; the message is one Dutch line for the beheerder. */
final class LaunchException extends Exception {

    private static final long serialVersionUID = 1L;

    LaunchException(String message) {
        super(message);
    }

    LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
