package nl.wij.platform.web.impl;

/** Ends a request with a JSON error; thrown by servlets and request parsing, answered by {@link ApiServlet}. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ApiError error;

    ApiException(ApiError error, String reason) {
        super(reason, null, false, false);
        this.error = error;
    }

    ApiError error() {
        return error;
    }

    /** The Dutch text for the user. */
    String reason() {
        return getMessage();
    }
}
