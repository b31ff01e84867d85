package nl.wij.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;

import nl.wij.core.model.util.CoreValidator;

class CoreModelTest {

    private static final CorePackage PACKAGE = CorePackage.eINSTANCE;

    @Test
    void packageLoadsWithItsIdentity() {
        assertEquals("core", PACKAGE.getName());
        assertEquals("https://wij.nl/model/core/1.0", PACKAGE.getNsURI());
        assertEquals("core", PACKAGE.getNsPrefix());
        assertSame(CoreFactory.eINSTANCE, PACKAGE.getEFactoryInstance());
        for (String name : List.of("Gemeente", "Wijk", "Buurt", "Regio", "RegioLidmaatschap", "BevoegdGezag",
                "Instelling", "Vestiging", "Leerlingtelling", "Organisatie", "KinderopvangHouder",
                "KinderopvangLocatie", "Jeugdhulpaanbieder", "Ggd", "Uwv", "SwBedrijf", "Zorgaanbieder", "Periode",
                "Schooljaar")) {
            assertNotNull(PACKAGE.getEClassifier(name), name);
        }
        assertEquals(List.of("RMC", "SWV_PO", "SWV_VO", "JEUGDREGIO", "ARBEIDSMARKTREGIO", "COROP", "ONDERWIJSGEBIED",
                "REA", "NODAAL_GEBIED", "RPA", "WGR"), RegioType.VALUES.stream().map(RegioType::getLiteral).toList());
        assertEquals(List.of("bo", "sbo", "so", "vso", "vo", "mbo"),
                Onderwijssoort.VALUES.stream().map(Onderwijssoort::getLiteral).toList());
    }

    @Test
    void everyConcreteClassHasExactlyOneRequiredStringKey() {
        for (EClass eClass : concreteClasses()) {
            List<EAttribute> ids = eClass.getEAllAttributes().stream().filter(EAttribute::isID).toList();
            assertEquals(1, ids.size(), eClass.getName() + " has one iD attribute");
            EAttribute id = ids.get(0);
            assertEquals(String.class, id.getEAttributeType().getInstanceClass(), eClass.getName());
            assertTrue(id.isRequired(), eClass.getName() + "." + id.getName() + " is required");
            assertSame(id, eClass.getEIDAttribute());
        }
    }

