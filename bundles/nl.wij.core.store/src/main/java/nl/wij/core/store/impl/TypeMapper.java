package nl.wij.core.store.impl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

import nl.wij.core.store.dialect.ColumnType;
import nl.wij.core.store.dialect.ColumnType.Kind;
import nl.wij.core.store.dialect.Dialect;

/**
 * EMF data types to column types (README, "Types"). Hints come from the annotation
 * {@value #SOURCE} on the feature (or its data type): {@code length}, {@code clob=true},
 * {@code precision}, {@code scale}, {@code temporal=timestamp}, {@code transient=true}; a
 * string data type's {@code maxLength} facet (ExtendedMetaData) also sets the length.
 */
final class TypeMapper {

    static final String SOURCE = "http://wij.nl/store";

    static final int DEFAULT_LENGTH = 1000;
    static final int KEY_LENGTH = 255;
    static final int ENUM_LENGTH = 255;
    static final int DEFAULT_SCALE = 6;

    private final Dialect dialect;

    TypeMapper(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The codec of an attribute's values, or an exception with a Dutch reason. */
    Codec codec(EAttribute attribute, boolean key) {
        EDataType type = attribute.getEAttributeType();
        return new Codec(columnType(attribute, type, key), type);
    }

    private ColumnType columnType(EAttribute attribute, EDataType type, boolean key) {
        if (type instanceof EEnum) {
            return ColumnType.varchar(intHint(attribute, type, "length", ENUM_LENGTH));
        }
        Class<?> c = type.getInstanceClass();
        if (c == null) {
            c = String.class;
        }
        if (c == String.class || c == char.class || c == Character.class) {
            return text(attribute, type, key, c == String.class ? -1 : 1);
        }
        if (c == int.class || c == Integer.class) {
            return ColumnType.of(Kind.INTEGER);
        }
        if (c == long.class || c == Long.class) {
            return ColumnType.of(Kind.BIGINT);
        }
        if (c == short.class || c == Short.class || c == byte.class || c == Byte.class) {
            return ColumnType.of(Kind.SMALLINT);
        }
        if (c == double.class || c == Double.class) {
            return ColumnType.of(Kind.DOUBLE);
        }
        if (c == float.class || c == Float.class) {
            return ColumnType.of(Kind.REAL);
        }
        if (c == boolean.class || c == Boolean.class) {
            return ColumnType.of(Kind.BOOLEAN);
        }
        if (c == BigDecimal.class || c == BigInteger.class) {
            int max = dialect.maxDecimalPrecision();
            int precision = Math.min(max, intHint(attribute, type, "precision",
                    facet(ExtendedMetaData.INSTANCE.getTotalDigitsFacet(type), max)));
            int scale = c == BigInteger.class ? 0 : intHint(attribute, type, "scale",
                    facet(ExtendedMetaData.INSTANCE.getFractionDigitsFacet(type), DEFAULT_SCALE));
            return ColumnType.decimal(precision, Math.min(scale, precision));
        }
        if (c == LocalDate.class) {
            return ColumnType.of(Kind.DATE);
        }
        if (c == Instant.class || c == LocalDateTime.class || c == java.sql.Timestamp.class) {
            return ColumnType.of(Kind.TIMESTAMP);
        }
        if (Date.class.isAssignableFrom(c)) {
            return "timestamp".equalsIgnoreCase(hint(attribute, type, "temporal")) ? ColumnType.of(Kind.TIMESTAMP)
                    : ColumnType.of(Kind.DATE);
        }
        if (type.isSerializable() && c != Object.class && !c.isArray()) {
            // any other data type the model can write as text, e.g. a value type with a factory conversion
            return text(attribute, type, key, -1);
        }
        throw new IllegalArgumentException("type " + type.getName() + " (" + c.getName()
                + ") kan niet in een kolom worden opgeslagen");
    }

    private ColumnType text(EAttribute attribute, EDataType type, boolean key, int fixed) {
        int length = fixed > 0 ? fixed
                : intHint(attribute, type, "length", facet(ExtendedMetaData.INSTANCE.getMaxLengthFacet(type),
                        key ? KEY_LENGTH : DEFAULT_LENGTH));
        boolean clob = "true".equalsIgnoreCase(hint(attribute, type, "clob")) || length > dialect.maxVarcharLength();
        if (clob && key) {
            throw new IllegalArgumentException("een iD-attribuut kan geen lange tekst (CLOB) zijn");
        }
        return clob ? ColumnType.of(Kind.CLOB) : ColumnType.varchar(length);
    }

    private static int facet(int value, int fallback) {
        return value > 0 ? value : fallback;
    }

    private static int intHint(EModelElement feature, EModelElement type, String key, int fallback) {
        String value = hint(feature, type, key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("annotatie " + key + "=" + value + " is geen getal", e);
        }
    }

    static String hint(EModelElement feature, EModelElement type, String key) {
        String value = feature.getEAnnotation(SOURCE) == null ? null : feature.getEAnnotation(SOURCE).getDetails().get(key);
        if (value == null && type != null && type.getEAnnotation(SOURCE) != null) {
            value = type.getEAnnotation(SOURCE).getDetails().get(key);
        }
        return value == null ? null : value.trim();
    }
}
