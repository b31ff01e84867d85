package nl.wij.core.store.impl;

import org.eclipse.emf.ecore.EReference;

/**
 * A reference that is not stored because its opposite is: loading an object with this feature
 * also loads the objects whose stored opposite points to it (through {@code column} of
 * {@code source}, or through the link table {@code list}).
 */
record Derived(EReference feature, TableMap source, ColumnMap column, ListMap list) {
}
