package nl.wij.core.store.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.wij.core.store.AuditAction;
import nl.wij.core.store.SaveResult;
import nl.wij.core.store.StoreException;
import nl.wij.core.store.StoreException.Reason;
import nl.wij.core.store.dialect.ColumnType;
import nl.wij.core.store.dialect.Dialect;

/**
 * Saves and deletes objects for one unit of work. A save reads the existing rows of all objects
 * of a table with a few {@code IN} queries, compares column by column, and writes inserts,
 * updates, list rows and audit rows in JDBC batches. References are checked at the end of the
 * unit of work ({@link #verifyReferences}), so objects may be saved in any order; the database's
 * deferred foreign keys check again at commit.
 */
final class ObjectWriter implements AutoCloseable {

    private static final int BATCH = 1000;

    /** Where a reference to a key came from, for the message when the key does not exist. */
    private record Source(String ownerClass, String ownerKey, String feature, String targetClass) {
    }

    private record Item(EObject object, ClassMap cm, Object key, Object[] row, Map<ListMap, List<Object>> lists) {
    }

    private final Connection connection;
    private final StoreCatalog catalog;
    private final Dialect dialect;
    private final AuditLog audit;
    private final Map<String, Map<Object, Source>> referenced = new HashMap<>();
    private final Map<String, Set<Object>> present = new HashMap<>();

    ObjectWriter(Connection connection, StoreCatalog catalog, Dialect dialect, AuditLog audit) {
        this.connection = connection;
        this.catalog = catalog;
        this.dialect = dialect;
        this.audit = audit;
    }

    List<SaveResult> saveAll(Collection<? extends EObject> objects) throws SQLException {
        Map<TableMap, LinkedHashMap<Object, Item>> groups = new LinkedHashMap<>();
        List<Item> order = new ArrayList<>(objects.size());
        for (EObject o : objects) {
            if (o == null) {
                throw new StoreException(Reason.INVALID, "Er is een leeg object (null) aangeboden om op te slaan.");
            }
            ClassMap cm = catalog.require(o.eClass());
            Item item = prepare(o, cm);
            Item previous = groups.computeIfAbsent(cm.table, t -> new LinkedHashMap<>()).putIfAbsent(item.key, item);
            if (previous != null) {
                throw new StoreException(Reason.INVALID, cm.name() + " " + Codec.auditText(item.key)
                        + " komt twee keer voor in dezelfde opslagactie.");
            }
            order.add(item);
        }
        Map<Item, SaveResult> results = new HashMap<>();
        for (Map.Entry<TableMap, LinkedHashMap<Object, Item>> group : groups.entrySet()) {
            save(group.getKey(), group.getValue(), results);
        }
        audit.flush();
        List<SaveResult> out = new ArrayList<>(order.size());
        order.forEach(i -> out.add(results.get(i)));
        return out;
    }

