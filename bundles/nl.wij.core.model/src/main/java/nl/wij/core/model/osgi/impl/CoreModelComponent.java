package nl.wij.core.model.osgi.impl;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.model.CorePackage;
import nl.wij.core.model.osgi.EPackageServices;
import nl.wij.core.model.util.CoreValidator;

/**
 * Offers the core model as services: its {@code EPackage}, {@code EFactory}, {@code EValidator} and
 * condition, with {@code emf.name=core} and {@code emf.nsURI=https://wij.nl/model/core/1.0}.
 * Touching {@code CorePackage.eINSTANCE} also puts the package in EMF's global registry, as
 * generated EMF code does; other bundles use the services.
 */
@Component
public final class CoreModelComponent {

    private static final Logger LOG = LoggerFactory.getLogger(CoreModelComponent.class);

    private final EPackageServices.Registration registration;

    @Activate
    public CoreModelComponent(BundleContext context) {
        CorePackage ePackage = CorePackage.eINSTANCE;
        registration = EPackageServices.register(context, ePackage, CoreValidator.INSTANCE);
        LOG.debug("EMF package {} ({}) registered with {} classifiers", ePackage.getName(), ePackage.getNsURI(),
                ePackage.getEClassifiers().size());
    }

    @Deactivate
    void deactivate() {
        registration.close();
    }
}
