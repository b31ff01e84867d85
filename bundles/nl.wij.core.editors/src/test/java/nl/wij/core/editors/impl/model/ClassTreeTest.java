package nl.wij.core.editors.impl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import nl.wij.core.model.CorePackage;

/** The Modelverkenner's tree, derived from the real core model and from small models made here. */
class ClassTreeTest {

    private static final ClassTree CORE = new Metamodel(List.of(CorePackage.eINSTANCE), Map.of()).tree();

    private static EClass core(String name) {
        return (EClass) CorePackage.eINSTANCE.getEClassifier(name);
    }

    private static List<String> children(ClassTree tree, EClass parent) {
        return tree.children(parent).stream().map(l -> l.child().getName() + "." + l.reference().getName()).toList();
    }

    @Test
    void gemeenteVestigingTellingIsThePathOfTheCoreModel() {
        assertEquals(core("Gemeente"), CORE.roots().get(0), "the hub (largest reach) comes first");
        assertTrue(children(CORE, core("Gemeente")).contains("Vestiging.gemeente"), children(CORE, core("Gemeente")).toString());
        assertEquals(List.of("Leerlingtelling.vestiging"), children(CORE, core("Vestiging")));
    }

    @Test
    void classesMarkedAsPersonLevelDataAreNotEditable() {
        EPackage p = EcoreFactory.eINSTANCE.createEPackage();
        p.setName("zaak");
        p.setNsURI("https://example.org/zaak");
        EClass kind = EcoreFactory.eINSTANCE.createEClass();
        kind.setName("Kind");
        EAttribute code = EcoreFactory.eINSTANCE.createEAttribute();
        code.setName("code");
        code.setEType(EcorePackage.Literals.ESTRING);
        code.setID(true);
        kind.getEStructuralFeatures().add(code);
        EClass dossier = EcoreUtil.copy(kind);
        dossier.setName("Dossier");
        EcoreUtil.setAnnotation(kind, Metamodel.PRIVACY, "persoonsgegevens", "true");
        p.getEClassifiers().addAll(List.of(kind, dossier));

        Metamodel metamodel = new Metamodel(List.of(p), Map.of());

        assertEquals(List.of("zaak.Dossier"), metamodel.classes().stream().map(Metamodel::name).toList());
        assertTrue(metamodel.eClass("zaak.Kind").isEmpty());
        assertFalse(metamodel.tree().contains(kind));
    }

    @Test
    void aVestigingHangsUnderItsGemeenteNotUnderItsRequiredInstelling() {
        assertEquals(CorePackage.Literals.VESTIGING__GEMEENTE, CORE.parent(core("Vestiging")).orElseThrow().reference());
        assertEquals(List.of("Instelling.bevoegdGezag"), children(CORE, core("BevoegdGezag")));
        assertEquals(List.of(), children(CORE, core("Instelling")));
    }

    @Test
    void everyClassWithAKeyIsReachableOnce() {
        assertEquals(List.of("Gemeente", "BevoegdGezag", "Regio", "Periode"),
                CORE.roots().stream().map(EClass::getName).toList());
        assertEquals(List.of("Organisatie.gemeente", "RegioLidmaatschap.gemeente", "Vestiging.gemeente", "Wijk.gemeente"),
                children(CORE, core("Gemeente")));
        assertEquals(List.of("Buurt.wijk"), children(CORE, core("Wijk")));
    }

    @Test
    void subclassesInTheSamePlaceAreShownInTheirSupertypesGroup() {
        assertFalse(CORE.contains(core("Schooljaar")), "Schooljaar is listed with Periode");
        assertFalse(CORE.contains(core("KinderopvangLocatie")), "listed with Organisatie under its gemeente");
        assertFalse(CORE.contains(core("MetAdres")), "no key: not a node");
        assertTrue(CORE.contains(core("Organisatie")));
    }

    @Test
    void selfReferencesAreNotParentLinks() {
        assertTrue(CORE.parent(core("Gemeente")).isEmpty(), "opgegaanIn points to another Gemeente, not a parent class");
    }

    // ------------------------------------------------------------------ small models

    private static final EcoreFactory F = EcoreFactory.eINSTANCE;

    private static EClass keyed(EPackage p, String name) {
        EClass c = F.createEClass();
        c.setName(name);
        EAttribute id = F.createEAttribute();
        id.setName("code");
        id.setEType(EcorePackage.Literals.ESTRING);
        id.setID(true);
        c.getEStructuralFeatures().add(id);
        p.getEClassifiers().add(c);
        return c;
    }

    private static EReference reference(EClass from, String name, EClass to, boolean required) {
        EReference r = F.createEReference();
        r.setName(name);
        r.setEType(to);
        r.setLowerBound(required ? 1 : 0);
        from.getEStructuralFeatures().add(r);
        return r;
    }

    private static EPackage pkg() {
        EPackage p = F.createEPackage();
        p.setName("t");
        p.setNsURI("urn:test");
        return p;
    }

    @Test
    void aClassWhoseSingleReferencePointsToAParentBecomesItsChild() {
        EPackage p = pkg();
        EClass plan = keyed(p, "Plan");
        EClass maatregel = keyed(p, "Maatregel");
        reference(maatregel, "plan", plan, true);
        ClassTree tree = ClassTree.derive(List.of(plan, maatregel));
        assertEquals(List.of(plan), tree.roots());
        assertEquals(List.of("Maatregel.plan"), children(tree, plan));
    }

    @Test
    void anAnnotationPlacesAClassItself() {
        EPackage p = pkg();
        EClass a = keyed(p, "A");
        EClass b = keyed(p, "B");
        EClass c = keyed(p, "C");
        reference(c, "a", a, true);
        reference(c, "b", b, false);
        ClassTree derived = ClassTree.derive(List.of(a, b, c));
        assertEquals("a", derived.parent(c).orElseThrow().reference().getName(), "required wins a tie");

        var annotation = F.createEAnnotation();
        annotation.setSource(Labels.UI);
        annotation.getDetails().put("treeParent", "b");
        c.getEAnnotations().add(annotation);
        assertEquals("b", ClassTree.derive(List.of(a, b, c)).parent(c).orElseThrow().reference().getName());

        annotation.getDetails().put("treeParent", "");
        assertTrue(ClassTree.derive(List.of(a, b, c)).roots().contains(c), "empty treeParent: a root");
    }

    @Test
    void cyclesAreBrokenIntoARoot() {
        EPackage p = pkg();
        EClass a = keyed(p, "A");
        EClass b = keyed(p, "B");
        reference(a, "b", b, true);
        reference(b, "a", a, true);
        ClassTree tree = ClassTree.derive(List.of(a, b));
        assertEquals(1, tree.roots().size(), tree.roots().toString());
        EClass root = tree.roots().get(0);
        EClass other = root == a ? b : a;
        assertEquals(root, tree.parent(other).orElseThrow().parent());
    }
}
