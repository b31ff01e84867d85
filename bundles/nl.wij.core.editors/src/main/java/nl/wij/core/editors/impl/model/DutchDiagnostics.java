package nl.wij.core.editors.impl.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

import nl.wij.workbench.api.Problem;

/**
 * Dutch text for EMF diagnostics. EMF's own constraints (source {@code org.eclipse.emf.ecore}) are
 * rewritten by their code, with the feature's label and, for a pattern, the data type's
 * documentation ("heeft niet de juiste vorm. Verwacht: CBS-gemeentecode: GM gevolgd door vier
 * cijfers"). Messages of a module's own validator are kept (they are expected to be Dutch already)
 * and prefixed with the feature's label when the diagnostic names a feature.
 */
final class DutchDiagnostics {

    private static final Pattern RANGE = Pattern.compile("must be (greater|less) than( or equal to)? '(.*)'");
    private static final Pattern MIN_LENGTH = Pattern.compile("must have at least length (\\d+)");
    private static final Pattern MAX_LENGTH = Pattern.compile("may have at most length (\\d+)");
    private static final Pattern CONSTRAINT = Pattern.compile("^The '(.+)' (constraint|invariant) is violated on '(.+)'$");

    private DutchDiagnostics() {
    }

    static Problem.Severity severity(Diagnostic diagnostic) {
        return switch (diagnostic.getSeverity()) {
            case Diagnostic.WARNING -> Problem.Severity.WAARSCHUWING;
            case Diagnostic.INFO -> Problem.Severity.INFO;
            default -> Problem.Severity.FOUT;
        };
    }

