package nl.wij.core.store.impl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.wij.core.store.dialect.ColumnType;
import nl.wij.core.store.dialect.ColumnType.Kind;

/**
 * Converts the values of one column between EMF, JDBC and audit text. In between sits the
 * canonical form, what {@link #read} returns and {@link #bind} takes: String, Short, Integer,
 * Long, Float, Double, BigDecimal (at the column's scale), Boolean, LocalDate (DATE) or Instant
 * (TIMESTAMP, stored as UTC). Equal canonical values mean an unchanged column.
 */
final class Codec {

    private final ColumnType type;
    private final EDataType dataType;
    private final Class<?> instanceClass;

    Codec(ColumnType type, EDataType dataType) {
        this.type = type;
        this.dataType = dataType;
        Class<?> c = dataType.getInstanceClass();
        this.instanceClass = c == null ? String.class : c;
    }

    ColumnType type() {
        return type;
    }

    EDataType dataType() {
        return dataType;
    }

    /** EMF value to canonical; {@code null} stays {@code null}. */
    Object toCanonical(Object value) {
        if (value == null) {
            return null;
        }
        return switch (type.kind()) {
            case VARCHAR, CLOB -> text(value);
            case SMALLINT -> ((Number) value).shortValue();
            case INTEGER -> ((Number) value).intValue();
            case BIGINT -> ((Number) value).longValue();
            case REAL -> ((Number) value).floatValue();
            case DOUBLE -> ((Number) value).doubleValue();
            case DECIMAL -> decimal(value);
            case BOOLEAN -> (Boolean) value;
            case DATE -> localDate(value);
            case TIMESTAMP -> instant(value);
        };
    }

    /** Canonical value to the EMF value of the data type. */
    Object toEmf(Object canonical) {
        if (canonical == null) {
            return null;
        }
        Class<?> c = instanceClass;
        return switch (type.kind()) {
            case VARCHAR, CLOB -> c == String.class && !(dataType instanceof EEnum) ? canonical
                    : c == char.class || c == Character.class ? Character.valueOf(((String) canonical).charAt(0))
                    : EcoreUtil.createFromString(dataType, (String) canonical);
            case SMALLINT -> c == byte.class || c == Byte.class ? Byte.valueOf(((Short) canonical).byteValue())
                    : canonical;
            case DECIMAL -> c == BigInteger.class ? ((BigDecimal) canonical).toBigInteger() : canonical;
            case DATE -> c == LocalDate.class ? canonical
                    : Date.from(((LocalDate) canonical).atStartOfDay(ZoneId.systemDefault()).toInstant());
            case TIMESTAMP -> c == Instant.class ? canonical
                    : c == LocalDateTime.class ? LocalDateTime.ofInstant((Instant) canonical, ZoneOffset.UTC)
                    : Date.from((Instant) canonical);
            default -> canonical;
        };
    }

    /** A key given by a caller (its own type, or text) to canonical. */
    Object keyFromUser(Object key) {
        if (key instanceof String s && type.kind() != Kind.VARCHAR && type.kind() != Kind.CLOB) {
            return toCanonical(EcoreUtil.createFromString(dataType, s));
        }
        return toCanonical(key);
    }

    void bind(PreparedStatement statement, int index, Object canonical) throws SQLException {
        if (canonical == null) {
            statement.setNull(index, sqlType());
            return;
        }
        switch (type.kind()) {
            case VARCHAR, CLOB -> statement.setString(index, (String) canonical);
            case SMALLINT -> statement.setShort(index, (Short) canonical);
            case INTEGER -> statement.setInt(index, (Integer) canonical);
            case BIGINT -> statement.setLong(index, (Long) canonical);
            case REAL -> statement.setFloat(index, (Float) canonical);
            case DOUBLE -> statement.setDouble(index, (Double) canonical);
            case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) canonical);
            case BOOLEAN -> statement.setBoolean(index, (Boolean) canonical);
            case DATE -> statement.setDate(index, java.sql.Date.valueOf((LocalDate) canonical));
            case TIMESTAMP -> statement.setTimestamp(index, Timestamp.from((Instant) canonical), utc());
        }
    }

    Object read(ResultSet row, int index) throws SQLException {
        Object value = switch (type.kind()) {
            case VARCHAR, CLOB -> row.getString(index);
            case SMALLINT -> row.getShort(index);
            case INTEGER -> row.getInt(index);
            case BIGINT -> row.getLong(index);
            case REAL -> row.getFloat(index);
            case DOUBLE -> row.getDouble(index);
            case DECIMAL -> row.getBigDecimal(index);
            case BOOLEAN -> row.getBoolean(index);
            case DATE -> {
                java.sql.Date date = row.getDate(index);
                yield date == null ? null : date.toLocalDate();
            }
            case TIMESTAMP -> {
                Timestamp timestamp = row.getTimestamp(index, utc());
                yield timestamp == null ? null : timestamp.toInstant();
            }
        };
        return row.wasNull() ? null : value;
    }

    /** The canonical value as audit text: ISO dates, plain decimals, enum literals. */
    static String auditText(Object canonical) {
        if (canonical == null) {
            return null;
        }
        if (canonical instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return canonical.toString();
    }

    int sqlType() {
        return switch (type.kind()) {
            case VARCHAR -> Types.VARCHAR;
            case CLOB -> Types.CLOB;
            case SMALLINT -> Types.SMALLINT;
            case INTEGER -> Types.INTEGER;
            case BIGINT -> Types.BIGINT;
            case REAL -> Types.REAL;
            case DOUBLE -> Types.DOUBLE;
            case DECIMAL -> Types.DECIMAL;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.DATE;
            case TIMESTAMP -> Types.TIMESTAMP;
        };
    }

    private String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Enumerator e) {
            return e.getLiteral();
        }
        if (value instanceof Character ch) {
            return ch.toString();
        }
        if (dataType instanceof EEnum) {
            return value.toString();
        }
        return EcoreUtil.convertToString(dataType, value);
    }

    private BigDecimal decimal(Object value) {
        BigDecimal d = value instanceof BigDecimal b ? b
                : value instanceof BigInteger i ? new BigDecimal(i)
                : new BigDecimal(value.toString());
        return d.setScale(type.scale(), RoundingMode.HALF_UP);
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        throw new IllegalArgumentException("Geen datum: " + value);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        throw new IllegalArgumentException("Geen tijdstip: " + value);
    }

    /** A calendar in UTC for TIMESTAMP columns; not thread-safe, so one per call. */
    static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    }
}
