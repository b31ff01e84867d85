package nl.wij.core.store.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.wij.core.store.ColumnRole;
import nl.wij.core.store.TableKind;
import nl.wij.core.store.dialect.ColumnType;
import nl.wij.core.store.dialect.Dialect;

/**
 * Derives the tables of a package from its metamodel (README, "Schema derivation"). Pure: it reads
 * the model and the maps of the packages it depends on, never the database.
 */
final class SchemaDeriver {

    /** What came out: a map, or the problems (refused) or the packages it waits for. */
    record Result(PackageMap map, List<String> problems, Set<String> waitingFor) {
    }

    private final Dialect dialect;
    private final TypeMapper types;
    private final int max;

    SchemaDeriver(Dialect dialect) {
        this.dialect = dialect;
        this.types = new TypeMapper(dialect);
        this.max = dialect.maxIdentifierLength();
    }

    /**
     * @param others the map of another available package by nsURI, or {@code null}
     */
    Result derive(EPackage ePackage, Function<String, PackageMap> others) {
        return new Run(ePackage, others).derive();
    }

    static boolean persisted(EStructuralFeature feature) {
        return !feature.isTransient() && !feature.isDerived()
                && !"true".equalsIgnoreCase(TypeMapper.hint(feature, null, "transient"));
    }

    /** Of two opposite references exactly one is stored (README, "Opposites"). */
    static boolean storedSide(EReference reference) {
        EReference opposite = reference.getEOpposite();
        if (opposite == null || !persisted(opposite)) {
            return true;
        }
        if (reference.isMany() != opposite.isMany()) {
            return !reference.isMany();
        }
        if (!reference.isMany() && reference.isContainment() != opposite.isContainment()) {
            return !reference.isContainment();
        }
        return id(reference).compareTo(id(opposite)) < 0;
    }

    private static String id(EStructuralFeature feature) {
        return feature.getEContainingClass().getName() + "." + feature.getName();
    }

    static String documentation(EModelElement element) {
        String doc = EcoreUtil.getDocumentation(element);
        return doc == null ? "" : doc.strip();
    }

    private final class Run {
        private final EPackage ePackage;
        private final String nsURI;
        private final String schema;
        private final Function<String, PackageMap> others;
        private final List<String> problems = new ArrayList<>();
        private final Set<String> waiting = new LinkedHashSet<>();
        private final Set<String> dependencies = new LinkedHashSet<>();
        private final Map<EClass, ClassMap> classes = new LinkedHashMap<>();
        private final Map<EClass, List<EClass>> hierarchies = new LinkedHashMap<>();
        private final List<TableMap> tables = new ArrayList<>();
        private final List<ListMap> lists = new ArrayList<>();
        private final Map<TableMap, List<ColumnDef>> columnDefs = new HashMap<>();
        private final List<ClassMap> derivedPending = new ArrayList<>();

        Run(EPackage ePackage, Function<String, PackageMap> others) {
            this.ePackage = ePackage;
            this.nsURI = ePackage.getNsURI();
            this.schema = Names.schema(ePackage.getNsPrefix(), max);
            this.others = others;
        }