    static String message(Diagnostic diagnostic, EStructuralFeature feature) {
        String label = feature == null ? null : Labels.label(feature);
        if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
            String text = ecore(diagnostic, feature, label);
            if (text != null) {
                return text;
            }
        }
        String message = diagnostic.getMessage() == null ? "" : diagnostic.getMessage().strip();
        Matcher constraint = CONSTRAINT.matcher(message);
        if (constraint.matches()) {
            message = "de regel '" + constraint.group(1) + "' wordt niet nageleefd.";
        }
        if (label != null && !message.startsWith(label)) {
            return label + ": " + message;
        }
        return capitalize(message);
    }

    private static String ecore(Diagnostic d, EStructuralFeature feature, String label) {
        String field = label == null ? "Een waarde" : label;
        String value = quotedValue(d);
        return switch (d.getCode()) {
            case EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS -> multiplicity(d, feature, field);
            case EObjectValidator.EOBJECT__EVERY_DATA_VALUE_CONFORMS -> field + " heeft een ongeldige waarde.";
            case EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED -> field + " verwijst naar een object dat niet is opgeslagen.";
            case EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES -> field + " verwijst naar een object dat niet (meer) bestaat.";
            case EObjectValidator.DATA_VALUE__VALUE_IN_RANGE -> range(d, field, value);
            case EObjectValidator.DATA_VALUE__LENGTH_IN_RANGE -> length(d, field, value);
            case EObjectValidator.DATA_VALUE__TYPE_CORRECT -> field + ": de waarde " + value + " heeft niet het juiste type.";
            case EObjectValidator.DATA_VALUE__VALUE_IN_ENUMERATION -> field + ": " + value + " is geen toegestane waarde.";
            case EObjectValidator.DATA_VALUE__MATCHES_PATTERN -> pattern(feature, field, value);
            case EObjectValidator.DATA_VALUE__TOTAL_DIGITS_IN_RANGE -> field + ": " + value + " heeft te veel cijfers.";
            case EObjectValidator.DATA_VALUE__FRACTION_DIGITS_IN_RANGE -> field + ": " + value + " heeft te veel cijfers achter de komma.";
            case EObjectValidator.EOBJECT__UNIQUE_ID -> field + ": de sleutel " + value + " komt al voor.";
            case EObjectValidator.EOBJECT__EVERY_KEY_UNIQUE, EObjectValidator.EOBJECT__EVERY_MAP_ENTRY_UNIQUE ->
                field + " bevat een sleutel twee keer.";
            case EObjectValidator.EOBJECT__NO_CIRCULAR_CONTAINMENT -> "Een object mag zichzelf niet bevatten.";
            case EObjectValidator.EOBJECT__EVERY_BIDIRECTIONAL_REFERENCE_IS_PAIRED ->
                field + ": de verwijzingen heen en terug komen niet overeen.";
            default -> null;
        };
    }

    private static String multiplicity(Diagnostic d, EStructuralFeature feature, String field) {
        if (feature == null) {
            return "Een verplicht veld ontbreekt.";
        }
        if (!feature.isMany()) {
            return feature instanceof EReference r
                    ? field + " is verplicht; kies een " + Labels.label(r.getEReferenceType()).toLowerCase(java.util.Locale.ROOT) + "."
                    : field + " is verplicht; vul een waarde in.";
        }
        int size = -1;
        for (Object data : d.getData()) {
            if (data instanceof EObject o && o.eClass().getEAllStructuralFeatures().contains(feature)) {
                size = ((List<?>) o.eGet(feature)).size();
                break;
            }
        }
        int lower = feature.getLowerBound();
        int upper = feature.getUpperBound();
        if (size >= 0 && size < lower) {
            return field + ": kies er minstens " + lower + " (nu " + size + ").";
        }
        return field + ": er mogen hoogstens " + upper + " zijn" + (size >= 0 ? " (nu " + size + ")." : ".");
    }

    private static String range(Diagnostic d, String field, String value) {
        Matcher m = RANGE.matcher(d.getMessage());
        if (!m.find()) {
            return field + ": " + value + " ligt buiten het toegestane bereik.";
        }
        boolean greater = m.group(1).equals("greater");
        boolean inclusive = m.group(2) != null;
        String bound = m.group(3);
        String relation = greater ? (inclusive ? "minstens " : "groter dan ") : (inclusive ? "hoogstens " : "kleiner dan ");
        return field + ": de waarde moet " + relation + bound + " zijn (nu " + value + ").";
    }

    private static String length(Diagnostic d, String field, String value) {
        Matcher min = MIN_LENGTH.matcher(d.getMessage());
        if (min.find()) {
            return field + ": " + value + " is te kort; gebruik minstens " + min.group(1) + " tekens.";
        }
        Matcher max = MAX_LENGTH.matcher(d.getMessage());
        if (max.find()) {
            return field + ": " + value + " is te lang; gebruik hoogstens " + max.group(1) + " tekens.";
        }
        return field + ": " + value + " heeft niet de juiste lengte.";
    }

    private static String pattern(EStructuralFeature feature, String field, String value) {
        StringBuilder text = new StringBuilder(field).append(": ").append(value).append(" heeft niet de juiste vorm.");
        if (feature instanceof EAttribute a) {
            EDataType type = a.getEAttributeType();
            String documentation = Labels.documentation(type);
            if (!documentation.isEmpty()) {
                text.append(" Verwacht: ").append(documentation.endsWith(".") ? documentation : documentation + ".");
            } else {
                List<String> patterns = ExtendedMetaData.INSTANCE.getPatternFacet(type);
                if (!patterns.isEmpty()) {
                    text.append(" Verwacht patroon: ").append(String.join(" of ", patterns)).append('.');
                }
            }
        }
        return text.toString();
    }

    /** The offending value of a data value diagnostic (its first datum), quoted; "de waarde" when unknown. */
    private static String quotedValue(Diagnostic d) {
        List<?> data = d.getData();
        if (!data.isEmpty() && !(data.get(0) instanceof EObject) && data.get(0) != null) {
            return "'" + data.get(0) + "'";
        }
        return "de waarde";
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
