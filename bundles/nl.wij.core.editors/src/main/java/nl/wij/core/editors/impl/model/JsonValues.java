package nl.wij.core.editors.impl.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Converts feature values between EMF objects and JSON, for any class, by the metamodel.
 * <p>
 * JSON forms: text as a string; whole and decimal numbers as numbers (numeric strings are
 * accepted too, with a decimal comma); booleans; dates as {@code yyyy-MM-dd} (a date-time, for a
 * feature with the store hint {@code temporal=timestamp}, as {@code yyyy-MM-ddTHH:mm:ss}); enum
 * values by their literal; a reference as the target's key (a string) or
 * {@code {"class","key","label"}} (on output; input accepts the object too); many-valued features
 * as arrays; {@code null} or an empty string for "no value".
 * <p>
 * Input errors are collected for all fields and thrown together as {@link InvalidValues}, each
 * naming the field by its label, e.g. "Aantal leerlingen: 'veel' is geen geheel getal."
 */
public final class JsonValues {

    /** Finds the target of a reference by its key, in the current unit of work. */
    @FunctionalInterface
    public interface Resolver {
        Optional<EObject> find(EClass type, String key);
    }

    private static final String STORE_HINTS = "http://wij.nl/store";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

    private JsonValues() {
    }

    // ------------------------------------------------------------------ output