    private void save(TableMap t, LinkedHashMap<Object, Item> items, Map<Item, SaveResult> results)
            throws SQLException {
        List<Object> keys = new ArrayList<>(items.keySet());
        Map<Object, Object[]> existing = fetchRows(t, keys);
        Map<ListMap, Map<Object, List<Object>>> oldLists = new HashMap<>();
        if (!existing.isEmpty()) {
            List<Object> existingKeys = new ArrayList<>(existing.keySet());
            for (ListMap l : t.lists) {
                oldLists.put(l, fetchLists(l, existingKeys));
            }
        }
        Set<Object> saved = present.computeIfAbsent(t.qualified, q -> new HashSet<>());
        String columns = t.columnList();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + t.qualified + " (" + columns
                + ") VALUES (" + ObjectLoader.placeholders(t.columns.size()) + ")");
                Updates updates = new Updates(t);
                Batches lists = new Batches()) {
            int inserts = 0;
            for (Item item : items.values()) {
                Object[] old = existing.get(item.key);
                saved.add(item.key);
                if (old == null) {
                    bind(insert, t.columns, item.row);
                    insert.addBatch();
                    if (++inserts % BATCH == 0) {
                        insert.executeBatch();
                    }
                    for (Map.Entry<ListMap, List<Object>> l : item.lists.entrySet()) {
                        lists.insert(l.getKey(), item.key, l.getValue());
                    }
                    audit.add(AuditAction.CREATED, t.qualified, item.cm.name(), Codec.auditText(item.key), null, null,
                            summary(item.cm, item.row, item.lists));
                    results.put(item, SaveResult.CREATED);
                    continue;
                }
                List<String[]> changes = new ArrayList<>();
                List<ColumnMap> changed = new ArrayList<>();
                for (ColumnMap c : t.columns) {
                    if (c.index > 0 && !Objects.equals(old[c.index], item.row[c.index])) {
                        changed.add(c);
                        changes.add(new String[] {featureName(item.cm, c), text(old[c.index]),
                                text(item.row[c.index])});
                    }
                }
                for (ListMap l : t.lists) {
                    List<Object> before = oldLists.getOrDefault(l, Map.of()).getOrDefault(item.key, List.of());
                    List<Object> after = item.lists.getOrDefault(l, List.of());
                    if (!before.equals(after)) {
                        changes.add(new String[] {l.feature.getName(), listText(before), listText(after)});
                        lists.delete(l, item.key);
                        lists.insert(l, item.key, after);
                    }
                }
                if (changes.isEmpty()) {
                    results.put(item, SaveResult.UNCHANGED);
                    continue;
                }
                if (!changed.isEmpty()) {
                    updates.add(changed, item);
                }
                String key = Codec.auditText(item.key);
                for (String[] change : changes) {
                    audit.add(AuditAction.UPDATED, t.qualified, item.cm.name(), key, change[0], change[1], change[2]);
                }
                results.put(item, SaveResult.UPDATED);
            }
            if (inserts % BATCH != 0) {
                insert.executeBatch();
            }
            updates.flush();
            lists.flush();
        }
    }

    boolean delete(ClassMap cm, Object key) throws SQLException {
        TableMap t = cm.table;
        Object[] old = fetchRows(t, List.of(key)).get(key);
        if (old == null) {
            return false;
        }
        ClassMap actual = t.classOf(t.discriminator == null ? null : (String) old[t.discriminator.index]);
        if (actual == null || actual.eClass != cm.eClass && !cm.eClass.isSuperTypeOf(actual.eClass)) {
            return false;
        }
        String keyText = Codec.auditText(key);
        for (StoreCatalog.Referrer r : catalog.referrers(t.qualified)) {
            String user = referrer(r, t, key);
            if (user != null) {
                throw new StoreException(Reason.IN_USE, actual.name() + " " + keyText + " kan niet worden verwijderd: "
                        + user + ".");
            }
        }
        Map<ListMap, List<Object>> oldLists = new LinkedHashMap<>();
        for (ListMap l : t.lists) {
            List<Object> values = fetchLists(l, List.of(key)).getOrDefault(key, List.of());
            if (!values.isEmpty()) {
                oldLists.put(l, values);
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + l.qualified + " WHERE " + l.ownerColumn.name() + " = ?")) {
                l.ownerColumn.codec.bind(delete, 1, key);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + t.qualified + " WHERE " + t.key.name() + " = ?")) {
            t.key.codec.bind(delete, 1, key);
            delete.executeUpdate();
        }
        audit.add(AuditAction.DELETED, t.qualified, actual.name(), keyText, null, summary(actual, old, oldLists), null);
        audit.flush();
        Set<Object> saved = present.get(t.qualified);
        if (saved != null) {
            saved.remove(key);
        }
        return true;
    }

    /** Checks that every key referred to in this unit of work exists now; throws the first one missing. */
    void verifyReferences() throws SQLException {
        for (Map.Entry<String, Map<Object, Source>> entry : referenced.entrySet()) {
            Set<Object> known = present.getOrDefault(entry.getKey(), Set.of());
            List<Object> check = new ArrayList<>();
            for (Object key : entry.getValue().keySet()) {
                if (!known.contains(key)) {
                    check.add(key);
                }
            }
            if (check.isEmpty()) {
                continue;
            }
            TableMap target = catalog.table(entry.getKey());
            Set<Object> found = new HashSet<>();
            KeyScan.rows(connection, target.qualified, target.key.name(), target.key.name(), 1, "", check,
                    target.key.codec, rows -> found.add(target.key.codec.read(rows, 1)));
            List<Object> missing = check.stream().filter(k -> !found.contains(k)).toList();
            if (!missing.isEmpty()) {
                Source s = entry.getValue().get(missing.get(0));
                throw new StoreException(Reason.MISSING_REFERENCE, s.ownerClass() + " " + s.ownerKey() + " verwijst via '"
                        + s.feature() + "' naar " + s.targetClass() + " " + Codec.auditText(missing.get(0))
                        + ", maar die staat niet in de opslag."
                        + (missing.size() > 1 ? " Er ontbreken nog " + (missing.size() - 1) + " andere "
                                + s.targetClass() + "-objecten waarnaar verwezen wordt." : ""));
            }
        }
        referenced.clear();
    }

    void flush() throws SQLException {
        audit.flush();
    }

    @Override
    public void close() throws SQLException {
        audit.close();
    }

    private Item prepare(EObject o, ClassMap cm) {
        TableMap t = cm.table;
        Object key = t.key.codec.toCanonical(o.eGet(feature(o, cm, cm.id)));
        if (key == null || key instanceof String s && s.isBlank()) {
            throw new StoreException(Reason.INVALID, "Een " + cm.name() + " zonder sleutel (" + cm.id.getName()
                    + ") kan niet worden opgeslagen.");
        }
        String keyText = Codec.auditText(key);
        checkLength(cm, keyText, cm.id, t.key, key);
        Object[] row = new Object[t.columns.size()];
        row[0] = key;
        if (t.discriminator != null) {
            row[t.discriminator.index] = cm.name();
        }
        for (Binding b : cm.bindings) {
            EStructuralFeature f = feature(o, cm, b.feature());
            // An unsettable feature that is not set is absent (NULL), not its default value.
            Object value = f.isUnsettable() && !o.eIsSet(f) ? null : o.eGet(f);
            ColumnMap c = b.column();
            if (b.reference()) {
                row[c.index] = value == null ? null : targetKey(cm, keyText, b.feature(), (EObject) value, c.target);
            } else {
                Object canonical = convert(cm, keyText, b.feature(), c.codec, value);
                checkLength(cm, keyText, b.feature(), c, canonical);
                row[c.index] = canonical;
            }
        }
        Map<ListMap, List<Object>> lists = new LinkedHashMap<>();
        for (ListMap l : cm.lists) {
            List<?> values = (List<?>) o.eGet(feature(o, cm, l.feature));
            if (values.isEmpty()) {
                continue;
            }
            List<Object> canonical = new ArrayList<>(values.size());
            for (Object v : values) {
                Object c = l.link() ? targetKey(cm, keyText, l.feature, (EObject) v, l.valueColumn.target)
                        : convert(cm, keyText, l.feature, l.valueColumn.codec, v);
                if (!l.link()) {
                    checkLength(cm, keyText, l.feature, l.valueColumn, c);
                }
                canonical.add(c);
            }
            lists.put(l, canonical);
        }
        return new Item(o, cm, key, row, lists);
    }

    private static EStructuralFeature feature(EObject o, ClassMap cm, EStructuralFeature f) {
        if (o.eClass() == cm.eClass) {
            return f;
        }
        EStructuralFeature own = o.eClass().getEStructuralFeature(f.getName());
        if (own == null) {
            throw new StoreException(Reason.INVALID, "Een " + cm.name() + " zonder kenmerk '" + f.getName()
                    + "' past niet bij het aangemelde model van " + cm.eClass.getEPackage().getNsURI() + ".");
        }
        return own;
    }

    private Object convert(ClassMap cm, String key, EStructuralFeature f, Codec codec, Object value) {
        try {
            return codec.toCanonical(value);
        } catch (RuntimeException e) {
            throw new StoreException(Reason.INVALID, cm.name() + " " + key + ", kenmerk " + f.getName()
                    + ": de waarde '" + value + "' past niet in de kolom (" + codec.type() + ").", e);
        }
    }

    private static void checkLength(ClassMap cm, String key, EStructuralFeature f, ColumnMap c, Object canonical) {
        if (canonical instanceof String s && c.def.type().kind() == ColumnType.Kind.VARCHAR
                && s.length() > c.def.type().length()) {
            throw new StoreException(Reason.INVALID, cm.name() + " " + key + ", kenmerk " + f.getName() + ": de waarde is "
                    + s.length() + " tekens lang; kolom " + cm.table.name + "." + c.name() + " houdt er "
                    + c.def.type().length() + ".");
        }
    }

    private Object targetKey(ClassMap owner, String ownerKey, EStructuralFeature f, EObject target, String table) {
        String targetName = f.getEType().getName();
        if (target.eIsProxy()) {
            throw new StoreException(Reason.INVALID, owner.name() + " " + ownerKey + " verwijst via '" + f.getName()
                    + "' naar een onopgeloste proxy (" + ((org.eclipse.emf.ecore.InternalEObject) target).eProxyURI()
                    + ").");
        }
        ClassMap tcm = catalog.find(target.eClass());
        if (tcm == null || !tcm.table.qualified.equals(table)) {
            throw new StoreException(Reason.INVALID, owner.name() + " " + ownerKey + " verwijst via '" + f.getName()
                    + "' naar een " + target.eClass().getName() + ", die niet in tabel " + table + " hoort.");
        }
        Object key = tcm.table.key.codec.toCanonical(target.eGet(feature(target, tcm, tcm.id)));
        if (key == null) {
            throw new StoreException(Reason.INVALID, owner.name() + " " + ownerKey + " verwijst via '" + f.getName()
                    + "' naar een " + targetName + " zonder sleutel (" + tcm.id.getName() + ").");
        }
        referenced.computeIfAbsent(table, q -> new HashMap<>()).putIfAbsent(key,
                new Source(owner.name(), ownerKey, f.getName(), targetName));
        return key;
    }

    private Map<Object, Object[]> fetchRows(TableMap t, List<Object> keys) throws SQLException {
        Map<Object, Object[]> rows = new HashMap<>();
        KeyScan.rows(connection, t.qualified, t.columnList(), t.key.name(), 1, "", keys, t.key.codec, r -> {
            Object[] row = new Object[t.columns.size()];
            for (ColumnMap c : t.columns) {
                row[c.index] = c.codec == null ? r.getString(c.index + 1) : c.codec.read(r, c.index + 1);
            }
            return rows.put(row[0], row);
        });
        return rows;
    }

    private Map<Object, List<Object>> fetchLists(ListMap l, List<Object> owners) throws SQLException {
        Map<Object, List<Object>> values = new HashMap<>();
        KeyScan.rows(connection, l.qualified, l.ownerColumn.name() + ", " + l.valueColumn.name(),
                l.ownerColumn.name(), 1, "ORDER BY " + l.ownerColumn.name() + ", " + Names.POSITION, owners,
                l.ownerColumn.codec, r -> values.computeIfAbsent(l.ownerColumn.codec.read(r, 1),
                        k -> new ArrayList<>()).add(l.valueColumn.codec.read(r, 2)));
        return values;
    }

    /** Who still refers to the row, as a Dutch phrase, or {@code null}. */
    private String referrer(StoreCatalog.Referrer r, TableMap t, Object key) throws SQLException {
        boolean column = r.list() == null;
        TableMap from = column ? r.table() : r.list().owner;
        String ownerColumn = column ? from.key.name() : r.list().ownerColumn.name();
        String select = "SELECT " + ownerColumn + (from.discriminator != null && column ? ", " + Names.DISCRIMINATOR : "")
                + " FROM " + (column ? from.qualified : r.list().qualified) + " WHERE "
                + (column ? r.column().name() : r.list().valueColumn.name()) + " = ?"
                + (from.qualified.equals(t.qualified) ? " AND " + ownerColumn + " <> ?" : "");
        try (PreparedStatement query = connection.prepareStatement(dialect.page(select, 0, 1))) {
            t.key.codec.bind(query, 1, key);
            if (from.qualified.equals(t.qualified)) {
                t.key.codec.bind(query, 2, key);
            }
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                String klasse = from.discriminator != null && column ? rows.getString(2) : from.root.getName();
                String feature = column ? r.column().def.feature() : r.list().feature.getName();
                return klasse + " " + Codec.auditText(from.key.codec.read(rows, 1)) + " verwijst er nog naar via '"
                        + feature + "'";
            }
        }
    }

    /** Binds the row's values of these columns in order; returns the next parameter index. */
    private static int bind(PreparedStatement statement, List<ColumnMap> columns, Object[] row) throws SQLException {
        int i = 1;
        for (ColumnMap column : columns) {
            if (column.codec == null) {
                statement.setString(i++, (String) row[column.index]);
            } else {
                column.codec.bind(statement, i++, row[column.index]);
            }
        }
        return i;
    }

    private static String featureName(ClassMap cm, ColumnMap c) {
        if (c.def.role() == nl.wij.core.store.ColumnRole.DISCRIMINATOR) {
            return "eClass";
        }
        for (Binding b : cm.bindings) {
            if (b.column() == c) {
                return b.feature().getName();
            }
        }
        return c.def.feature();
    }

    private static String summary(ClassMap cm, Object[] row, Map<ListMap, List<Object>> lists) {
        StringJoiner text = new StringJoiner("; ");
        for (Binding b : cm.bindings) {
            Object v = row[b.column().index];
            if (v != null) {
                text.add(b.feature().getName() + "=" + Codec.auditText(v));
            }
        }
        lists.forEach((l, values) -> text.add(l.feature.getName() + "=" + listText(values)));
        return text.toString();
    }

    private static String text(Object canonical) {
        return Codec.auditText(canonical);
    }

    private static String listText(List<Object> values) {
        StringJoiner text = new StringJoiner(", ", "[", "]");
        values.forEach(v -> text.add(String.valueOf(Codec.auditText(v))));
        return text.toString();
    }

    /** Executes the batch of each statement that has rows pending, and counts it empty. */
    private static void executePending(Collection<PreparedStatement> statements, Map<PreparedStatement, Integer> counts)
            throws SQLException {
        for (PreparedStatement s : statements) {
            if (counts.getOrDefault(s, 0) > 0) {
                s.executeBatch();
                counts.put(s, 0);
            }
        }
    }

    /**
     * Batched updates of one table that set only the changed columns: an unchanged column is not
     * written or logged again, and a foreign-key column that keeps its value is not checked against
     * its target again; a change of list rows only leaves the row alone. One statement per set of
     * changed columns; an import usually changes the same few columns of many rows.
     */
    private final class Updates implements AutoCloseable {
        private final TableMap table;
        private final Map<List<ColumnMap>, PreparedStatement> statements = new HashMap<>();
        private final Map<PreparedStatement, Integer> counts = new HashMap<>();

        Updates(TableMap table) {
            this.table = table;
        }

        void add(List<ColumnMap> changed, Item item) throws SQLException {
            PreparedStatement s = statements.get(changed);
            if (s == null) {
                StringJoiner set = new StringJoiner(", ");
                changed.forEach(c -> set.add(c.name() + " = ?"));
                s = connection.prepareStatement("UPDATE " + table.qualified + " SET " + set + " WHERE "
                        + table.key.name() + " = ?");
                statements.put(changed, s);
            }
            table.key.codec.bind(s, bind(s, changed, item.row), item.key);
            s.addBatch();
            if (counts.merge(s, 1, Integer::sum) >= BATCH) {
                s.executeBatch();
                counts.put(s, 0);
            }
        }

        void flush() throws SQLException {
            executePending(statements.values(), counts);
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : statements.values()) {
                s.close();
            }
        }
    }

    /** Batched deletes and inserts of list rows, per link or value table. */
    private final class Batches implements AutoCloseable {
        private final Map<ListMap, PreparedStatement> deletes = new LinkedHashMap<>();
        private final Map<ListMap, PreparedStatement> inserts = new LinkedHashMap<>();
        private final Map<PreparedStatement, Integer> counts = new HashMap<>();

        void delete(ListMap l, Object owner) throws SQLException {
            PreparedStatement s = deletes.get(l);
            if (s == null) {
                s = connection.prepareStatement("DELETE FROM " + l.qualified + " WHERE " + l.ownerColumn.name() + " = ?");
                deletes.put(l, s);
            }
            l.ownerColumn.codec.bind(s, 1, owner);
            add(s);
        }

        void insert(ListMap l, Object owner, List<Object> values) throws SQLException {
            PreparedStatement s = inserts.get(l);
            if (s == null) {
                s = connection.prepareStatement("INSERT INTO " + l.qualified + " (" + l.ownerColumn.name() + ", "
                        + l.positionColumn.name() + ", " + l.valueColumn.name() + ") VALUES (?, ?, ?)");
                inserts.put(l, s);
            }
            for (int i = 0; i < values.size(); i++) {
                l.ownerColumn.codec.bind(s, 1, owner);
                s.setInt(2, i);
                l.valueColumn.codec.bind(s, 3, values.get(i));
                add(s);
            }
        }

        private void add(PreparedStatement s) throws SQLException {
            s.addBatch();
            if (counts.merge(s, 1, Integer::sum) >= BATCH) {
                flush();
            }
        }

        /** Deletes first, then inserts, so a replaced list never collides with its old rows. */
        void flush() throws SQLException {
            executePending(deletes.values(), counts);
            executePending(inserts.values(), counts);
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : deletes.values()) {
                s.close();
            }
            for (PreparedStatement s : inserts.values()) {
                s.close();
            }
        }
    }
}
