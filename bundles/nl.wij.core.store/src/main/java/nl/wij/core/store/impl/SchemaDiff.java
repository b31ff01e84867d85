package nl.wij.core.store.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.wij.core.store.SchemaChange;
import nl.wij.core.store.SchemaChange.Kind;
import nl.wij.core.store.TableKind;
import nl.wij.core.store.dialect.ColumnType;

/** Compares the tables recorded for a package with the tables its model needs now. */
final class SchemaDiff {

    private SchemaDiff() {
    }

    static List<SchemaChange> compare(String nsURI, Map<String, TableDef> recorded, List<TableDef> desired) {
        List<SchemaChange> changes = new ArrayList<>();
        for (TableDef d : desired) {
            TableDef r = recorded.get(d.qualified());
            if (r == null) {
                changes.add(new SchemaChange(nsURI, Kind.TABLE_ADDED, d.qualified(), null, d.eClass(), d.feature(), null,
                        null, "tabel " + d.qualified() + " aangemaakt"));
                continue;
            }
            if (r.kind() != d.kind() || !r.primaryKey().equals(d.primaryKey())) {
                changes.add(new SchemaChange(nsURI, Kind.KEY_CHANGED, d.qualified(), null, d.eClass(), d.feature(),
                        r.kind() + " " + r.primaryKey(), d.kind() + " " + d.primaryKey(),
                        where(nsURI, d.eClass(), d.feature()) + ": de sleutel van tabel " + d.qualified()
                                + " verandert van " + r.primaryKey() + " in " + d.primaryKey() + "."));
            }
            for (ColumnDef dc : d.columns()) {
                ColumnDef rc = r.column(dc.name()).orElse(null);
                String column = d.qualified() + "." + dc.name();
                if (rc == null) {
                    changes.add(new SchemaChange(nsURI, Kind.COLUMN_ADDED, d.qualified(), dc.name(), owner(dc, d),
                            dc.feature(), null, dc.type().toString(), "kolom " + column + " toegevoegd"));
                } else if (!rc.type().equals(dc.type())) {
                    boolean wider = rc.type().kind() == ColumnType.Kind.VARCHAR
                            && dc.type().kind() == ColumnType.Kind.VARCHAR && dc.type().length() > rc.type().length();
                    changes.add(new SchemaChange(nsURI, wider ? Kind.COLUMN_WIDENED : Kind.TYPE_CHANGED, d.qualified(),
                            dc.name(), owner(dc, d), dc.feature(), rc.type().toString(), dc.type().toString(),
                            wider ? "kolom " + column + " verlengd van " + rc.type() + " naar " + dc.type()
                                    : where(nsURI, owner(dc, d), dc.feature()) + ": het type van kolom " + column
                                            + " verandert van " + rc.type() + " in " + dc.type() + "."));
                } else if (rc.role() != dc.role() || !java.util.Objects.equals(rc.refTable(), dc.refTable())
                        || !java.util.Objects.equals(rc.refColumn(), dc.refColumn())) {
                    changes.add(new SchemaChange(nsURI, Kind.TARGET_CHANGED, d.qualified(), dc.name(), owner(dc, d),
                            dc.feature(), describe(rc), describe(dc), where(nsURI, owner(dc, d), dc.feature())
                                    + ": kolom " + column + " was " + describe(rc) + " en wordt " + describe(dc) + "."));
                }
            }
            for (ColumnDef rc : r.columns()) {
                if (d.column(rc.name()).isEmpty()) {
                    changes.add(new SchemaChange(nsURI, Kind.COLUMN_REMOVED, d.qualified(), rc.name(), owner(rc, r),
                            rc.feature(), rc.type().toString(), null, where(nsURI, owner(rc, r), rc.feature())
                                    + ": kolom " + d.qualified() + "." + rc.name()
                                    + " hoort bij geen kenmerk meer (verwijderd of hernoemd)."));
                }
            }
        }
        for (TableDef r : recorded.values()) {
            if (desired.stream().noneMatch(d -> d.qualified().equals(r.qualified()))) {
                String what = r.kind() == TableKind.CLASS ? "de klasse (of hiërarchie) van tabel " + r.qualified()
                        : "de lijst van tabel " + r.qualified();
                changes.add(new SchemaChange(nsURI, Kind.TABLE_REMOVED, r.qualified(), null, r.eClass(), r.feature(),
                        r.qualified(), null, where(nsURI, r.eClass(), r.feature()) + ": " + what
                                + " ontbreekt in het nieuwe model (verwijderd of hernoemd)."));
            }
        }
        return changes;
    }

    private static String owner(ColumnDef column, TableDef table) {
        return column.eClass() != null ? column.eClass() : table.eClass();
    }

    private static String describe(ColumnDef c) {
        return c.refTable() == null ? c.role().name().toLowerCase(java.util.Locale.ROOT)
                : c.role().name().toLowerCase(java.util.Locale.ROOT) + " naar " + c.refTable() + "." + c.refColumn();
    }

    private static String where(String nsURI, String eClass, String feature) {
        return "Pakket " + nsURI + ", klasse " + eClass + (feature == null ? "" : ", kenmerk " + feature);
    }
}
