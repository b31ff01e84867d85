package nl.wij.core.editors.impl.command;

/**
 * A change that no longer fits the stored object: someone else changed or deleted it since, so
 * undoing or redoing it would overwrite their work. The command stack drops such a command.
 */
public final class StaleChange extends EditorException {

    private static final long serialVersionUID = 1L;

    private final String eClass;
    private final String key;

    public StaleChange(String eClass, String key, String reason) {
        super(Kind.CONFLICT, reason);
        this.eClass = eClass;
        this.key = key;
    }

    /** The qualified class name of the object concerned. */
    public String eClass() {
        return eClass;
    }

    public String key() {
        return key;
    }
}
