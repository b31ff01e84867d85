package nl.wij.core.editors.impl.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs EMF validation (a {@link Diagnostician}) with the EValidator services, never EMF's global
 * registry, and turns the diagnostics into Dutch {@link Finding}s tied to a feature.
 * <p>
 * Each package gets the validator service registered for its nsURI; a package without one is
 * checked by its supertypes' validators or EMF's default constraints (required features,
 * multiplicity, data type facets such as patterns). Object and feature names in messages come from
 * the model ({@link Labels}); EMF's own English messages are rewritten by {@link DutchDiagnostics}.
 */
public final class ModelValidator {

    private static final Logger LOG = LoggerFactory.getLogger(ModelValidator.class);

    private final Diagnostician diagnostician;

    ModelValidator(Collection<EPackage> packages, Map<String, EValidator> validators) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        for (EPackage p : packages) {
            EValidator v = validators.get(p.getNsURI());
            if (v != null) {
                registry.put(p, v);
            }
        }
        registry.put(null, EObjectValidator.INSTANCE);
        this.diagnostician = new LabelledDiagnostician(registry);
    }

    /** Validates one object (with the objects it refers to in place). */
    public List<Finding> validate(EObject object) {
        return validate(List.of(object)).getOrDefault(object, List.of());
    }

    /** Validates many objects in one run; objects without findings are left out of the answer. */
    public Map<EObject, List<Finding>> validate(Collection<? extends EObject> objects) {
        ValidationResource resource = new ValidationResource();
        resource.addWithReferences(objects);
        Map<EObject, List<Finding>> result = new IdentityHashMap<>();
        Map<Object, Object> context = diagnostician.createDefaultContext();
        for (EObject object : objects) {
            List<Finding> findings = new ArrayList<>();
            try {
                Diagnostic diagnostic = diagnostician.validate(object, context);
                collect(diagnostic, null, findings);
            } catch (RuntimeException e) {
                LOG.warn("Validatie van {} mislukte", Labels.label(object), e);
                findings.add(new Finding(nl.wij.workbench.api.Problem.Severity.FOUT, null,
                        "De controle van dit object mislukte (" + e.getClass().getSimpleName() + "); meld dit aan de beheerder."));
            }
            if (!findings.isEmpty()) {
                result.put(object, findings);
            }
        }
        return result;
    }

    private static void collect(Diagnostic diagnostic, EStructuralFeature inherited, List<Finding> out) {
        if (diagnostic.getSeverity() == Diagnostic.OK) {
            return;
        }
        EStructuralFeature feature = featureOf(diagnostic, inherited);
        if (diagnostic.getChildren().isEmpty()) {
            out.add(new Finding(DutchDiagnostics.severity(diagnostic), feature, DutchDiagnostics.message(diagnostic, feature)));
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, feature, out);
        }
    }

    private static EStructuralFeature featureOf(Diagnostic diagnostic, EStructuralFeature inherited) {
        for (Object data : diagnostic.getData()) {
            if (data instanceof EStructuralFeature f) {
                return f;
            }
        }
        return inherited;
    }

    /** A diagnostician that names objects, features and values the way the UI does. */
    private static final class LabelledDiagnostician extends Diagnostician {

        private final Map<EStructuralFeature, String> featureLabels = new HashMap<>();

        LabelledDiagnostician(EValidator.Registry registry) {
            super(registry);
        }

        @Override
        public String getObjectLabel(EObject eObject) {
            return Labels.label(eObject.eClass()) + " " + Labels.label(eObject);
        }

        @Override
        public synchronized String getFeatureLabel(EStructuralFeature feature) {
            return featureLabels.computeIfAbsent(feature, Labels::label);
        }
    }
}
