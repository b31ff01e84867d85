package nl.wij.platform.api.modules;

/** A module operation that was refused or failed; the message is Dutch and meant for the user. */
public final class ModuleException extends Exception {

    private static final long serialVersionUID = 1L;

    public ModuleException(String message) {
        super(message);
    }

    public ModuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
