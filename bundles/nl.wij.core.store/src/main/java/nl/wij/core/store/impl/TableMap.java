package nl.wij.core.store.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;

/** A class table at run time: the hierarchy it holds, its columns and its link and value tables. */
final class TableMap {

    final String nsURI;
    final String schema;
    final String name;
    final String qualified;
    final EClass root;
    final ColumnMap key;
    /** {@code KLASSE}, or {@code null} when the table holds one class only. */
    ColumnMap discriminator;
    final List<ColumnMap> columns = new ArrayList<>();
    final Map<String, ClassMap> classes = new LinkedHashMap<>();
    final List<ListMap> lists = new ArrayList<>();
    TableDef def;

    TableMap(String nsURI, String schema, String name, EClass root, ColumnMap key) {
        this.nsURI = nsURI;
        this.schema = schema;
        this.name = name;
        this.qualified = schema + "." + name;
        this.root = root;
        this.key = key;
        columns.add(key);
    }

    String columnList() {
        return columns.stream().map(ColumnMap::name).collect(Collectors.joining(", "));
    }

    /** The class of a row: by {@code KLASSE}, or the root. */
    ClassMap classOf(String discriminatorValue) {
        return discriminatorValue == null ? classes.get(root.getName()) : classes.get(discriminatorValue);
    }
}
