package nl.wij.workbench.api;

/**
 * One signalering.
 *
 * @param id stable id, prefixed with the source bundle's symbolic name
 * @param severity how serious it is
 * @param message Dutch text for the user
 * @param source Dutch name of what reported it (module or rule)
 * @param target id of the view or object it links to, or {@code null}
 */
public record Problem(String id, Severity severity, String message, String source, String target) {

    /** Problem severities, most serious first. */
    public enum Severity {
        FOUT, WAARSCHUWING, INFO
    }
}
