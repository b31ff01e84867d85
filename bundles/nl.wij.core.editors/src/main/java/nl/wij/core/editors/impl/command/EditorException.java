package nl.wij.core.editors.impl.command;

/**
 * A refused request with a Dutch reason for the user; the web layer answers it with the HTTP
 * status of its {@link Kind}.
 */
public class EditorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal, in HTTP terms. */
    public enum Kind {
        BAD_REQUEST, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNAVAILABLE
    }

    private final Kind kind;

    public EditorException(Kind kind, String reason) {
        super(reason, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
