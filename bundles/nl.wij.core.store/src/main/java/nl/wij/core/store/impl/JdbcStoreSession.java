package nl.wij.core.store.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.wij.core.store.SaveResult;
import nl.wij.core.store.SaveSummary;
import nl.wij.core.store.StoreException;
import nl.wij.core.store.StoreException.Reason;
import nl.wij.core.store.StoreSession;
import nl.wij.core.store.dialect.Dialect;

/** A unit of work on one connection; read-only when it has no user. */
final class JdbcStoreSession implements StoreSession, AutoCloseable {

    private final StoreCatalog catalog;
    private final Dialect dialect;
    private final String user;
    private final ObjectLoader loader;
    private final ObjectWriter writer;
    private boolean open = true;

    JdbcStoreSession(Connection connection, StoreCatalog catalog, Dialect dialect, String user, Instant now) {
        this.catalog = catalog;
        this.dialect = dialect;
        this.user = user;
        this.loader = new ObjectLoader(connection, catalog);
        this.writer = user == null ? null
                : new ObjectWriter(connection, catalog, dialect, new AuditLog(connection, user, now));
    }

    @Override
    public Optional<EObject> get(EClass eClass, Object key) {
        check();
        ClassMap cm = catalog.require(eClass);
        Object canonical = key(cm.table.key.codec, cm, key);
        try {
            EObject o = loader.cached(cm.table, canonical);
            if (o == null) {
                o = loader.byKeys(cm.table, List.of(canonical)).get(canonical);
            }
            return Optional.ofNullable(o).filter(found -> isA(found.eClass(), cm));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, dialect, catalog);
        }
    }

    @Override
    public List<EObject> list(EClass eClass) {
        check();
        ClassMap cm = catalog.require(eClass);
        List<Object> params = new ArrayList<>();
        List<Codec> codecs = new ArrayList<>();
        String where = classFilter(cm, "WHERE", params, codecs);
        return query(cm, where, params, codecs);
    }

    @Override
    public List<EObject> list(EClass eClass, EStructuralFeature feature, Object value) {
        check();
        ClassMap cm = catalog.require(eClass);
        TableMap t = cm.table;
        String name = feature.getName();
        List<Object> params = new ArrayList<>();
        List<Codec> codecs = new ArrayList<>();
        String condition = null;
        if (cm.id.getName().equals(name)) {
            condition = t.key.name() + " = ?";
            params.add(key(t.key.codec, cm, value));
            codecs.add(t.key.codec);
        }
        for (Binding b : cm.bindings) {
            if (condition == null && b.feature().getName().equals(name)) {
                ColumnMap c = b.column();
                Object v = b.reference() ? referenceKey(c.target, value) : value(cm, c.codec, value);
                if (v == null) {
                    condition = c.name() + " IS NULL";
                } else {
                    condition = c.name() + " = ?";
                    params.add(v);
                    codecs.add(c.codec);
                }
            }
        }
        for (ListMap l : cm.lists) {
            if (condition == null && l.feature.getName().equals(name)) {
                condition = t.key.name() + " IN (SELECT " + l.ownerColumn.name() + " FROM " + l.qualified + " WHERE "
                        + l.valueColumn.name() + " = ?)";
                params.add(l.link() ? referenceKey(l.valueColumn.target, value) : value(cm, l.valueColumn.codec, value));
                codecs.add(l.valueColumn.codec);
            }
        }
        for (Derived d : cm.derived) {
            if (condition == null && d.feature().getName().equals(name)) {
                params.add(referenceKey(d.source().qualified, value));
                codecs.add(d.source().key.codec);
                condition = t.key.name() + " IN (" + (d.column() != null
                        ? "SELECT " + d.column().name() + " FROM " + d.source().qualified + " WHERE "
                                + d.source().key.name() + " = ?"
                        : "SELECT " + d.list().valueColumn.name() + " FROM " + d.list().qualified + " WHERE "
                                + d.list().ownerColumn.name() + " = ?") + ")";
            }
        }
        if (condition == null) {
            throw new StoreException(Reason.INVALID, "Op kenmerk '" + name + "' van " + cm.name()
                    + " kan niet worden gezocht: het wordt niet opgeslagen.");
        }
        if (params.contains(null)) {
            return List.of();
        }
        String where = "WHERE " + condition + classFilter(cm, " AND", params, codecs);
        return query(cm, where, params, codecs);
    }

    @Override
    public SaveResult save(EObject object) {
        writable();
        try {
            SaveResult result = writer.saveAll(List.of(object)).get(0);
            loader.clear();
            return result;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, dialect, catalog);
        }
    }

    @Override
    public SaveSummary saveAll(Collection<? extends EObject> objects) {
        writable();
        try {
            List<SaveResult> results = writer.saveAll(objects);
            loader.clear();
            SaveSummary summary = SaveSummary.NONE;
            for (SaveResult r : results) {
                summary = summary.plus(r);
            }
            return summary;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, dialect, catalog);
        }
    }

    @Override
    public boolean delete(EClass eClass, Object key) {
        writable();
        ClassMap cm = catalog.require(eClass);
        try {
            boolean deleted = writer.delete(cm, key(cm.table.key.codec, cm, key));
            loader.clear();
            return deleted;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, dialect, catalog);
        }
    }

    @Override
    public String user() {
        return user;
    }

    /** Ends a write: flushes the audit and checks the references of everything saved. */
    void finish() throws SQLException {
        if (writer != null) {
            writer.flush();
            writer.verifyReferences();
        }
    }

    @Override
    public void close() throws SQLException {
        open = false;
        if (writer != null) {
            writer.close();
        }
    }

    private List<EObject> query(ClassMap cm, String where, List<Object> params, List<Codec> codecs) {
        try {
            return loader.query(cm.table, where + " ORDER BY " + cm.table.key.name(), params, codecs);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, dialect, catalog);
        }
    }

    /** Restricts a hierarchy table to the class and its subclasses. */
    private static String classFilter(ClassMap cm, String join, List<Object> params, List<Codec> codecs) {
        TableMap t = cm.table;
        if (t.discriminator == null || cm.discriminatorValues.size() == t.def.classes().size()) {
            return "";
        }
        if (cm.discriminatorValues.isEmpty()) {
            return " " + join + " 1 = 0";
        }
        Codec text = new Codec(t.discriminator.def.type(), org.eclipse.emf.ecore.EcorePackage.Literals.ESTRING);
        for (String v : cm.discriminatorValues) {
            params.add(v);
            codecs.add(text);
        }
        return " " + join + " " + Names.DISCRIMINATOR + " IN (" + ObjectLoader.placeholders(cm.discriminatorValues.size())
                + ")";
    }

    private static boolean isA(EClass actual, ClassMap cm) {
        return actual == cm.eClass || cm.eClass.isSuperTypeOf(actual) || cm.discriminatorValues.contains(actual.getName());
    }

    private Object referenceKey(String table, Object value) {
        TableMap target = catalog.table(table);
        if (value == null) {
            return null;
        }
        if (value instanceof EObject o) {
            ClassMap tcm = catalog.require(o.eClass());
            return tcm.table.key.codec.toCanonical(o.eGet(o.eClass().getEIDAttribute()));
        }
        return key(target.key.codec, target.classes.values().iterator().next(), value);
    }

    private static Object value(ClassMap cm, Codec codec, Object value) {
        if (value instanceof String s && codec.dataType().getInstanceClass() != String.class) {
            return codec.toCanonical(EcoreUtil.createFromString(codec.dataType(), s));
        }
        try {
            return codec.toCanonical(value);
        } catch (RuntimeException e) {
            throw new StoreException(Reason.INVALID, "De waarde '" + value + "' past niet bij een kenmerk van "
                    + cm.name() + ".", e);
        }
    }

    private static Object key(Codec codec, ClassMap cm, Object key) {
        if (key == null) {
            throw new StoreException(Reason.INVALID, "Zonder sleutel is er geen " + cm.name() + " te vinden.");
        }
        try {
            return codec.keyFromUser(key);
        } catch (RuntimeException e) {
            throw new StoreException(Reason.INVALID, "'" + key + "' is geen geldige sleutel van " + cm.name() + ".", e);
        }
    }

    private void check() {
        if (!open) {
            throw new StoreException(Reason.ILLEGAL_STATE, "Deze opslagsessie is al afgesloten; gebruik de sessie"
                    + " alleen binnen haar read- of write-opdracht.");
        }
    }

    private void writable() {
        check();
        if (writer == null) {
            throw new StoreException(Reason.ILLEGAL_STATE, "In een leesopdracht kan niets worden opgeslagen of"
                    + " verwijderd; gebruik ModelStore.write.");
        }
    }
}