    @Test
    void everyClassCanBeCreatedThroughTheFactoryAndKeepsItsFeatures() {
        Map<EClass, EObject> created = new LinkedHashMap<>();
        for (EClass eClass : concreteClasses()) {
            EObject object = CoreFactory.eINSTANCE.create(eClass);
            assertSame(eClass, object.eClass());
            created.put(eClass, object);
        }
        for (EObject object : created.values()) {
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                Object value = sample(feature, created);
                if (feature.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<Object> list = (EList<Object>) object.eGet(feature);
                    list.add(value);
                    assertEquals(List.of(value), object.eGet(feature), feature.getName());
                } else {
                    object.eSet(feature, value);
                    assertEquals(value, object.eGet(feature), object.eClass().getName() + "." + feature.getName());
                    assertTrue(object.eIsSet(feature), feature.getName());
                }
            }
        }
        // And the generated, typed API reads the same values.
        Vestiging vestiging = (Vestiging) created.get(PACKAGE.getVestiging());
        assertEquals("16AH00", vestiging.getBrin6());
        assertSame(created.get(PACKAGE.getInstelling()), vestiging.getInstelling());
        assertEquals(List.of(Onderwijsstructuur.BRUGJAAR), vestiging.getOnderwijsstructuur());
        Leerlingtelling telling = (Leerlingtelling) created.get(PACKAGE.getLeerlingtelling());
        assertEquals(Integer.valueOf(3), telling.getAantal());
    }

    @Test
    void nullableCountsAndUnknownSoortStayEmpty() {
        Leerlingtelling telling = CoreFactory.eINSTANCE.createLeerlingtelling();
        telling.setOnderdrukt(true);
        assertEquals(null, telling.getAantal());
        assertEquals(null, telling.getLeerjaar());
        Vestiging vestiging = CoreFactory.eINSTANCE.createVestiging();
        assertFalse(vestiging.isSetSoort());
        vestiging.setSoort(Onderwijssoort.BO);
        assertTrue(vestiging.isSetSoort());
    }

    @Test
    void everyClassifierFeatureAndLiteralIsDocumented() {
        List<String> missing = new ArrayList<>();
        check(missing, PACKAGE, PACKAGE.getName());
        for (EClassifier classifier : PACKAGE.getEClassifiers()) {
            check(missing, classifier, classifier.getName());
            if (classifier instanceof EClass eClass) {
                eClass.getEStructuralFeatures().forEach(f -> check(missing, f, eClass.getName() + "." + f.getName()));
            }
            if (classifier instanceof EEnum eEnum) {
                eEnum.getELiterals().forEach(l -> check(missing, l, eEnum.getName() + "." + l.getName()));
            }
        }
        assertEquals(List.of(), missing, "model elements without documentation");
    }

    @Test
    void codesAreValidatedAgainstTheirForm() {
        Gemeente gemeente = CoreFactory.eINSTANCE.createGemeente();
        gemeente.setCode("GM0114");
        gemeente.setNaam("Emmen");
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(gemeente).getSeverity());

        gemeente.setCode("0114");
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(gemeente);
        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        String messages = messages(diagnostic);
        assertTrue(messages.contains("GM[0-9]{4}"), messages);

        Vestiging vestiging = CoreFactory.eINSTANCE.createVestiging();
        vestiging.setBrin6("16AH00");
        vestiging.setNaam("Openbare Basisschool 't Eenspan");
        Diagnostic missingInstelling = Diagnostician.INSTANCE.validate(vestiging);
        assertEquals(Diagnostic.ERROR, missingInstelling.getSeverity(), "instelling is required");
    }

    @Test
    void aDutchPostcodeWithItsSpaceIsValid() {
        // EMF splits a pattern facet at whitespace, so the space in the pattern is written as \s.
        assertTrue(CoreValidator.INSTANCE.validatePostcode("7822 HG", null, null));
        assertFalse(CoreValidator.INSTANCE.validatePostcode("7822HG", null, null));
        assertFalse(CoreValidator.INSTANCE.validatePostcode("0822 HG", null, null));
    }

    @Test
    void objectsSurviveAnXmiRoundTrip() throws IOException {
        Gemeente emmen = CoreFactory.eINSTANCE.createGemeente();
        emmen.setCode("GM0114");
        emmen.setNaam("Emmen");
        Instelling instelling = CoreFactory.eINSTANCE.createInstelling();
        instelling.setBrin4("16AH");
        Vestiging vestiging = CoreFactory.eINSTANCE.createVestiging();
        vestiging.setBrin6("16AH00");
        vestiging.setNaam("Openbare Basisschool 't Eenspan");
        vestiging.setInstelling(instelling);
        vestiging.setGemeente(emmen);
        vestiging.setSoort(Onderwijssoort.BO);
        Leerlingtelling telling = CoreFactory.eINSTANCE.createLeerlingtelling();
        telling.setVestiging(vestiging);
        telling.setPeildatum(new Date(1_569_880_800_000L));
        telling.setSoort(Onderwijssoort.BO);
        telling.setOnderdrukt(true);

        Resource resource = new XMIResourceImpl(URI.createURI("memory:/test.xmi"));
        resource.getContents().addAll(List.of(emmen, instelling, vestiging, telling));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of());

        Resource loaded = new XMIResourceImpl(URI.createURI("memory:/test.xmi"));
        new ResourceSetImpl().getResources().add(loaded);
        loaded.load(new ByteArrayInputStream(out.toByteArray()), Map.of());
        Vestiging reloaded = (Vestiging) loaded.getContents().get(2);
        assertEquals("GM0114", reloaded.getGemeente().getCode());
        assertSame(reloaded, ((Leerlingtelling) loaded.getContents().get(3)).getVestiging());
        assertTrue(EcoreUtil.equals(List.of(emmen, instelling, vestiging, telling), loaded.getContents()));
        assertSame(reloaded, loaded.getEObject("16AH00"), "objects are found by their iD");
    }

    private static String messages(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(diagnostic.getMessage()).append('\n');
        diagnostic.getChildren().forEach(child -> text.append(messages(child)));
        return text.toString();
    }

    private static void check(List<String> missing, EModelElement element, String name) {
        String documentation = EcoreUtil.getDocumentation(element);
        if (documentation == null || documentation.isBlank()) {
            missing.add(name);
        }
    }

    private static List<EClass> concreteClasses() {
        return PACKAGE.getEClassifiers().stream()
                .filter(EClass.class::isInstance).map(EClass.class::cast)
                .filter(c -> !c.isAbstract() && !c.isInterface())
                .toList();
    }

    /** A value for a feature, valid for its type; references point at the created object of that type. */
    private static Object sample(EStructuralFeature feature, Map<EClass, EObject> created) {
        if (feature instanceof EReference reference) {
            return created.entrySet().stream()
                    .filter(e -> reference.getEReferenceType().isSuperTypeOf(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElseThrow();
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        if (type instanceof EEnum eEnum) {
            return eEnum.getELiterals().get(eEnum.getELiterals().size() - 1).getInstance();
        }
        if (type == PACKAGE.getGemeentecode()) {
            return "GM0114";
        }
        if (type == PACKAGE.getBrin6()) {
            return "16AH00";
        }
        if (type == PACKAGE.getBrin4()) {
            return "16AH";
        }
        if (type == PACKAGE.getWijkcode()) {
            return "WK011401";
        }
        if (type == PACKAGE.getBuurtcode()) {
            return "BU01140101";
        }
        if (type == PACKAGE.getPostcode()) {
            return "7822 HG";
        }
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == String.class) {
            return feature.getName() + "-waarde";
        }
        if (instanceClass == Date.class) {
            return new Date(1_569_880_800_000L);
        }
        if (instanceClass == Integer.class) {
            return 3;
        }
        if (instanceClass == boolean.class) {
            return true;
        }
        throw new AssertionError("no sample for " + type.getName());
    }
}
