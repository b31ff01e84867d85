package nl.wij.core.store.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns rows into detached EObjects, one instance per stored object in a session, and resolves
 * their references eagerly: after the rows asked for, it loads what they refer to (and, for
 * opposite references stored on the other side, what refers to them) table by table, a batch of
 * keys at a time ({@link KeyScan}), until nothing is missing; then it links.
 */
final class ObjectLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ObjectLoader.class);

    private record PendingRef(EObject owner, EStructuralFeature feature, String table, Object key) {
    }

    private record PendingList(EObject owner, EStructuralFeature feature, String table, List<Object> keys) {
    }

    private final Connection connection;
    private final StoreCatalog catalog;
    private final Map<String, Map<Object, EObject>> identity = new HashMap<>();
    private final List<PendingRef> refs = new ArrayList<>();
    private final List<PendingList> lists = new ArrayList<>();

    ObjectLoader(Connection connection, StoreCatalog catalog) {
        this.connection = connection;
        this.catalog = catalog;
    }

    /** Forgets every loaded object (after a write). */
    void clear() {
        identity.clear();
    }

    EObject cached(TableMap table, Object key) {
        return identity.getOrDefault(table.qualified, Map.of()).get(key);
    }

    /** Objects of the rows {@code SELECT <columns> FROM table <where>} returns, in that order. */
    List<EObject> query(TableMap table, String where, List<Object> params, List<Codec> codecs) throws SQLException {
        Map<String, List<EObject>> fresh = new LinkedHashMap<>();
        List<EObject> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + table.columnList() + " FROM " + table.qualified + " " + where)) {
            for (int i = 0; i < params.size(); i++) {
                codecs.get(i).bind(query, i + 1, params.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    EObject o = materialize(table, rows, fresh);
                    if (o != null) {
                        result.add(o);
                    }
                }
            }
        }
        complete(fresh);
        return result;
    }

    /** The objects with these keys, where they exist. */
    Map<Object, EObject> byKeys(TableMap table, Collection<Object> keys) throws SQLException {
        Map<String, List<EObject>> fresh = new LinkedHashMap<>();
        loadKeys(table, keys, fresh);
        complete(fresh);
        Map<Object, EObject> known = identity.getOrDefault(table.qualified, Map.of());
        Map<Object, EObject> result = new LinkedHashMap<>();
        for (Object key : keys) {
            EObject o = known.get(key);
            if (o != null) {
                result.put(key, o);
            }
        }
        return result;
    }

    private void loadKeys(TableMap table, Collection<Object> keys, Map<String, List<EObject>> fresh)
            throws SQLException {
        Map<Object, EObject> known = identity.getOrDefault(table.qualified, Map.of());
        List<Object> missing = keys.stream().filter(k -> !known.containsKey(k)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        KeyScan.rows(connection, table.qualified, table.columnList(), table.key.name(), 1, "", missing,
                table.key.codec, rows -> materialize(table, rows, fresh));
    }

    private EObject materialize(TableMap table, ResultSet rows, Map<String, List<EObject>> fresh) throws SQLException {
        Object key = table.key.codec.read(rows, 1);
        Map<Object, EObject> known = identity.computeIfAbsent(table.qualified, q -> new HashMap<>());
        EObject existing = known.get(key);
        if (existing != null) {
            return existing;
        }
        String klasse = table.discriminator == null ? null : rows.getString(table.discriminator.index + 1);
        ClassMap cm = table.classOf(klasse);
        if (cm == null) {
            LOG.warn("Opslag: rij {} in {} heeft onbekende klasse {}; overgeslagen", key, table.qualified, klasse);
            return null;
        }
        EObject o = EcoreUtil.create(cm.eClass);
        o.eSet(cm.id, table.key.codec.toEmf(key));
        for (Binding b : cm.bindings) {
            Object value = b.column().codec.read(rows, b.column().index + 1);
            if (value == null) {
                continue;
            }
            if (b.reference()) {
                refs.add(new PendingRef(o, b.feature(), b.column().target, value));
            } else {
                o.eSet(b.feature(), b.column().codec.toEmf(value));
            }
        }
        known.put(key, o);
        fresh.computeIfAbsent(table.qualified, q -> new ArrayList<>()).add(o);
        return o;
    }

    /** Loads lists, referenced and referring objects of the fresh objects until closed, then links. */
    private void complete(Map<String, List<EObject>> fresh) throws SQLException {
        int linkedRefs = 0;
        while (!fresh.isEmpty()) {
            Map<String, Set<Object>> needed = new LinkedHashMap<>();
            Map<String, List<EObject>> next = new LinkedHashMap<>();
            for (Map.Entry<String, List<EObject>> entry : fresh.entrySet()) {
                TableMap table = catalog.table(entry.getKey());
                Map<Object, EObject> byKey = new LinkedHashMap<>();
                for (EObject o : entry.getValue()) {
                    byKey.put(table.key.codec.toCanonical(o.eGet(o.eClass().getEIDAttribute())), o);
                }
                for (ListMap l : table.lists) {
                    loadList(l, byKey, needed);
                }
                Set<Derived> derived = new LinkedHashSet<>();
                for (EObject o : entry.getValue()) {
                    derived.addAll(table.classOf(klasse(table, o)).derived);
                }
                for (Derived d : derived) {
                    List<Object> keys = new ArrayList<>();
                    byKey.forEach((k, o) -> {
                        if (o.eClass().getEAllStructuralFeatures().contains(d.feature())) {
                            keys.add(k);
                        }
                    });
                    if (keys.isEmpty()) {
                        continue;
                    }
                    if (d.column() != null) {
                        KeyScan.rows(connection, d.source().qualified, d.source().columnList(), d.column().name(),
                                d.column().index + 1, "", keys, table.key.codec,
                                rows -> materialize(d.source(), rows, next));
                    } else {
                        Set<Object> owners = needed.computeIfAbsent(d.source().qualified, q -> new LinkedHashSet<>());
                        KeyScan.rows(connection, d.list().qualified, d.list().valueColumn.name() + ", "
                                + d.list().ownerColumn.name(), d.list().valueColumn.name(), 1, "", keys,
                                table.key.codec, rows -> owners.add(d.list().ownerColumn.codec.read(rows, 2)));
                    }
                }
            }
            for (int i = linkedRefs; i < refs.size(); i++) {
                PendingRef r = refs.get(i);
                if (!identity.getOrDefault(r.table(), Map.of()).containsKey(r.key())) {
                    needed.computeIfAbsent(r.table(), q -> new LinkedHashSet<>()).add(r.key());
                }
            }
            linkedRefs = refs.size();
            for (PendingList pl : lists) {
                Map<Object, EObject> known = identity.getOrDefault(pl.table(), Map.of());
                for (Object key : pl.keys()) {
                    if (!known.containsKey(key)) {
                        needed.computeIfAbsent(pl.table(), q -> new LinkedHashSet<>()).add(key);
                    }
                }
            }
            for (Map.Entry<String, Set<Object>> entry : needed.entrySet()) {
                TableMap table = catalog.table(entry.getKey());
                if (table == null) {
                    LOG.warn("Opslag: tabel {} is niet beschikbaar; verwijzingen ernaar blijven leeg", entry.getKey());
                    continue;
                }
                loadKeys(table, entry.getValue(), next);
            }
            fresh = next;
        }
        link();
    }

    private static String klasse(TableMap table, EObject o) {
        return table.discriminator == null ? null : o.eClass().getName();
    }

    private void loadList(ListMap l, Map<Object, EObject> owners, Map<String, Set<Object>> needed)
            throws SQLException {
        List<Object> keys = new ArrayList<>();
        owners.forEach((k, o) -> {
            if (o.eClass().getEAllStructuralFeatures().contains(l.feature)) {
                keys.add(k);
            }
        });
        if (keys.isEmpty()) {
            return;
        }
        Map<Object, List<Object>> values = new LinkedHashMap<>();
        KeyScan.rows(connection, l.qualified, l.ownerColumn.name() + ", " + l.valueColumn.name(),
                l.ownerColumn.name(), 1, "ORDER BY " + l.ownerColumn.name() + ", " + Names.POSITION, keys,
                l.ownerColumn.codec, rows -> values.computeIfAbsent(l.ownerColumn.codec.read(rows, 1),
                        k -> new ArrayList<>()).add(l.valueColumn.codec.read(rows, 2)));
        values.forEach((ownerKey, list) -> {
            EObject owner = owners.get(ownerKey);
            if (l.link()) {
                lists.add(new PendingList(owner, l.feature, l.valueColumn.target, list));
            } else {
                @SuppressWarnings("unchecked")
                EList<Object> target = (EList<Object>) owner.eGet(l.feature);
                for (Object v : list) {
                    target.add(l.valueColumn.codec.toEmf(v));
                }
            }
        });
        for (Map.Entry<Object, List<Object>> e : values.entrySet()) {
            if (l.link()) {
                needed.computeIfAbsent(l.valueColumn.target, q -> new LinkedHashSet<>()).addAll(
                        e.getValue().stream().filter(k -> !identity.getOrDefault(l.valueColumn.target, Map.of())
                                .containsKey(k)).toList());
            }
        }
    }

    private void link() {
        for (PendingRef r : refs) {
            EObject target = identity.getOrDefault(r.table(), Map.of()).get(r.key());
            if (target != null) {
                r.owner().eSet(r.feature(), target);
            }
        }
        refs.clear();
        for (PendingList pl : lists) {
            Map<Object, EObject> known = identity.getOrDefault(pl.table(), Map.of());
            @SuppressWarnings("unchecked")
            EList<EObject> target = (EList<EObject>) pl.owner().eGet(pl.feature());
            for (Object key : pl.keys()) {
                EObject o = known.get(key);
                if (o != null) {
                    target.add(o);
                }
            }
        }
        lists.clear();
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    @FunctionalInterface
    interface RowHandler {
        Object row(ResultSet rows) throws SQLException;
    }
}
