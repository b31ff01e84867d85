package nl.wij.core.editors.impl;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

import nl.wij.workbench.api.Anchors;
import nl.wij.workbench.api.CommandDescriptor;
import nl.wij.workbench.api.MenuItemDescriptor;
import nl.wij.workbench.api.PerspectiveDescriptor;
import nl.wij.workbench.api.ViewDescriptor;
import nl.wij.workbench.api.WorkbenchContribution;
import nl.wij.workbench.api.WorkbenchFragment;

/**
 * The editors' part of the workbench: the perspective "Gegevens" with the Modelverkenner (a tree
 * of all stored objects, derived from the metamodel) and the Formulier (form, properties and
 * history of one object), plus a main-menu entry. The ES modules are served by this bundle under
 * {@code /modules/nl.wij.core.editors/}. Every role sees them; the server refuses edits by an
 * analist.
 */
@Component
@HttpWhiteboardResource(pattern = "/modules/nl.wij.core.editors/*", prefix = "/web")
public final class EditorsContribution implements WorkbenchContribution {

    private static final String PREFIX = "nl.wij.core.editors";
    private static final String MODULES = "/modules/" + PREFIX + "/";

    /** The perspective "Gegevens". */
    public static final String PERSPECTIVE = PREFIX + ".perspective.model";

    /** The Modelverkenner. */
    public static final String EXPLORER = PREFIX + ".view.verkenner";

    /** The Formulier editor. */
    public static final String FORM = PREFIX + ".view.formulier";

    @Override
    public WorkbenchFragment fragment() {
        return new WorkbenchFragment(
                List.of(new PerspectiveDescriptor(PERSPECTIVE, "Gegevens",
                        "Het gedeelde gegevensmodel bekijken en bijhouden: gemeenten, scholen, tellingen en meer", 100,
                        Set.of())),
                List.of(new ViewDescriptor(EXPLORER, "Modelverkenner",
                                "Alle gegevens als boom: gemeenten met hun vestigingen en tellingen, met zoeken",
                                PERSPECTIVE, Anchors.VIEW_AREA, MODULES + "verkenner.js", 0, Set.of()),
                        new ViewDescriptor(FORM, "Formulier",
                                "Eén object bekijken en wijzigen, met eigenschappen en geschiedenis",
                                PERSPECTIVE, Anchors.EDITOR_AREA, MODULES + "formulier.js", 10, Set.of())),
                List.of(new CommandDescriptor(PREFIX + ".command.verkenner", "Modelverkenner openen", EXPLORER)),
                List.of(new MenuItemDescriptor(PREFIX + ".menu.verkenner", Anchors.MAIN_MENU, "Gegevens (modelverkenner)",
                        PREFIX + ".command.verkenner", 200)));
    }
}
