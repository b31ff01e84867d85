package nl.wij.core.store;

import java.util.List;

/**
 * A column of a derived table.
 *
 * @param name the column name (upper case, unquoted)
 * @param sqlType the type as the database knows it, e.g. {@code VARCHAR(255)}
 * @param nullable whether the column admits NULL
 * @param role what the column holds
 * @param eClass the class that declares the feature, or {@code null} for structural columns
 * @param feature the EMF feature it stores, or {@code null} for structural columns
 * @param references for a foreign key: the qualified target table, e.g. {@code CORE_DATA.GEMEENTE}
 * @param referencedColumn for a foreign key: the target's key column
 * @param documentation the model's documentation of the feature (GenModel annotation), or empty
 * @param values for an enum: its literals, the only values the column holds
 */
public record ColumnInfo(String name, String sqlType, boolean nullable, ColumnRole role, String eClass,
        String feature, String references, String referencedColumn, String documentation, List<String> values) {

    public ColumnInfo {
        values = List.copyOf(values);
        documentation = documentation == null ? "" : documentation;
    }
}
