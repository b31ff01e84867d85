package nl.wij.core.editors.impl.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nl.wij.core.editors.impl.ObjectIndex;
import nl.wij.core.editors.impl.command.CommandStack;
import nl.wij.core.editors.impl.model.ClassTree;
import nl.wij.core.editors.impl.model.Finding;
import nl.wij.core.editors.impl.model.JsonValues;
import nl.wij.core.editors.impl.model.Labels;
import nl.wij.core.editors.impl.model.Metamodel;
import nl.wij.core.editors.impl.model.ModelRegistry;

/** The JSON shapes of the {@code /api/model} endpoints (documented in the bundle's README). */
final class ModelJson {

    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private ModelJson() {
    }

    static JsonObject packageJson(ModelRegistry.PackageEntry entry, Metamodel metamodel) {
        EPackage p = entry.ePackage();
        JsonObject json = new JsonObject();
        json.addProperty("name", p.getName());
        json.addProperty("nsURI", p.getNsURI());
        json.addProperty("label", Labels.words(p.getName()));
        json.addProperty("documentation", Labels.documentation(p));
        boolean available = metamodel.packages().contains(p);
        json.addProperty("available", available);
        json.addProperty("status", entry.state() == null ? "ONBEKEND" : entry.state().status().name());
        json.addProperty("schema", entry.state() == null ? null : entry.state().schema());
        JsonArray messages = new JsonArray();
        if (entry.state() != null) {
            entry.state().messages().forEach(messages::add);
        }
        json.add("messages", messages);
        JsonArray classes = new JsonArray();
        if (available) {
            metamodel.classes().stream().filter(c -> c.getEPackage() == p).forEach(c -> classes.add(classJson(c, metamodel)));
        }
        json.add("classes", classes);
        return json;
    }

    static JsonObject classJson(EClass c, Metamodel metamodel) {
        JsonObject json = new JsonObject();
        json.addProperty("name", Metamodel.name(c));
        json.addProperty("eClass", c.getName());
        json.addProperty("package", c.getEPackage().getName());
        json.addProperty("label", Labels.label(c));
        json.addProperty("documentation", Labels.documentation(c));
        json.addProperty("abstract", c.isAbstract() || c.isInterface());
        JsonArray superTypes = new JsonArray();
        c.getEAllSuperTypes().forEach(s -> superTypes.add(Metamodel.name(s)));
        json.add("superTypes", superTypes);
        json.addProperty("keyFeature", c.getEIDAttribute() == null ? null : c.getEIDAttribute().getName());
        EAttribute labelFeature = Labels.labelAttribute(c);
        json.addProperty("labelFeature", labelFeature == null ? null : labelFeature.getName());
        JsonArray concrete = new JsonArray();
        metamodel.concreteSubtypes(c).forEach(s -> concrete.add(Metamodel.name(s)));
        json.add("concreteTypes", concrete);
        JsonArray features = new JsonArray();
        JsonValues.formOrder(c).forEach(f -> features.add(featureJson(f)));
        json.add("features", features);
        return json;
    }

    static JsonObject featureJson(EStructuralFeature f) {
        JsonObject json = new JsonObject();
        json.addProperty("name", f.getName());
        json.addProperty("label", Labels.label(f));
        json.addProperty("documentation", Labels.documentation(f));
        json.addProperty("kind", f instanceof EReference ? "reference" : "attribute");
        json.addProperty("type", Metamodel.name(f.getEType()));
        json.addProperty("typeLabel", typeLabel(f));
        json.addProperty("typeDocumentation", Labels.documentation(f.getEType()));
        json.addProperty("input", input(f));
        json.addProperty("many", f.isMany());
        json.addProperty("required", f.getLowerBound() > 0);
        json.addProperty("lowerBound", f.getLowerBound());
        json.addProperty("upperBound", f.getUpperBound());
        json.addProperty("key", f instanceof EAttribute a && a.isID());
        json.addProperty("unsettable", f.isUnsettable());
        json.addProperty("changeable", f.isChangeable());
        json.addProperty("declaredIn", Metamodel.name(f.getEContainingClass()));
        if (f instanceof EAttribute a) {
            EDataType type = a.getEAttributeType();
            Class<?> c = type.getInstanceClass();
            json.addProperty("nullable", c == null || !c.isPrimitive());
            JsonArray patterns = new JsonArray();
            ExtendedMetaData.INSTANCE.getPatternFacet(type).forEach(patterns::add);
            json.add("patterns", patterns);
            int maxLength = ExtendedMetaData.INSTANCE.getMaxLengthFacet(type);
            json.addProperty("maxLength", maxLength > 0 ? maxLength : null);
            if (type instanceof EEnum e) {
                JsonArray literals = new JsonArray();
                for (EEnumLiteral literal : e.getELiterals()) {
                    JsonObject l = new JsonObject();
                    l.addProperty("value", literal.getLiteral());
                    l.addProperty("label", Labels.label(literal));
                    l.addProperty("documentation", Labels.documentation(literal));
                    literals.add(l);
                }
                json.add("literals", literals);
            }
        } else {
            json.addProperty("referenceType", Metamodel.name(((EReference) f).getEReferenceType()));
            json.addProperty("nullable", true);
        }
        return json;
    }

