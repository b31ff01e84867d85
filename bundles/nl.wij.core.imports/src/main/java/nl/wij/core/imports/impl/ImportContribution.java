package nl.wij.core.imports.impl;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

import nl.wij.platform.api.security.Role;
import nl.wij.workbench.api.Anchors;
import nl.wij.workbench.api.ViewDescriptor;
import nl.wij.workbench.api.WorkbenchContribution;
import nl.wij.workbench.api.WorkbenchFragment;

/**
 * The view "Gegevens importeren", for the roles that may import (beheerder, beleidsmedewerker).
 * <p>
 * It joins the perspective "Gegevens" of the model editors ({@value #PERSPECTIVE_ID}), next to the
 * Modelverkenner that shows what was imported: a contribution names another's perspective by id,
 * without depending on its bundle. Where the editors are not installed the shell lists the view
 * under the home perspective (Start). The view's ES module is served from this bundle.
 */
@Component
@HttpWhiteboardResource(pattern = "/modules/nl.wij.core.imports/*", prefix = "/web")
public final class ImportContribution implements WorkbenchContribution {

    /** The perspective "Gegevens" of {@code nl.wij.core.editors}. */
    public static final String PERSPECTIVE_ID = "nl.wij.core.editors.perspective.model";
    /** The import view. */
    public static final String VIEW_ID = "nl.wij.core.imports.view.importeren";

    private static final Set<String> ROLES = Set.of(Role.BEHEERDER.id(), Role.BELEIDSMEDEWERKER.id());

    @Override
    public WorkbenchFragment fragment() {
        return WorkbenchFragment.ofViews(new ViewDescriptor(VIEW_ID, "Gegevens importeren",
                "Bestanden inlezen in het gegevensmodel (DUO en de soorten van de modules), met een verslag per"
                + " soort gegevens",
                PERSPECTIVE_ID, Anchors.EDITOR_AREA, "/modules/nl.wij.core.imports/importeren.js", 50, ROLES));
    }
}
