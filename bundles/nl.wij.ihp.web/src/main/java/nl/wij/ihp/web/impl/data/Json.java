package nl.wij.ihp.web.impl.data;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * JSON of the IHP API: an object is {@code {"klasse","sleutel","label","waarden":{feature: value}}}
 * with text, numbers, booleans, dates {@code yyyy-MM-dd}, enum literals, and references as
 * {@code {"sleutel","label"}} (lists of them when many-valued). Records (rows, totals) go through Gson.
 */
public final class Json {

    public static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private Json() {
    }

    public static JsonObject object(EObject object) {
        JsonObject json = new JsonObject();
        json.addProperty("klasse", object.eClass().getName());
        json.addProperty("sleutel", String.valueOf(object.eGet(object.eClass().getEIDAttribute())));
        json.addProperty("label", label(object));
        JsonObject values = new JsonObject();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            values.add(feature.getName(), value(object, feature));
        }
        json.add("waarden", values);
        return json;
    }

    public static JsonArray objects(List<? extends EObject> objects) {
        JsonArray array = new JsonArray();
        objects.forEach(o -> array.add(object(o)));
        return array;
    }

    /** The name (or naam) and key of an object, e.g. {@code De Vlinder (27ZT00)}. */
    public static String label(EObject object) {
        Object key = object.eGet(object.eClass().getEIDAttribute());
        EStructuralFeature naam = object.eClass().getEStructuralFeature("naam");
        Object name = naam == null ? null : object.eGet(naam);
        return name == null ? String.valueOf(key) : name + " (" + key + ")";
    }

    private static JsonElement value(EObject object, EStructuralFeature feature) {
        if (feature instanceof EAttribute attribute && attribute.isUnsettable() && !object.eIsSet(attribute)) {
            return JsonNull.INSTANCE;
        }
        Object value = object.eGet(feature);
        if (feature instanceof EReference) {
            if (feature.isMany()) {
                JsonArray array = new JsonArray();
                ((List<?>) value).forEach(v -> array.add(reference((EObject) v)));
                return array;
            }
            return value == null ? JsonNull.INSTANCE : reference((EObject) value);
        }
        if (feature.isMany()) {
            JsonArray array = new JsonArray();
            ((List<?>) value).forEach(v -> array.add(primitive(v)));
            return array;
        }
        return primitive(value);
    }

    private static JsonElement reference(EObject target) {
        JsonObject json = new JsonObject();
        json.addProperty("sleutel", String.valueOf(target.eGet(target.eClass().getEIDAttribute())));
        json.addProperty("label", label(target));
        return json;
    }

    public static JsonElement primitive(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof BigDecimal d) {
            return new JsonPrimitive(d);
        }
        if (value instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (value instanceof Date d) {
            return new JsonPrimitive(d.toInstant().atZone(ZONE).toLocalDate().toString());
        }
        if (value instanceof Enumerator e) {
            return new JsonPrimitive(e.getLiteral());
        }
        return new JsonPrimitive(String.valueOf(value));
    }
}
