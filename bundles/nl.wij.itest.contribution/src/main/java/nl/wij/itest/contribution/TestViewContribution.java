package nl.wij.itest.contribution;

import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

import nl.wij.workbench.api.Anchors;
import nl.wij.workbench.api.ViewDescriptor;
import nl.wij.workbench.api.WorkbenchContribution;
import nl.wij.workbench.api.WorkbenchFragment;

/**
 * A module in its smallest form, for the integration and browser tests: one view on the start
 * perspective, rendered by an ES module that this bundle serves itself. It is in no feature;
 * tests install it at run time, the way a beheerder installs a consultant's module.
 */
@Component
@HttpWhiteboardResource(pattern = "/modules/nl.wij.itest.contribution/*", prefix = "/web")
public final class TestViewContribution implements WorkbenchContribution {

    /** The id of the contributed view. */
    public static final String VIEW_ID = "nl.wij.itest.contribution.view.test";

    @Override
    public WorkbenchFragment fragment() {
        return WorkbenchFragment.ofViews(new ViewDescriptor(VIEW_ID, "Testweergave",
                "Weergave uit de testmodule", Anchors.HOME_PERSPECTIVE, Anchors.EDITOR_AREA,
                "/modules/nl.wij.itest.contribution/view.js", 50, Set.of()));
    }
}
