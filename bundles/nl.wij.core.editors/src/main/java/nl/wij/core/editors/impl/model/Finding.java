package nl.wij.core.editors.impl.model;

import org.eclipse.emf.ecore.EStructuralFeature;

import nl.wij.workbench.api.Problem;

/**
 * One validation result in Dutch.
 *
 * @param severity how serious it is
 * @param feature the feature it is about, or {@code null} for the object as a whole
 * @param message Dutch text that names the field by its label, without the object
 */
public record Finding(Problem.Severity severity, EStructuralFeature feature, String message) {

    /** An error about a feature. */
    public static Finding error(EStructuralFeature feature, String message) {
        return new Finding(Problem.Severity.FOUT, feature, message);
    }

    public boolean isError() {
        return severity == Problem.Severity.FOUT;
    }
}
