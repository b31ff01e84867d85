package nl.wij.itest.charts;

import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

import nl.wij.workbench.api.Anchors;
import nl.wij.workbench.api.ViewDescriptor;
import nl.wij.workbench.api.WorkbenchContribution;
import nl.wij.workbench.api.WorkbenchFragment;

/**
 * A test module that uses the shared charts and maps the way a domain module does: its view imports
 * {@code grafiek.js} and {@code kaart.js} by absolute URL and draws the data the browser test
 * computed from the real DUO files (handed over in the page's session storage). It is in no
 * feature; the test installs it at run time.
 */
@Component
@HttpWhiteboardResource(pattern = "/modules/nl.wij.itest.charts/*", prefix = "/web")
public final class ChartsTestContribution implements WorkbenchContribution {

    /** The id of the contributed view. */
    public static final String VIEW_ID = "nl.wij.itest.charts.view.grafieken";

    @Override
    public WorkbenchFragment fragment() {
        return WorkbenchFragment.ofViews(new ViewDescriptor(VIEW_ID, "Grafieken (test)",
                "Grafieken en een kaart uit de testmodule", Anchors.HOME_PERSPECTIVE, Anchors.EDITOR_AREA,
                "/modules/nl.wij.itest.charts/grafieken.js", 60, Set.of()));
    }
}
