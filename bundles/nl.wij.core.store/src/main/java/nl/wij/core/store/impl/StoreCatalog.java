package nl.wij.core.store.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import nl.wij.core.store.PackageState;
import nl.wij.core.store.StoreException;

/**
 * An immutable snapshot of what the store can hold now: the maps of the available packages and
 * the state of every package seen. A unit of work uses the snapshot of its start.
 */
final class StoreCatalog {

    static final StoreCatalog EMPTY = new StoreCatalog(Map.of(), Map.of());

    /** Who points at a table: a reference column of a class table, or a link table. */
    record Referrer(TableMap table, ColumnMap column, ListMap list) {
    }

    final Map<String, PackageMap> packages;
    final Map<String, PackageState> states;
    private final Map<String, TableMap> tables = new HashMap<>();
    private final Map<String, List<Referrer>> referrers = new HashMap<>();

    StoreCatalog(Map<String, PackageMap> packages, Map<String, PackageState> states) {
        this.packages = Collections.unmodifiableMap(new LinkedHashMap<>(packages));
        this.states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
        for (PackageMap p : packages.values()) {
            p.classTables().forEach(t -> tables.put(t.qualified, t));
        }
        for (PackageMap p : packages.values()) {
            for (TableMap t : p.classTables()) {
                for (ColumnMap c : t.columns) {
                    if (c.target != null) {
                        referrers.computeIfAbsent(c.target, k -> new ArrayList<>()).add(new Referrer(t, c, null));
                    }
                }
            }
            for (ListMap l : p.listTables()) {
                if (l.link()) {
                    referrers.computeIfAbsent(l.valueColumn.target, k -> new ArrayList<>()).add(new Referrer(null, null, l));
                }
            }
        }
    }

    StoreCatalog with(PackageMap map, PackageState state) {
        Map<String, PackageMap> p = new LinkedHashMap<>(packages);
        p.put(map.nsURI(), map);
        Map<String, PackageState> s = new LinkedHashMap<>(states);
        s.put(map.nsURI(), state);
        return new StoreCatalog(p, s);
    }

    StoreCatalog without(String nsURI, PackageState state) {
        Map<String, PackageMap> p = new LinkedHashMap<>(packages);
        p.remove(nsURI);
        Map<String, PackageState> s = new LinkedHashMap<>(states);
        s.put(nsURI, state);
        return new StoreCatalog(p, s);
    }

    /** The class table by qualified name, among the available packages. */
    TableMap table(String qualified) {
        return tables.get(qualified);
    }

    List<Referrer> referrers(String qualified) {
        return referrers.getOrDefault(qualified, List.of());
    }

    /** The map of a class, or {@code null}. */
    ClassMap find(EClass eClass) {
        EPackage ePackage = eClass.getEPackage();
        PackageMap map = ePackage == null ? null : packages.get(ePackage.getNsURI());
        return map == null ? null : map.classes().get(eClass.getName());
    }

    /** The map of a class, or a Dutch explanation why the store cannot hold it. */
    ClassMap require(EClass eClass) {
        ClassMap map = find(eClass);
        if (map != null) {
            return map;
        }
        EPackage ePackage = eClass.getEPackage();
        String nsURI = ePackage == null ? null : ePackage.getNsURI();
        PackageState state = nsURI == null ? null : states.get(nsURI);
        if (state == null) {
            throw new StoreException(StoreException.Reason.UNAVAILABLE, "Klasse " + eClass.getName() + " uit pakket "
                    + nsURI + " is niet bekend in de opslag: het pakket is niet als service aangemeld.");
        }
        if (state.status() == PackageState.Status.AVAILABLE) {
            throw new StoreException(StoreException.Reason.UNAVAILABLE, "Klasse " + eClass.getName() + " uit pakket "
                    + nsURI + " wordt niet opgeslagen (abstract zonder iD-attribuut, of een interface).");
        }
        throw new StoreException(StoreException.Reason.UNAVAILABLE, "Pakket " + nsURI + " is niet beschikbaar in de"
                + " opslag (" + state.status().name().toLowerCase(java.util.Locale.ROOT) + ")"
                + (state.messages().isEmpty() ? "." : ": " + String.join(" ", state.messages())));
    }
}
