package nl.wij.core.store.impl;

import org.eclipse.emf.ecore.EStructuralFeature;

/** A single-valued feature of a class stored in a column of its table. */
record Binding(EStructuralFeature feature, ColumnMap column) {

    boolean reference() {
        return column.target != null;
    }
}
