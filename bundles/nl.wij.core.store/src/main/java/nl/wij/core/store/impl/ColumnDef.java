package nl.wij.core.store.impl;

import java.util.List;

import nl.wij.core.store.ColumnRole;
import nl.wij.core.store.dialect.ColumnType;

/** The shape of one column, as derived from the model or as recorded in {@code WIJ_STORE.KOLOM}. */
record ColumnDef(String name, ColumnType type, boolean nullable, ColumnRole role, String eClass, String feature,
        String refTable, String refColumn, String documentation, List<String> values) {

    ColumnDef {
        values = List.copyOf(values);
        documentation = documentation == null ? "" : documentation;
    }

    /** Same structure (what a migration cares about); documentation and owners may differ. */
    boolean sameShape(ColumnDef other) {
        return type.equals(other.type) && role == other.role && java.util.Objects.equals(refTable, other.refTable)
                && java.util.Objects.equals(refColumn, other.refColumn);
    }
}
