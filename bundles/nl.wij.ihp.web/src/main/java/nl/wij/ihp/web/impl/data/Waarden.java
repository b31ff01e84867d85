package nl.wij.ihp.web.impl.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import nl.wij.core.store.StoreSession;

/**
 * Puts JSON values on an IHP object, feature by feature, with a Dutch message naming the field for
 * every value that does not fit: wrong type, below or above the data type's bounds (a negative m2, a
 * NEN 2767 score of 7), not matching its pattern, an unknown choice, a reference to nothing, a
 * missing required value. Values: text, numbers (a decimal comma is fine), booleans, dates
 * {@code yyyy-MM-dd}, enum literals, references by key (a list of keys when many-valued); {@code null}
 * or {@code ""} clears a feature.
 */
final class Waarden {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    private final StoreSession session;
    private final List<Fout.Veld> fouten = new ArrayList<>();

    Waarden(StoreSession session) {
        this.session = session;
    }

    /** Sets every value of {@code values} on {@code object}; unknown or derived names are refused. */
    Waarden zet(EObject object, JsonObject values, List<String> nietTeWijzigen) {
        for (Map.Entry<String, JsonElement> entry : values.entrySet()) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(entry.getKey());
            if (feature == null || feature.isDerived() || nietTeWijzigen.contains(entry.getKey())) {
                fouten.add(new Fout.Veld(entry.getKey(), entry.getKey(), "dit veld bestaat niet of wordt afgeleid."));
                continue;
            }
            try {
                zet(object, feature, entry.getValue());
            } catch (IllegalArgumentException e) {
                fouten.add(new Fout.Veld(feature.getName(), label(feature), e.getMessage()));
            }
        }
        return this;
    }

    /** Checks that required features have a value; throws {@link Fout} with every problem found so far. */
    void controleer(EObject object) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            boolean leeg = feature.isMany() ? ((EList<?>) object.eGet(feature)).isEmpty() : object.eGet(feature) == null;
            boolean gemeld = fouten.stream().anyMatch(f -> f.veld().equals(feature.getName()));
            if (feature.getLowerBound() > 0 && leeg && !gemeld && !(feature instanceof EAttribute a && a.isID())) {
                fouten.add(new Fout.Veld(feature.getName(), label(feature), "is verplicht."));
            }
        }
        if (!fouten.isEmpty()) {
            throw new Fout(fouten);
        }
    }

    void fout(String feature, String melding) {
        fouten.add(new Fout.Veld(feature, feature.isEmpty() ? "" : label(feature), melding));
    }

    private String label(String feature) {
        return feature.substring(0, 1).toUpperCase(Locale.ROOT) + feature.substring(1).replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }

    static String label(EStructuralFeature feature) {
        String doc = EcoreUtil.getDocumentation(feature);
        if (doc != null) {
            int end = doc.indexOf(". ");
            String first = end < 0 ? doc.replaceAll("\\.$", "") : doc.substring(0, end);
            int colon = first.indexOf(':');
            String kort = colon > 0 ? first.substring(0, colon) : first;
            if (kort.length() <= 45) {
                return kort;
            }
        }
        String name = feature.getName();
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1).replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }

    private void zet(EObject object, EStructuralFeature feature, JsonElement json) {
        boolean leeg = json == null || json.isJsonNull() || (json.isJsonPrimitive() && json.getAsString().isBlank())
                || (json.isJsonArray() && json.getAsJsonArray().isEmpty());
        if (feature instanceof EReference reference) {
            if (reference.isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) object.eGet(reference);
                list.clear();
                if (!leeg) {
                    JsonArray keys = json.isJsonArray() ? json.getAsJsonArray() : new JsonArray();
                    for (JsonElement key : keys) {
                        list.add(doel(reference, key.getAsString()));
                    }
                }
            } else {
                object.eSet(reference, leeg ? null : doel(reference, json.getAsString()));
            }
            return;
        }
        EAttribute attribute = (EAttribute) feature;
        if (leeg) {
            if (attribute.isUnsettable()) {
                object.eUnset(attribute);
            } else if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
                object.eSet(attribute, false);
            } else {
                object.eSet(attribute, null);
            }
            return;
        }
        object.eSet(attribute, waarde(attribute.getEAttributeType(), json));
    }

    private EObject doel(EReference reference, String key) {
        EClass type = reference.getEReferenceType();
        return session.get(type, key.strip()).orElseThrow(() -> new IllegalArgumentException(
                "'" + key.strip() + "' bestaat niet (" + type.getName() + ")."));
    }

    static Object waarde(EDataType type, JsonElement json) {
        String text = json.getAsString().strip();
        Class<?> c = type.getInstanceClass();
        if (type instanceof EEnum eEnum) {
            EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(text);
            if (literal == null) {
                throw new IllegalArgumentException("onbekende keuze '" + text + "'; kies uit "
                        + String.join(", ", eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList()) + ".");
            }
            return literal.getInstance();
        }
        if (c == Integer.class || c == int.class) {
            try {
                int value = Integer.parseInt(text);
                grenzen(type, BigDecimal.valueOf(value));
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is geen geheel getal.");
            }
        }
        if (c == BigDecimal.class) {
            try {
                BigDecimal value = new BigDecimal(text.replace(',', '.'));
                grenzen(type, value);
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is geen getal.");
            }
        }
        if (c == Boolean.class || c == boolean.class) {
            if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isBoolean()) {
                return json.getAsBoolean();
            }
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "ja" -> true;
                case "false", "nee" -> false;
                default -> throw new IllegalArgumentException("'" + text + "' is geen ja of nee.");
            };
        }
        if (c == Date.class) {
            try {
                return Date.from(LocalDate.parse(text).atStartOfDay(ZONE).toInstant());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is geen datum (jjjj-mm-dd).");
            }
        }
        for (String pattern : patterns(type)) {
            if (!Pattern.matches(pattern, text)) {
                String doc = Optional.ofNullable(EcoreUtil.getDocumentation(type)).orElse("");
                throw new IllegalArgumentException("'" + text + "' heeft niet de juiste vorm. " + doc);
            }
        }
        return text;
    }

    private static List<String> patterns(EDataType type) {
        List<String> result = new ArrayList<>();
        for (EDataType t = type; t != null; t = ExtendedMetaData.INSTANCE.getBaseType(t)) {
            result.addAll(ExtendedMetaData.INSTANCE.getPatternFacet(t));
        }
        return result;
    }

    private static void grenzen(EDataType type, BigDecimal value) {
        String min = ExtendedMetaData.INSTANCE.getMinInclusiveFacet(type);
        String max = ExtendedMetaData.INSTANCE.getMaxInclusiveFacet(type);
        if (min != null && value.compareTo(new BigDecimal(min)) < 0) {
            throw new IllegalArgumentException(min.equals("0") ? "mag niet negatief zijn (" + value.toPlainString() + ")."
                    : value.toPlainString() + " is kleiner dan " + min + ".");
        }
        if (max != null && value.compareTo(new BigDecimal(max)) > 0) {
            throw new IllegalArgumentException(value.toPlainString() + " is groter dan " + max + ".");
        }
    }
}
