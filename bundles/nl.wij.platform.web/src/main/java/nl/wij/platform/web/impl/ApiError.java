package nl.wij.platform.web.impl;

/** The stable machine codes of the JSON error format, with their HTTP status and a default Dutch reason. */
enum ApiError {
    BAD_REQUEST(400, "bad_request", "Het verzoek is ongeldig."),
    UNAUTHORIZED(401, "unauthorized", "Log eerst in."),
    FORBIDDEN(403, "forbidden", "Hiervoor hebt u geen toestemming."),
    NOT_FOUND(404, "not_found", "Het gevraagde adres bestaat niet."),
    METHOD_NOT_ALLOWED(405, "method_not_allowed", "Deze bewerking is op dit adres niet toegestaan."),
    CONFLICT(409, "conflict", "Dit kan nu niet."),
    PAYLOAD_TOO_LARGE(413, "payload_too_large", "Het verzoek is te groot."),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type", "Dit soort inhoud wordt hier niet ondersteund."),
    TOO_MANY_REQUESTS(429, "too_many_requests", "Te veel verzoeken; probeer het later opnieuw."),
    INTERNAL_ERROR(500, "internal_error", "Er ging iets mis op de server; probeer het later opnieuw."),
    UNAVAILABLE(503, "unavailable", "De dienst is tijdelijk niet beschikbaar; probeer het later opnieuw.");

    private final int status;
    private final String code;
    private final String defaultReason;

    ApiError(int status, String code, String defaultReason) {
        this.status = status;
        this.code = code;
        this.defaultReason = defaultReason;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String defaultReason() {
        return defaultReason;
    }

    /** The error for an HTTP status; other 4xx are a bad request, other statuses an internal error. */
    static ApiError forStatus(int status) {
        for (ApiError error : values()) {
            if (error.status == status) {
                return error;
            }
        }
        return status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
    }
}
