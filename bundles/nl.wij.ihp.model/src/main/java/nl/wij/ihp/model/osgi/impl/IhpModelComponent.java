package nl.wij.ihp.model.osgi.impl;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.model.osgi.EPackageServices;
import nl.wij.ihp.model.IhpPackage;
import nl.wij.ihp.model.util.IhpValidator;

/**
 * Offers the IHP model as services: its {@code EPackage}, {@code EFactory}, {@code EValidator} and
 * condition, with {@code emf.name=ihp} and {@code emf.nsURI=https://wij.nl/model/ihp/1.0}. The store
 * maps it onto {@code IHP_DATA} as soon as the core model is there; the generic editors show it.
 */
@Component
public final class IhpModelComponent {

    private static final Logger LOG = LoggerFactory.getLogger(IhpModelComponent.class);

    private final EPackageServices.Registration registration;

    @Activate
    public IhpModelComponent(BundleContext context) {
        IhpPackage ePackage = IhpPackage.eINSTANCE;
        registration = EPackageServices.register(context, ePackage, IhpValidator.INSTANCE);
        LOG.debug("EMF package {} ({}) registered with {} classifiers", ePackage.getName(), ePackage.getNsURI(),
                ePackage.getEClassifiers().size());
    }

    @Deactivate
    void deactivate() {
        registration.close();
    }
}
