package nl.wij.ihp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;

/** The generated IHP model: documented throughout, storable, extending the core model. */
class IhpModelTest {

    private static final IhpPackage IHP = IhpPackage.eINSTANCE;

    @Test
    void everyClassFeatureAndLiteralIsDocumentedInDutch() {
        List<String> missing = new ArrayList<>();
        check(IHP, missing);
        for (EClassifier classifier : IHP.getEClassifiers()) {
            check(classifier, missing);
            if (classifier instanceof EClass eClass) {
                eClass.getEStructuralFeatures().forEach(f -> check(f, missing));
            }
            if (classifier instanceof EEnum eEnum) {
                eEnum.getELiterals().forEach(l -> check(l, missing));
            }
        }
        assertEquals(List.of(), missing, "elements without documentation (it shows in the UI and the analyst catalog)");
    }

    @Test
    void everyClassIsStorableWithAKeyAndNoManyValuedOpposites() {
        for (EClassifier classifier : IHP.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                assertNotNull(eClass.getEIDAttribute(), eClass.getName() + " has no iD attribute");
                for (EReference reference : eClass.getEReferences()) {
                    assertTrue(reference.getEOpposite() == null, eClass.getName() + "." + reference.getName() + " has an opposite");
                }
            }
        }
    }

    @Test
    void buildsOnTheCoreModel() {
        assertEquals(CorePackage.Literals.POSTCODE, IHP.getGebouw_Postcode().getEAttributeType());
        assertEquals(CorePackage.Literals.GEMEENTE, IHP.getGebouw_Gemeente().getEReferenceType());
        assertEquals(CorePackage.Literals.VESTIGING, IHP.getGebruik_Vestiging().getEReferenceType());
        assertEquals(CorePackage.Literals.GEMEENTE, IHP.getVerordening_Gemeente().getEReferenceType());
        assertEquals("https://wij.nl/model/ihp/1.0", IHP.getNsURI());
        assertEquals("ihp", IHP.getNsPrefix());
    }

    /**
     * The core model keeps its implementation package private, so an IHP class cannot extend a core
     * class (its generated Impl would extend the core's Impl); it refers to core classes and data types.
     */
    @Test
    void generatedCodeUsesOnlyTheCoreModelsApi() throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("target/generated-sources/emf"))) {
            List<java.nio.file.Path> offenders = files.filter(java.nio.file.Files::isRegularFile).filter(f -> {
                try {
                    return java.nio.file.Files.readString(f).contains("nl.wij.core.model.impl");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertEquals(List.of(), offenders);
        }
    }

    @Test
    void theValidatorChecksTheFacets() {
        Gebouw gebouw = IhpFactory.eINSTANCE.createGebouw();
        gebouw.setCode("G 1");
        gebouw.setNaam("Test");
        gebouw.setSoort(Gebouwsoort.SCHOOL);
        gebouw.setConditiescore(7);
        gebouw.setBvoM2(new java.math.BigDecimal("-1"));
        Gemeente zaanstad = CoreFactory.eINSTANCE.createGemeente();
        zaanstad.setCode("GM0479");
        zaanstad.setNaam("Zaanstad");
        gebouw.setGemeente(zaanstad);
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(gebouw);
        String text = diagnostic.getChildren().toString();
        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        assertTrue(text.contains("code"), text);
        assertTrue(text.contains("conditiescore"), text);
        assertTrue(text.contains("bvoM2"), text);
    }

    private static void check(EModelElement element, List<String> missing) {
        String documentation = EcoreUtil.getDocumentation(element);
        if (documentation == null || documentation.isBlank()) {
            missing.add(element instanceof ENamedElement named ? qualified(named) : element.toString());
        }
    }

    private static String qualified(ENamedElement element) {
        if (element instanceof EStructuralFeature feature) {
            return feature.getEContainingClass().getName() + "." + feature.getName();
        }
        if (element instanceof EAttribute attribute) {
            return attribute.getName();
        }
        return element.getName();
    }
}
