package nl.wij.core.editors.impl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.junit.jupiter.api.Test;

import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Instelling;
import nl.wij.core.model.Vestiging;
import nl.wij.core.model.util.CoreValidator;
import nl.wij.workbench.api.Problem;

/** EMF validation with the real generated CoreValidator, in Dutch, tied to fields. */
class ModelValidatorTest {

    private final ModelValidator validator = new Metamodel(List.of(CorePackage.eINSTANCE),
            Map.of(CorePackage.eNS_URI, CoreValidator.INSTANCE)).validator();

    private static Vestiging vestiging() {
        Instelling instelling = CoreFactory.eINSTANCE.createInstelling();
        instelling.setBrin4("16AH");
        Gemeente gemeente = CoreFactory.eINSTANCE.createGemeente();
        gemeente.setCode("GM0479");
        gemeente.setNaam("Zaanstad");
        Vestiging v = CoreFactory.eINSTANCE.createVestiging();
        v.setBrin6("16AH00");
        v.setNaam("De Regenboog");
        v.setInstelling(instelling);
        v.setGemeente(gemeente);
        return v;
    }

    @Test
    void aValidObjectWithDetachedReferencesHasNoFindings() {
        assertEquals(List.of(), validator.validate(vestiging()), "references between detached objects are not dangling");
    }

    @Test
    void requiredFieldsAndPatternsAreReportedInDutchAtTheirField() {
        Vestiging v = vestiging();
        v.setNaam(null);
        v.setInstelling(null);
        v.setBrin6("16ah0");
        v.setPostcode("1501AB");
        List<Finding> findings = validator.validate(v);
        assertEquals(List.of(
                "brin6: Vestigingscode: '16ah0' heeft niet de juiste vorm. Verwacht: Vestigingscode: het BRIN-nummer en een tweecijferig vestigingsnummer, bijvoorbeeld 16AH00.",
                "naam: Naam van de vestiging is verplicht; vul een waarde in.",
                "instelling: Instelling waartoe de vestiging behoort is verplicht; kies een instelling.",
                "postcode: Postcode van het bezoekadres: '1501AB' heeft niet de juiste vorm. Verwacht: Nederlandse postcode: vier cijfers, een spatie en twee hoofdletters, bijvoorbeeld 7822 HG."),
                findings.stream().map(f -> f.feature().getName() + ": " + f.message()).sorted(ModelValidatorTest::byFeatureOrder).toList());
        assertTrue(findings.stream().allMatch(f -> f.severity() == Problem.Severity.FOUT));
    }

    private static int byFeatureOrder(String a, String b) {
        List<String> order = List.of("brin6", "naam", "instelling", "postcode");
        return Integer.compare(order.indexOf(a.substring(0, a.indexOf(':'))), order.indexOf(b.substring(0, b.indexOf(':'))));
    }

    @Test
    void aModulesOwnValidatorIsUsedAndItsMessagePrefixedWithTheFieldLabel() {
        EValidator module = new EValidator() {
            @Override
            public boolean validate(EObject o, DiagnosticChain diagnostics, Map<Object, Object> context) {
                return validate(o.eClass(), o, diagnostics, context);
            }

            @Override
            public boolean validate(EClass eClass, EObject o, DiagnosticChain diagnostics, Map<Object, Object> context) {
                boolean ok = CoreValidator.INSTANCE.validate(eClass, o, diagnostics, context);
                if (o instanceof Gemeente g && g.getProvincie() == null) {
                    diagnostics.add(new BasicDiagnostic(Diagnostic.WARNING, "nl.wij.test", 1,
                            "vul de provincie in voor de kaart.", new Object[] {g, CorePackage.Literals.GEMEENTE__PROVINCIE}));
                    return false;
                }
                return ok;
            }

            @Override
            public boolean validate(EDataType type, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
                return CoreValidator.INSTANCE.validate(type, value, diagnostics, context);
            }
        };
        ModelValidator withModule = new Metamodel(List.of(CorePackage.eINSTANCE), Map.of(CorePackage.eNS_URI, module)).validator();
        Gemeente g = CoreFactory.eINSTANCE.createGemeente();
        g.setCode("0479");
        g.setNaam("Zaanstad");
        List<Finding> findings = withModule.validate(g);
        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.contains(new Finding(Problem.Severity.WAARSCHUWING, CorePackage.Literals.GEMEENTE__PROVINCIE,
                "Provincie waarin de gemeente ligt: vul de provincie in voor de kaart.")), findings.toString());
        assertTrue(findings.get(0).message().startsWith("CBS-gemeentecode: '0479' heeft niet de juiste vorm."), findings.toString());
    }

    @Test
    void manyObjectsAreValidatedInOneRun() {
        Vestiging good = vestiging();
        Vestiging bad = vestiging();
        bad.setBrin6("X");
        Map<EObject, List<Finding>> result = validator.validate(List.of(good, bad));
        assertEquals(1, result.size());
        assertEquals(1, result.get(bad).size());
    }
}
