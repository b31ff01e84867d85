package nl.wij.core.store;

import java.util.List;

/**
 * A table the store derived from a package.
 *
 * @param nsURI the package's namespace URI
 * @param schema the schema, e.g. {@code CORE_DATA}
 * @param name the table name, e.g. {@code VESTIGING}
 * @param kind what it holds
 * @param eClass the class (root of the hierarchy for a {@link TableKind#CLASS} table; owner of the
 *        feature for the others)
 * @param classes for a class table: every concrete class whose objects it holds
 * @param feature the many-valued feature of a link or value table, else {@code null}
 * @param documentation the model's documentation of the class or feature, or empty
 * @param columns the columns in table order
 */
public record TableInfo(String nsURI, String schema, String name, TableKind kind, String eClass,
        List<String> classes, String feature, String documentation, List<ColumnInfo> columns) {

    public TableInfo {
        classes = List.copyOf(classes);
        columns = List.copyOf(columns);
        documentation = documentation == null ? "" : documentation;
    }

    /** {@code SCHEMA.NAME}. */
    public String qualifiedName() {
        return schema + "." + name;
    }
}
