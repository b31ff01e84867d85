package nl.wij.core.store.impl;

import org.eclipse.emf.ecore.EStructuralFeature;

/** A link table (many-valued reference) or value table (many-valued attribute) at run time. */
final class ListMap {

    final TableDef def;
    final String qualified;
    final EStructuralFeature feature;
    final TableMap owner;
    final ColumnMap ownerColumn;
    final ColumnMap positionColumn;
    /** Target key (link table) or value (value table). */
    final ColumnMap valueColumn;

    ListMap(TableDef def, EStructuralFeature feature, TableMap owner, ColumnMap ownerColumn, ColumnMap positionColumn,
            ColumnMap valueColumn) {
        this.def = def;
        this.qualified = def.qualified();
        this.feature = feature;
        this.owner = owner;
        this.ownerColumn = ownerColumn;
        this.positionColumn = positionColumn;
        this.valueColumn = valueColumn;
    }

    boolean link() {
        return valueColumn.target != null;
    }
}
