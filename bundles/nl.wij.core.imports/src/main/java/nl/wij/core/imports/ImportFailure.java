package nl.wij.core.imports;

/**
 * An import that failed for a reason outside the file (the store or the database); nothing was
 * written. The message is Dutch. Problems in the file are not failures: see {@link ImportReport}.
 */
public class ImportFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