        Result derive() {
            List<EClass> persistent = new ArrayList<>();
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass c && !c.isInterface()) {
                    EAttribute id = c.getEIDAttribute();
                    if (id == null) {
                        if (!c.isAbstract()) {
                            problem(c, null, "heeft geen iD-attribuut (een attribuut met iD=true); de opslag bewaart "
                                    + "alleen objecten met een natuurlijke sleutel");
                        }
                    } else if (id.isMany()) {
                        problem(c, id, "het iD-attribuut mag niet meerwaardig zijn");
                    } else {
                        persistent.add(c);
                    }
                }
            }
            for (EClass c : persistent) {
                hierarchies.computeIfAbsent(root(c), r -> new ArrayList<>()).add(c);
            }
            hierarchies.forEach(this::classTable);
            if (problems.isEmpty()) {
                for (TableMap table : tables) {
                    columns(table);
                }
            }
            if (problems.isEmpty()) {
                for (ClassMap cm : derivedPending) {
                    derived(cm);
                }
                uniqueTableNames();
            }
            if (!problems.isEmpty() || !waiting.isEmpty()) {
                return new Result(null, List.copyOf(problems), Set.copyOf(waiting));
            }
            List<TableDef> defs = new ArrayList<>();
            for (TableMap table : tables) {
                table.def = new TableDef(nsURI, schema, table.name, TableKind.CLASS, table.root.getName(),
                        hierarchies.get(table.root).stream().filter(c -> !c.isAbstract()).map(EClass::getName).toList(),
                        null, documentation(table.root), columnDefs.get(table), List.of(table.key.name()));
                defs.add(table.def);
            }
            lists.forEach(l -> defs.add(l.def));
            Map<String, ClassMap> byName = new LinkedHashMap<>();
            classes.values().forEach(cm -> byName.put(cm.name(), cm));
            return new Result(new PackageMap(nsURI, ePackage, schema, List.copyOf(defs), Map.copyOf(byName),
                    List.copyOf(tables), List.copyOf(lists), Set.copyOf(dependencies)), List.of(), Set.of());
        }

        /** The topmost superclass along first non-interface supertypes, in this package, with the same iD. */
        private EClass root(EClass c) {
            EClass root = c;
            while (true) {
                EClass parent = root.getESuperTypes().stream().filter(s -> !s.isInterface()).findFirst().orElse(null);
                if (parent == null || parent.getEPackage() != ePackage || parent.getEIDAttribute() != c.getEIDAttribute()) {
                    return root;
                }
                root = parent;
            }
        }

        private void classTable(EClass root, List<EClass> members) {
            EAttribute id = root.getEIDAttribute();
            Codec keyCodec;
            try {
                keyCodec = types.codec(id, true);
            } catch (IllegalArgumentException e) {
                problem(root, id, e.getMessage());
                return;
            }
            String tableName = Names.identifier(Names.snake(root.getName()), max);
            String keyName = Names.identifier(Names.snake(id.getName()), max);
            List<ColumnDef> defs = new ArrayList<>();
            ColumnDef keyDef = new ColumnDef(keyName, keyCodec.type(), false, ColumnRole.KEY,
                    id.getEContainingClass().getName(), id.getName(), null, null,
                    orElse(documentation(id), "Sleutel van " + root.getName() + " (" + id.getName() + ")."), List.of());
            defs.add(keyDef);
            TableMap table = new TableMap(nsURI, schema, tableName, root, new ColumnMap(keyDef, 0, keyCodec, null));
            if (root.isAbstract() || members.size() > 1) {
                List<String> concrete = members.stream().filter(c -> !c.isAbstract()).map(EClass::getName).toList();
                ColumnDef d = new ColumnDef(Names.DISCRIMINATOR, ColumnType.varchar(128), false,
                        ColumnRole.DISCRIMINATOR, null, null, null, null,
                        "De klasse van het object: " + String.join(", ", concrete) + ".", concrete);
                table.discriminator = new ColumnMap(d, 1, null, null);
                table.columns.add(table.discriminator);
                defs.add(d);
            }
            columnDefs.put(table, defs);
            tables.add(table);
            for (EClass c : members) {
                ClassMap cm = new ClassMap(c, table, id);
                for (EClass m : members) {
                    if (!m.isAbstract() && (m == c || c.isSuperTypeOf(m))) {
                        cm.discriminatorValues.add(m.getName());
                    }
                }
                classes.put(c, cm);
                table.classes.put(c.getName(), cm);
            }
        }

        private void columns(TableMap table) {
            List<ColumnDef> defs = columnDefs.get(table);
            Map<String, ColumnMap> byName = new HashMap<>();
            table.columns.forEach(c -> byName.put(c.name(), c));
            Map<EStructuralFeature, ListMap> tableLists = new HashMap<>();
            for (ClassMap cm : table.classes.values()) {
                for (EStructuralFeature f : cm.eClass.getEAllStructuralFeatures()) {
                    if (f == cm.id || !persisted(f)) {
                        continue;
                    }
                    if (f instanceof EReference r && !storedSide(r)) {
                        if (!derivedPending.contains(cm)) {
                            derivedPending.add(cm);
                        }
                        continue;
                    }
                    if (f.isMany()) {
                        ListMap list = tableLists.get(f);
                        if (list == null) {
                            list = list(table, f);
                            if (list == null) {
                                continue;
                            }
                            tableLists.put(f, list);
                            table.lists.add(list);
                            lists.add(list);
                        }
                        cm.lists.add(list);
                        continue;
                    }
                    ColumnMap column = column(table, cm, f, byName, defs);
                    if (column != null) {
                        cm.bindings.add(new Binding(f, column));
                    }
                }
            }
        }

        private ColumnMap column(TableMap table, ClassMap cm, EStructuralFeature f, Map<String, ColumnMap> byName,
                List<ColumnDef> defs) {
            ColumnDef def;
            Codec codec;
            String target = null;
            try {
                if (f instanceof EAttribute a) {
                    codec = types.codec(a, false);
                    def = new ColumnDef(Names.identifier(Names.snake(a.getName()), max), codec.type(), true,
                            ColumnRole.ATTRIBUTE, a.getEContainingClass().getName(), a.getName(), null, null,
                            documentation(a), literals(a));
                } else {
                    EReference r = (EReference) f;
                    TableMap t = targetTable(cm.eClass, r);
                    if (t == null) {
                        return null;
                    }
                    codec = t.key.codec;
                    target = t.qualified;
                    def = new ColumnDef(Names.identifier(Names.snake(r.getName()) + "_" + t.key.name(), max),
                            codec.type(), true, ColumnRole.REFERENCE, r.getEContainingClass().getName(), r.getName(),
                            t.qualified, t.key.name(), documentation(r), List.of());
                }
            } catch (IllegalArgumentException e) {
                problem(cm.eClass, f, e.getMessage());
                return null;
            }
            ColumnMap existing = byName.get(def.name());
            if (existing != null) {
                boolean sameFeature = existing.def.eClass() != null && existing.def.eClass().equals(def.eClass())
                        && existing.def.feature().equals(def.feature());
                if (sameFeature || existing.def.role() == def.role() && existing.def.sameShape(def)) {
                    // an inherited feature seen again, or same-named features of sibling classes sharing a column
                    return existing;
                }
                problem(cm.eClass, f, "de kolom " + def.name() + " van tabel " + table.qualified + " is al in gebruik voor "
                        + (existing.def.feature() == null ? "de " + existing.def.role().name().toLowerCase()
                                : existing.def.eClass() + "." + existing.def.feature())
                        + "; geef het kenmerk een andere naam");
                return null;
            }
            ColumnMap column = new ColumnMap(def, table.columns.size(), codec, target);
            table.columns.add(column);
            byName.put(def.name(), column);
            defs.add(def);
            return column;
        }

        private ListMap list(TableMap table, EStructuralFeature f) {
            EClass declaring = f.getEContainingClass();
            ClassMap declaringMap = classes.get(declaring);
            String prefix = declaringMap != null && declaringMap.table == table ? Names.snake(declaring.getName())
                    : table.name;
            String name = Names.identifier(prefix + "_" + Names.snake(f.getName()), max);
            String ownerName = Names.identifier(table.name + "_" + table.key.name(), max);
            ColumnDef ownerDef = new ColumnDef(ownerName, table.key.codec.type(), false, ColumnRole.OWNER,
                    table.root.getName(), null, table.qualified, table.key.name(),
                    "Sleutel van de eigenaar (" + declaring.getName() + ").", List.of());
            ColumnDef positionDef = new ColumnDef(Names.POSITION, ColumnType.of(ColumnType.Kind.INTEGER), false,
                    ColumnRole.POSITION, null, null, null, null,
                    "Plaats in de lijst " + f.getName() + ", vanaf 0.", List.of());
            ColumnDef valueDef;
            Codec valueCodec;
            String target = null;
            try {
                if (f instanceof EAttribute a) {
                    valueCodec = types.codec(a, false);
                    valueDef = new ColumnDef(Names.VALUE, valueCodec.type(), true, ColumnRole.VALUE,
                            declaring.getName(), a.getName(), null, null, documentation(a), literals(a));
                } else {
                    EReference r = (EReference) f;
                    TableMap t = targetTable(declaring, r);
                    if (t == null) {
                        return null;
                    }
                    valueCodec = t.key.codec;
                    target = t.qualified;
                    String targetName = Names.identifier(t.name + "_" + t.key.name(), max);
                    if (targetName.equals(ownerName)) {
                        targetName = Names.identifier(Names.snake(r.getName()) + "_" + t.key.name(), max);
                    }
                    valueDef = new ColumnDef(targetName, valueCodec.type(), false, ColumnRole.TARGET,
                            declaring.getName(), r.getName(), t.qualified, t.key.name(), documentation(r), List.of());
                }
            } catch (IllegalArgumentException e) {
                problem(declaring, f, e.getMessage());
                return null;
            }
            TableDef def = new TableDef(nsURI, schema, name, f instanceof EAttribute ? TableKind.VALUES : TableKind.LINK,
                    declaring.getName(), List.of(), f.getName(), documentation(f),
                    List.of(ownerDef, positionDef, valueDef), List.of(ownerName, Names.POSITION));
            return new ListMap(def, f, table, new ColumnMap(ownerDef, 0, table.key.codec, table.qualified),
                    new ColumnMap(positionDef, 1, new Codec(positionDef.type(),
                            org.eclipse.emf.ecore.EcorePackage.Literals.EINT), null),
                    new ColumnMap(valueDef, 2, valueCodec, target));
        }

        /** The table of a reference's target class, in this package or an available other one. */
        private TableMap targetTable(EClass owner, EReference r) {
            EClass type = r.getEReferenceType();
            if (type == null) {
                problem(owner, r, "heeft geen doelklasse");
                return null;
            }
            EPackage targetPackage = type.getEPackage();
            if (targetPackage == ePackage) {
                ClassMap target = classes.get(type);
                if (target == null) {
                    problem(owner, r, "verwijst naar " + type.getName()
                            + ", dat niet opgeslagen kan worden (geen iD-attribuut of een interface)");
                    return null;
                }
                return target.table;
            }
            String targetUri = targetPackage == null ? null : targetPackage.getNsURI();
            PackageMap other = targetUri == null ? null : others.apply(targetUri);
            if (other == null) {
                if (targetUri == null || targetUri.equals(org.eclipse.emf.ecore.EcorePackage.eNS_URI)) {
                    problem(owner, r, "verwijst naar " + type.getName() + " uit Ecore; dat kan de opslag niet bewaren");
                } else {
                    waiting.add(targetUri);
                }
                return null;
            }
            ClassMap target = other.classes().get(type.getName());
            if (target == null) {
                problem(owner, r, "verwijst naar " + type.getName() + " uit " + targetUri
                        + ", dat daar niet opgeslagen kan worden");
                return null;
            }
            dependencies.add(targetUri);
            return target.table;
        }

        private void derived(ClassMap cm) {
            for (EStructuralFeature f : cm.eClass.getEAllStructuralFeatures()) {
                if (!(f instanceof EReference r) || !persisted(r) || storedSide(r)) {
                    continue;
                }
                EReference opposite = r.getEOpposite();
                ClassMap source = classes.get(opposite.getEContainingClass());
                if (source == null) {
                    // stored by another package (or an abstract class without table): not loaded from here
                    continue;
                }
                for (Binding b : source.bindings) {
                    if (b.feature() == opposite) {
                        cm.derived.add(new Derived(r, source.table, b.column(), null));
                    }
                }
                for (ListMap l : source.lists) {
                    if (l.feature == opposite) {
                        cm.derived.add(new Derived(r, source.table, null, l));
                    }
                }
            }
        }

        private void uniqueTableNames() {
            Map<String, String> seen = new HashMap<>();
            for (TableMap t : tables) {
                seen.put(t.name, "klasse " + t.root.getName());
            }
            for (ListMap l : lists) {
                String previous = seen.putIfAbsent(l.def.name(), l.def.eClass() + "." + l.def.feature());
                if (previous != null) {
                    problems.add("Pakket " + nsURI + ": de tabel " + schema + "." + l.def.name() + " is nodig voor "
                            + previous + " en voor " + l.def.eClass() + "." + l.def.feature()
                            + "; geef een van beide een andere naam");
                }
            }
        }

        private void problem(EClass c, EStructuralFeature f, String text) {
            problems.add("Pakket " + nsURI + ", klasse " + c.getName() + (f == null ? "" : ", kenmerk " + f.getName())
                    + ": " + text + ".");
        }
    }

    private static List<String> literals(EAttribute a) {
        if (a.getEAttributeType() instanceof EEnum e) {
            return e.getELiterals().stream().map(EEnumLiteral::getLiteral).collect(Collectors.toList());
        }
        return List.of();
    }

    private static String orElse(String text, String fallback) {
        return text == null || text.isEmpty() ? fallback : text;
    }
}
