package nl.wij.analysis.web.impl;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import nl.wij.core.views.PublishedView;
import nl.wij.core.views.ViewCatalogListener;
import nl.wij.workbench.api.WorkbenchContribution;
import nl.wij.workbench.api.WorkbenchFragment;

/**
 * Tells every open browser that the catalog changed, through the shell's live events: on each
 * change it replaces an (empty) workbench contribution, so the shell's model version moves on and
 * {@code /api/events} pushes {@code workbench}; the browser then dispatches {@code wij:workbench},
 * on which the Catalogus and Zoekvragen views reload the catalog and the starter queries.
 */
@Component
public final class CatalogSignal implements ViewCatalogListener {

    private static final WorkbenchContribution EMPTY = () -> new WorkbenchFragment(List.of(), List.of(), List.of(),
            List.of());

    private final BundleContext context;
    /** Guarded by {@code this}. */
    private ServiceRegistration<WorkbenchContribution> current;

    @Activate
    public CatalogSignal(BundleContext context) {
        this.context = context;
    }

    @Override
    public synchronized void catalogChanged(List<PublishedView> views) {
        ServiceRegistration<WorkbenchContribution> previous = current;
        current = context.registerService(WorkbenchContribution.class, EMPTY, null);
        unregister(previous);
    }

    @Deactivate
    synchronized void deactivate() {
        unregister(current);
        current = null;
    }

    private static void unregister(ServiceRegistration<WorkbenchContribution> registration) {
        if (registration == null) {
            return;
        }
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping
        }
    }
}
