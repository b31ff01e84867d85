package nl.wij.core.editors.impl.model;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Dutch labels for the UI, derived from the metamodel only.
 * <p>
 * A model may tune them with the annotation {@value #UI} (all details optional):
 * <ul>
 * <li>on a class: {@code label} (display name), {@code labelFeature} (the attribute that names an
 * object, e.g. {@code naam}), {@code treeParent} (the reference that places the class under its
 * parent in the Modelverkenner, or empty for a root);</li>
 * <li>on a feature: {@code label}.</li>
 * </ul>
 * Without the annotation: a class is labelled by its name in words ({@code BevoegdGezag} becomes
 * "Bevoegd gezag"); a feature by the first phrase of its GenModel documentation when that is short
 * ("Naam van de vestiging. ..." becomes "Naam van de vestiging"), else by its name in words.
 */
public final class Labels {

    /** The source of the optional UI annotation. */
    public static final String UI = "https://wij.nl/model/ui";

    /** Names of attributes that name an object, in order of preference. */
    private static final Set<String> NAME_ATTRIBUTES = Set.of("naam", "name", "titel", "title", "omschrijving");

    private static final int MAX_LABEL_LENGTH = 40;

    private Labels() {
    }

    /** The GenModel documentation of an element, or an empty string. */
    public static String documentation(EModelElement element) {
        String documentation = element == null ? null : EcoreUtil.getDocumentation(element);
        return documentation == null ? "" : documentation.strip();
    }

    /** A detail of the UI annotation, or {@code null}. */
    public static String hint(EModelElement element, String key) {
        var annotation = element.getEAnnotation(UI);
        return annotation == null ? null : annotation.getDetails().get(key);
    }

    /** The display name of a class. */
    public static String label(EClass eClass) {
        String hint = hint(eClass, "label");
        return hint != null && !hint.isBlank() ? hint.strip() : words(eClass.getName());
    }

    /** The display name of a data type or enumeration. */
    public static String label(EClassifier classifier) {
        if (classifier instanceof EClass c) {
            return label(c);
        }
        return words(classifier.getName());
    }

    /** The label of a feature for forms and tables. */
    public static String label(EStructuralFeature feature) {
        String hint = hint(feature, "label");
        if (hint != null && !hint.isBlank()) {
            return hint.strip();
        }
        String phrase = firstPhrase(documentation(feature));
        return phrase != null ? phrase : words(feature.getName());
    }

    /** The label of an enumeration literal: its literal, with its documentation when there is one. */
    public static String label(EEnumLiteral literal) {
        String documentation = firstSentence(documentation(literal));
        return documentation.isEmpty() ? literal.getLiteral() : literal.getLiteral() + " – " + documentation;
    }

    /**
     * The attribute whose value names an object: the annotated {@code labelFeature}, else one of
     * naam/name/titel/omschrijving, else the first required single-valued text attribute that is
     * not the key; {@code null} when there is none (the key then names the object).
     */
    public static EAttribute labelAttribute(EClass eClass) {
        String hint = hint(eClass, "labelFeature");
        if (hint != null && eClass.getEStructuralFeature(hint) instanceof EAttribute a) {
            return a;
        }
        EAttribute id = eClass.getEIDAttribute();
        for (EAttribute a : eClass.getEAllAttributes()) {
            if (a != id && !a.isMany() && isText(a) && NAME_ATTRIBUTES.contains(a.getName().toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        for (EAttribute a : eClass.getEAllAttributes()) {
            if (a != id && !a.isMany() && isText(a) && a.isRequired()) {
                return a;
            }
        }
        return null;
    }

    /** Whether the attribute holds text (a String data type such as EString or a code type with a pattern). */
    public static boolean isText(EAttribute attribute) {
        EDataType type = attribute.getEAttributeType();
        return !(type instanceof org.eclipse.emf.ecore.EEnum)
                && (type.getInstanceClass() == null || type.getInstanceClass() == String.class);
    }

    /** The key of an object as text, or {@code null} when its class has no iD attribute or it is not set. */
    public static String key(EObject object) {
        EAttribute id = object.eClass().getEIDAttribute();
        if (id == null) {
            return null;
        }
        Object value = object.eGet(id);
        return value == null ? null : EcoreUtil.convertToString(id.getEAttributeType(), value);
    }

    /** How an object is named for people: "De Regenboog (16AH00)", or its key when it has no name. */
    public static String label(EObject object) {
        String key = key(object);
        EAttribute name = labelAttribute(object.eClass());
        Object value = name == null ? null : object.eGet(name);
        if (value == null || value.toString().isBlank()) {
            return key == null ? label(object.eClass()) : key;
        }
        return key == null ? value.toString() : value + " (" + key + ")";
    }

    /** {@code bevoegdGezag} and {@code BevoegdGezag} become "Bevoegd gezag"; digits stay attached. */
    public static String words(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_') {
                out.append(' ');
                continue;
            }
            boolean boundary = i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(name.charAt(i - 1));
            if (boundary) {
                out.append(' ');
            }
            out.append(i == 0 ? Character.toUpperCase(c) : boundary ? Character.toLowerCase(c) : c);
        }
        return out.toString().replaceAll(" +", " ").strip();
    }

    /** The first sentence of a text, without its final full stop. */
    static String firstSentence(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        int end = text.indexOf(". ");
        String sentence = end < 0 ? text : text.substring(0, end);
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /**
     * The leading phrase of a documentation text, up to the first colon, comma, bracket or full
     * stop, without a leading article; {@code null} when there is none or it is too long for a label.
     */
    static String firstPhrase(String documentation) {
        String sentence = firstSentence(documentation);
        if (sentence.isEmpty()) {
            return null;
        }
        int cut = sentence.length();
        for (String stop : new String[] {":", ", ", " (", "; "}) {
            int at = sentence.indexOf(stop);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        String phrase = sentence.substring(0, cut).strip();
        for (String article : new String[] {"De ", "Het ", "Een "}) {
            if (phrase.startsWith(article) && phrase.length() > article.length()) {
                phrase = phrase.substring(article.length());
                phrase = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
                break;
            }
        }
        return phrase.isEmpty() || phrase.length() > MAX_LABEL_LENGTH ? null : phrase;
    }
}
