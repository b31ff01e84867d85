package nl.wij.goab.model.osgi.impl;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.model.osgi.EPackageServices;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.util.GoabValidator;

/**
 * Offers the GOAB model as services: its {@code EPackage}, {@code EFactory}, {@code EValidator} and
 * condition, with {@code emf.name=goab} and {@code emf.nsURI=https://wij.nl/model/goab/1.0}, the way
 * the core model does. The store maps it to the schema {@code GOAB_DATA} once the core model is there.
 */
@Component
public final class GoabModelComponent {

    private static final Logger LOG = LoggerFactory.getLogger(GoabModelComponent.class);

    private final EPackageServices.Registration registration;

    @Activate
    public GoabModelComponent(BundleContext context) {
        GoabPackage ePackage = GoabPackage.eINSTANCE;
        registration = EPackageServices.register(context, ePackage, GoabValidator.INSTANCE);
        LOG.debug("EMF package {} ({}) registered with {} classifiers", ePackage.getName(), ePackage.getNsURI(),
                ePackage.getEClassifiers().size());
    }

    @Deactivate
    void deactivate() {
        registration.close();
    }
}