    /** The type of a feature in words: "Tekst", "Datum", "Keuzelijst Onderwijssoort", "Gemeente", "Tekst (Postcode)". */
    static String typeLabel(EStructuralFeature f) {
        String input = input(f);
        String typeName = f.getEType().getName();
        return switch (input) {
            case "reference" -> Labels.label(f.getEType());
            case "enum" -> "Keuzelijst " + Labels.label(f.getEType()).toLowerCase(java.util.Locale.ROOT);
            case "integer" -> "Geheel getal";
            case "decimal" -> "Getal";
            case "boolean" -> "Ja of nee";
            case "date" -> "Datum";
            case "datetime" -> "Datum en tijd";
            default -> typeName.startsWith("E") && f.getEType().getEPackage() != null
                    && "ecore".equals(f.getEType().getEPackage().getName()) ? "Tekst" : "Tekst (" + Labels.label(f.getEType()) + ")";
        };
    }

    /** Which kind of form control suits a feature. */
    static String input(EStructuralFeature f) {
        if (f instanceof EReference) {
            return "reference";
        }
        EDataType type = ((EAttribute) f).getEAttributeType();
        if (type instanceof EEnum) {
            return "enum";
        }
        Class<?> c = type.getInstanceClass();
        if (c == null || c == String.class || c == Character.class || c == char.class) {
            return "text";
        }
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class || c == Short.class
                || c == short.class || c == Byte.class || c == byte.class || c == BigInteger.class) {
            return "integer";
        }
        if (c == Double.class || c == double.class || c == Float.class || c == float.class || c == BigDecimal.class) {
            return "decimal";
        }
        if (c == Boolean.class || c == boolean.class) {
            return "boolean";
        }
        if (c == LocalDate.class || Date.class.isAssignableFrom(c) && !JsonValues.isTimestamp((EAttribute) f)) {
            return "date";
        }
        if (Date.class.isAssignableFrom(c) || c == LocalDateTime.class || c == Instant.class) {
            return "datetime";
        }
        return "text";
    }

    static JsonObject object(EObject o) {
        JsonObject json = summary(o);
        json.add("values", JsonValues.values(o));
        return json;
    }

    static JsonObject summary(EObject o) {
        JsonObject json = new JsonObject();
        json.addProperty("class", Metamodel.name(o.eClass()));
        json.addProperty("classLabel", Labels.label(o.eClass()));
        json.addProperty("key", Labels.key(o));
        json.addProperty("label", Labels.label(o));
        return json;
    }

    static JsonObject summary(ObjectIndex.Summary s) {
        JsonObject json = new JsonObject();
        json.addProperty("class", Metamodel.name(s.eClass()));
        json.addProperty("classLabel", Labels.label(s.eClass()));
        json.addProperty("key", s.key());
        json.addProperty("label", s.label());
        return json;
    }

    static JsonObject link(ClassTree.Link link) {
        JsonObject json = new JsonObject();
        json.addProperty("class", Metamodel.name(link.child()));
        json.addProperty("label", Labels.label(link.child()));
        json.addProperty("feature", link.reference().getName());
        json.addProperty("featureLabel", Labels.label(link.reference()));
        return json;
    }

    static JsonArray findings(List<Finding> findings) {
        JsonArray array = new JsonArray();
        for (Finding f : findings) {
            JsonObject json = new JsonObject();
            json.addProperty("feature", f.feature() == null ? null : f.feature().getName());
            json.addProperty("label", f.feature() == null ? null : Labels.label(f.feature()));
            json.addProperty("severity", f.severity().name());
            json.addProperty("message", f.message());
            array.add(json);
        }
        return array;
    }

    static JsonObject commands(CommandStack.State state) {
        JsonObject json = new JsonObject();
        json.addProperty("undo", state.undoLabel());
        json.addProperty("undoCount", state.undoCount());
        json.addProperty("redo", state.redoLabel());
        json.addProperty("redoCount", state.redoCount());
        return json;
    }
}
