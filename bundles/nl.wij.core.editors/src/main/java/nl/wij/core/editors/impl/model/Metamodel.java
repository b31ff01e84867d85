package nl.wij.core.editors.impl.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The editable part of the metamodel at one moment: the packages the store holds now, their
 * classes with an iD attribute (except those marked as person-level data) under qualified names
 * ({@code core.Vestiging}), the derived
 * navigation tree and a validator over the EValidator services. Immutable; the
 * {@link ModelRegistry} makes a new one when packages, validators or the store's package states
 * change.
 */
public final class Metamodel {

    /** Annotation source marking a class as person-level data. */
    public static final String PRIVACY = "https://wij.nl/model/privacy";

    private final List<EPackage> packages;
    private final Map<String, EClass> classes;
    private final ClassTree tree;
    private final ModelValidator validator;

    /**
     * @param packages the packages the store can hold now
     * @param validators the EValidator services by the nsURI of their package
     */
    public Metamodel(Collection<EPackage> packages, Map<String, EValidator> validators) {
        List<EPackage> sorted = new ArrayList<>(packages);
        sorted.sort(Comparator.comparing(EPackage::getName).thenComparing(EPackage::getNsURI));
        this.packages = List.copyOf(sorted);
        Map<String, EClass> byName = new LinkedHashMap<>();
        for (EPackage p : sorted) {
            for (EClassifier classifier : p.getEClassifiers()) {
                if (classifier instanceof EClass c && c.getEIDAttribute() != null && !personal(c)) {
                    byName.putIfAbsent(p.getName() + "." + c.getName(), c);
                }
            }
        }
        this.classes = Map.copyOf(byName);
        this.tree = ClassTree.derive(byName.values());
        this.validator = new ModelValidator(sorted, validators);
    }

    /**
     * Whether a class holds person-level data: annotated {@value #PRIVACY} with
     * {@code persoonsgegevens=true}. The generic editors never show, search or validate such
     * classes for anyone; the module that owns them shows them only to the roles that may see
     * persons, and logs who looked.
     */
    public static boolean personal(EClass eClass) {
        return "true".equals(EcoreUtil.getAnnotation(eClass, PRIVACY, "persoonsgegevens"));
    }

    /** The available packages, by name. */
    public List<EPackage> packages() {
        return packages;
    }

    /** A class by its qualified name, e.g. {@code core.Vestiging}. */
    public Optional<EClass> eClass(String name) {
        return Optional.ofNullable(name == null ? null : classes.get(name));
    }

    /** Whether objects of this class can be listed and edited now. */
    public boolean contains(EClass eClass) {
        return eClass != null && classes.get(name(eClass)) == eClass;
    }

    /** The qualified name of a class: package name, a dot, class name. */
    public static String name(EClassifier eClass) {
        EPackage p = eClass.getEPackage();
        return (p == null ? "" : p.getName() + ".") + eClass.getName();
    }

    /** Every class with an iD attribute, by qualified name. */
    public Collection<EClass> classes() {
        return classes.values().stream().sorted(Comparator.comparing(Metamodel::name)).toList();
    }

    /**
     * The classes whose key is their own: no supertype has the same iD attribute. Listing these
     * lists every stored object exactly once (a list of a class includes its subclasses).
     */
    public List<EClass> keyRoots() {
        return classes().stream().filter(c -> keyRoot(c) == c).toList();
    }

    /** The topmost participating supertype that declares the same iD attribute (the class of the key's table). */
    public EClass keyRoot(EClass eClass) {
        EAttribute id = eClass.getEIDAttribute();
        EClass root = eClass;
        for (EClass s : eClass.getEAllSuperTypes()) {
            if (s.getEIDAttribute() == id && contains(s) && s.isSuperTypeOf(root)) {
                root = s;
            }
        }
        return root;
    }

    /** The concrete classes of which an object counts as a {@code eClass}: itself when concrete, and its subclasses. */
    public List<EClass> concreteSubtypes(EClass eClass) {
        return classes().stream().filter(c -> !c.isAbstract() && !c.isInterface() && eClass.isSuperTypeOf(c)).toList();
    }

    public ClassTree tree() {
        return tree;
    }

    public ModelValidator validator() {
        return validator;
    }
}
