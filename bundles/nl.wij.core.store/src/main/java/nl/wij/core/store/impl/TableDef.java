package nl.wij.core.store.impl;

import java.util.List;
import java.util.Optional;

import nl.wij.core.store.TableKind;

/** The shape of one table, as derived from the model or as recorded in {@code WIJ_STORE.TABEL}. */
record TableDef(String nsURI, String schema, String name, TableKind kind, String eClass, List<String> classes,
        String feature, String documentation, List<ColumnDef> columns, List<String> primaryKey) {

    TableDef {
        classes = List.copyOf(classes);
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        documentation = documentation == null ? "" : documentation;
    }

    String qualified() {
        return schema + "." + name;
    }

    Optional<ColumnDef> column(String column) {
        return columns.stream().filter(c -> c.name().equals(column)).findFirst();
    }
}
