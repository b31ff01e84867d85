package nl.wij.releng.emf;

/** Code generation stopped; the message says which file and what is wrong. */
final class GenerationException extends Exception {
    private static final long serialVersionUID = 1L;

    GenerationException(String message) {
        super(message);
    }

    GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
