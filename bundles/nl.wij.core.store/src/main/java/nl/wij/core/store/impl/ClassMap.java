package nl.wij.core.store.impl;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;

/** One class at run time: its table, and where each of its features is stored. */
final class ClassMap {

    final EClass eClass;
    final TableMap table;
    final EAttribute id;
    final List<Binding> bindings = new ArrayList<>();
    final List<ListMap> lists = new ArrayList<>();
    final List<Derived> derived = new ArrayList<>();
    /** KLASSE values of this class and its subclasses in the table (concrete ones only). */
    final List<String> discriminatorValues = new ArrayList<>();

    ClassMap(EClass eClass, TableMap table, EAttribute id) {
        this.eClass = eClass;
        this.table = table;
        this.id = id;
    }

    String name() {
        return eClass.getName();
    }
}