    /** The editable features of a class: not derived, not transient, not containment, in model order. */
    public static List<EStructuralFeature> features(EClass eClass) {
        List<EStructuralFeature> result = new ArrayList<>();
        for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
            if (!f.isDerived() && !f.isTransient() && !(f instanceof EReference r && (r.isContainment() || r.isContainer()))) {
                result.add(f);
            }
        }
        return result;
    }

    /**
     * The editable features in the order a form shows them: the key, the attribute that names the
     * object, the class's own features, then the inherited ones (nearest supertype first would need
     * a choice between supertypes; model order is kept for those).
     */
    public static List<EStructuralFeature> formOrder(EClass eClass) {
        List<EStructuralFeature> all = features(eClass);
        java.util.LinkedHashSet<EStructuralFeature> ordered = new java.util.LinkedHashSet<>();
        if (eClass.getEIDAttribute() != null && all.contains(eClass.getEIDAttribute())) {
            ordered.add(eClass.getEIDAttribute());
        }
        EAttribute name = Labels.labelAttribute(eClass);
        if (name != null && all.contains(name)) {
            ordered.add(name);
        }
        for (EStructuralFeature f : eClass.getEStructuralFeatures()) {
            if (all.contains(f)) {
                ordered.add(f);
            }
        }
        ordered.addAll(all);
        return List.copyOf(ordered);
    }

    /** All values of an object, references with their label (for the UI). */
    public static JsonObject values(EObject object) {
        JsonObject json = new JsonObject();
        for (EStructuralFeature f : features(object.eClass())) {
            json.add(f.getName(), value(object, f, true));
        }
        return json;
    }

    /**
     * The values of some features in canonical form (references as {@code {"class","key"}} without
     * label), for snapshots that are compared and re-applied by the command stack.
     */
    public static JsonObject snapshot(EObject object, Iterable<EStructuralFeature> features) {
        JsonObject json = new JsonObject();
        for (EStructuralFeature f : features) {
            json.add(f.getName(), value(object, f, false));
        }
        return json;
    }

    /** The set features of an object in canonical form (what is needed to create it again). */
    public static JsonObject snapshot(EObject object) {
        List<EStructuralFeature> set = new ArrayList<>();
        for (EStructuralFeature f : features(object.eClass())) {
            if (object.eIsSet(f)) {
                set.add(f);
            }
        }
        return snapshot(object, set);
    }

    /** One feature's value as JSON. */
    public static JsonElement value(EObject object, EStructuralFeature feature, boolean labels) {
        if (feature.isUnsettable() && !object.eIsSet(feature)) {
            return feature.isMany() ? new JsonArray() : JsonNull.INSTANCE;
        }
        Object value = object.eGet(feature);
        if (feature.isMany()) {
            JsonArray array = new JsonArray();
            for (Object item : (List<?>) value) {
                array.add(single(feature, item, labels));
            }
            return array;
        }
        return single(feature, value, labels);
    }

    private static JsonElement single(EStructuralFeature feature, Object value, boolean labels) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (feature instanceof EReference) {
            return reference((EObject) value, labels);
        }
        return attributeValue(((EAttribute) feature), value);
    }

    /** A reference target as {@code {"class","key","label"}} (label only when asked). */
    public static JsonObject reference(EObject target, boolean label) {
        JsonObject json = new JsonObject();
        json.addProperty("class", Metamodel.name(target.eClass()));
        json.addProperty("key", Labels.key(target));
        if (label) {
            json.addProperty("label", Labels.label(target));
        }
        return json;
    }

    /** An attribute value as JSON (also used for the properties view and the audit trail). */
    public static JsonElement attributeValue(EAttribute attribute, Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Enumerator e) {
            return new JsonPrimitive(e.getLiteral());
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (value instanceof Date d) {
            return new JsonPrimitive(isTimestamp(attribute) ? DATE_TIME.format(LocalDateTime.ofInstant(d.toInstant(),
                    ZoneId.systemDefault())) : LocalDate.ofInstant(d.toInstant(), ZoneId.systemDefault()).toString());
        }
        if (value instanceof LocalDate d) {
            return new JsonPrimitive(d.toString());
        }
        if (value instanceof LocalDateTime t) {
            return new JsonPrimitive(DATE_TIME.format(t));
        }
        if (value instanceof Instant i) {
            return new JsonPrimitive(DATE_TIME.format(LocalDateTime.ofInstant(i, ZoneId.systemDefault())));
        }
        if (value instanceof String s) {
            return new JsonPrimitive(s);
        }
        return new JsonPrimitive(EcoreUtil.convertToString(attribute.getEAttributeType(), value));
    }

    // ------------------------------------------------------------------ input

    /**
     * Sets the features named in {@code values} on {@code target}.
     *
     * @param creating whether the object is new; for an existing object the key cannot change
     * @return the features that were set, in the order given
     * @throws InvalidValues with every problem found; {@code target} may then be half-changed
     */
    public static List<EStructuralFeature> apply(EObject target, JsonObject values, Resolver resolver, boolean creating) {
        EClass eClass = target.eClass();
        List<Finding> errors = new ArrayList<>();
        List<EStructuralFeature> applied = new ArrayList<>();
        Map<EStructuralFeature, Object> converted = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : values.entrySet()) {
            EStructuralFeature feature = eClass.getEStructuralFeature(entry.getKey());
            if (feature == null) {
                errors.add(Finding.error(null, "Onbekend veld '" + entry.getKey() + "': " + Labels.label(eClass)
                        + " heeft geen eigenschap met die naam."));
                continue;
            }
            if (!features(eClass).contains(feature) || !feature.isChangeable()) {
                errors.add(Finding.error(feature, Labels.label(feature) + " kan niet worden gewijzigd."));
                continue;
            }
            try {
                Object value = convert(feature, entry.getValue(), resolver);
                if (!creating && feature == eClass.getEIDAttribute() && !sameKey(target, feature, value)) {
                    errors.add(Finding.error(feature, Labels.label(feature) + " is de sleutel en kan niet worden gewijzigd;"
                            + " maak een nieuw object en verwijder het oude."));
                    continue;
                }
                converted.put(feature, value);
            } catch (InvalidValue e) {
                errors.add(Finding.error(feature, Labels.label(feature) + ": " + e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidValues(errors);
        }
        converted.forEach((feature, value) -> {
            set(target, feature, value);
            applied.add(feature);
        });
        return applied;
    }

    private static boolean sameKey(EObject target, EStructuralFeature id, Object value) {
        Object current = target.eGet(id);
        return current == null ? value == null : current.equals(value);
    }

    @SuppressWarnings("unchecked")
    private static void set(EObject target, EStructuralFeature feature, Object value) {
        if (feature.isMany()) {
            List<Object> list = (List<Object>) target.eGet(feature);
            list.clear();
            list.addAll((List<Object>) value);
            if (feature.isUnsettable() && list.isEmpty()) {
                target.eUnset(feature);
            }
        } else if (value == null && (feature.isUnsettable() || feature.getEType().getInstanceClass() != null
                && feature.getEType().getInstanceClass().isPrimitive())) {
            target.eUnset(feature);
        } else {
            target.eSet(feature, value);
        }
    }

    /** Converts one feature's JSON to its Java value (a List for a many-valued feature). */
    static Object convert(EStructuralFeature feature, JsonElement json, Resolver resolver) {
        if (!feature.isMany()) {
            return single(feature, json, resolver);
        }
        if (json == null || json.isJsonNull()) {
            return List.of();
        }
        if (!json.isJsonArray()) {
            throw new InvalidValue("verwacht een lijst van waarden ([...]).");
        }
        List<Object> values = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        int position = 0;
        for (JsonElement item : json.getAsJsonArray()) {
            position++;
            Object value;
            try {
                value = single(feature, item, resolver);
            } catch (InvalidValue e) {
                throw new InvalidValue("waarde " + position + ": " + e.getMessage());
            }
            if (value == null) {
                continue;
            }
            if (feature.isUnique() && !seen.add(value)) {
                throw new InvalidValue("waarde " + position + " staat er al in.");
            }
            values.add(value);
        }
        return values;
    }

    private static Object single(EStructuralFeature feature, JsonElement json, Resolver resolver) {
        if (json == null || json.isJsonNull()) {
            return null;
        }
        if (feature instanceof EReference reference) {
            return reference(reference, json, resolver);
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        if (json.isJsonArray() || json.isJsonObject()) {
            throw new InvalidValue("verwacht één waarde, geen " + (json.isJsonArray() ? "lijst." : "object."));
        }
        JsonPrimitive primitive = json.getAsJsonPrimitive();
        String text = primitive.getAsString().strip();
        if (text.isEmpty() && !primitive.isBoolean()) {
            return null;
        }
        if (type instanceof EEnum eEnum) {
            return literal(eEnum, text);
        }
        Class<?> c = type.getInstanceClass();
        if (c == null || c == String.class) {
            return text;
        }
        if (c == Integer.class || c == int.class) {
            return integral(text, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
        }
        if (c == Long.class || c == long.class) {
            return integral(text, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
        }
        if (c == Short.class || c == short.class) {
            return integral(text, Short.MIN_VALUE, Short.MAX_VALUE).shortValue();
        }
        if (c == Byte.class || c == byte.class) {
            return integral(text, Byte.MIN_VALUE, Byte.MAX_VALUE).byteValue();
        }
        if (c == BigInteger.class) {
            return integral(text, null, null).toBigIntegerExact();
        }
        if (c == Double.class || c == double.class) {
            return decimal(text).doubleValue();
        }
        if (c == Float.class || c == float.class) {
            return decimal(text).floatValue();
        }
        if (c == BigDecimal.class) {
            return decimal(text);
        }
        if (c == Boolean.class || c == boolean.class) {
            return bool(primitive, text);
        }
        if (c == Character.class || c == char.class) {
            if (text.length() != 1) {
                throw new InvalidValue("verwacht precies één teken.");
            }
            return text.charAt(0);
        }
        if (Date.class.isAssignableFrom(c)) {
            return isTimestamp((EAttribute) feature) ? Date.from(dateTime(text).atZone(ZoneId.systemDefault()).toInstant())
                    : Date.from(date(text).atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        if (c == LocalDate.class) {
            return date(text);
        }
        if (c == LocalDateTime.class) {
            return dateTime(text);
        }
        if (c == Instant.class) {
            return dateTime(text).atZone(ZoneId.systemDefault()).toInstant();
        }
        try {
            return EcoreUtil.createFromString(type, text);
        } catch (RuntimeException e) {
            throw new InvalidValue("'" + text + "' is geen geldige waarde van het type " + Labels.label(type) + ".");
        }
    }

    private static EObject reference(EReference reference, JsonElement json, Resolver resolver) {
        String key;
        if (json.isJsonObject()) {
            JsonElement k = json.getAsJsonObject().get("key");
            if (k == null || k.isJsonNull()) {
                return null;
            }
            key = k.getAsString();
        } else if (json.isJsonPrimitive()) {
            key = json.getAsString();
        } else {
            throw new InvalidValue("verwacht de sleutel van een " + Labels.label(reference.getEReferenceType()).toLowerCase(Locale.ROOT) + ".");
        }
        key = key.strip();
        if (key.isEmpty()) {
            return null;
        }
        EClass type = reference.getEReferenceType();
        Optional<EObject> target = resolver.find(type, key);
        if (target.isEmpty()) {
            throw new InvalidValue("er is geen " + Labels.label(type).toLowerCase(Locale.ROOT) + " met sleutel '" + key + "'.");
        }
        return target.get();
    }

    private static Object literal(EEnum eEnum, String text) {
        EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(text);
        if (literal == null) {
            literal = eEnum.getEEnumLiteral(text);
        }
        if (literal == null) {
            for (EEnumLiteral l : eEnum.getELiterals()) {
                if (l.getLiteral().equalsIgnoreCase(text)) {
                    literal = l;
                }
            }
        }
        if (literal == null) {
            List<String> allowed = eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
            throw new InvalidValue("onbekende waarde '" + text + "'; kies uit " + String.join(", ", allowed) + ".");
        }
        return literal.getInstance();
    }

    private static BigDecimal integral(String text, Number min, Number max) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidValue("'" + text + "' is geen geheel getal.");
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new InvalidValue("'" + text + "' is geen geheel getal.");
        }
        if (min != null && (value.compareTo(BigDecimal.valueOf(min.longValue())) < 0
                || value.compareTo(BigDecimal.valueOf(max.longValue())) > 0)) {
            throw new InvalidValue("'" + text + "' is te groot of te klein (van " + min + " tot en met " + max + ").");
        }
        return value;
    }

    private static BigDecimal decimal(String text) {
        String normal = text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        try {
            return new BigDecimal(normal);
        } catch (NumberFormatException e) {
            throw new InvalidValue("'" + text + "' is geen getal.");
        }
    }

    private static Boolean bool(JsonPrimitive primitive, String text) {
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "ja" -> Boolean.TRUE;
            case "false", "nee" -> Boolean.FALSE;
            default -> throw new InvalidValue("verwacht ja of nee (true of false), niet '" + text + "'.");
        };
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, DUTCH_DATE);
            } catch (DateTimeParseException again) {
                throw new InvalidValue("'" + text + "' is geen datum; schrijf die als jjjj-mm-dd, bijvoorbeeld 2024-10-01.");
            }
        }
    }

    private static LocalDateTime dateTime(String text) {
        try {
            return LocalDateTime.parse(text).truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            try {
                return date(text).atStartOfDay();
            } catch (InvalidValue notADate) {
                throw new InvalidValue("'" + text + "' is geen datum en tijd; schrijf die als jjjj-mm-ddTuu:mm, bijvoorbeeld 2024-10-01T09:30.");
            }
        }
    }

    /** Whether a date feature holds a moment rather than a calendar day (store hint {@code temporal=timestamp}). */
    public static boolean isTimestamp(EAttribute attribute) {
        for (var element : List.of(attribute, attribute.getEAttributeType())) {
            var annotation = element.getEAnnotation(STORE_HINTS);
            if (annotation != null && "timestamp".equalsIgnoreCase(annotation.getDetails().get("temporal"))) {
                return true;
            }
        }
        return false;
    }

    /** A value that cannot be converted; the message completes "Label: ...". */
    static final class InvalidValue extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidValue(String message) {
            super(message, null, false, false);
        }
    }
}
