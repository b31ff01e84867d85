package nl.wij.core.store.impl;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EPackage;

/** Everything the store derived from one package: its tables and its classes by name. */
record PackageMap(String nsURI, EPackage ePackage, String schema, List<TableDef> tables, Map<String, ClassMap> classes,
        List<TableMap> classTables, List<ListMap> listTables, Set<String> dependencies) {
}
