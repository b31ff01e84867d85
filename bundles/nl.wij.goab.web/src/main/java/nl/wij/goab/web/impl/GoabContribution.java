package nl.wij.goab.web.impl;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

import nl.wij.platform.api.security.Role;
import nl.wij.workbench.api.Anchors;
import nl.wij.workbench.api.CommandDescriptor;
import nl.wij.workbench.api.MenuItemDescriptor;
import nl.wij.workbench.api.PerspectiveDescriptor;
import nl.wij.workbench.api.ViewDescriptor;
import nl.wij.workbench.api.WorkbenchContribution;
import nl.wij.workbench.api.WorkbenchFragment;

/**
 * The perspective "Onderwijskansen" with the views of the GOAB module. The ES modules are served by
 * this bundle under {@code /modules/nl.wij.goab.web/}. The Peuters view is only in the model of an
 * uitvoerder; the others are for every logged-in user (the server refuses edits by other roles than
 * beleidsmedewerker and beheerder).
 */
@Component
@HttpWhiteboardResource(pattern = "/modules/nl.wij.goab.web/*", prefix = "/web")
public final class GoabContribution implements WorkbenchContribution {

    static final String PREFIX = "nl.wij.goab.web";
    private static final String MODULES = "/modules/" + PREFIX + "/";

    static final String PERSPECTIVE = PREFIX + ".perspective.onderwijskansen";
    static final String MONITOR = PREFIX + ".view.monitor";
    static final String BUDGET = PREFIX + ".view.budget";
    static final String SCORES = PREFIX + ".view.scores";
    static final String LOCATIES = PREFIX + ".view.locaties";
    static final String DOELGROEP = PREFIX + ".view.doelgroep";
    static final String PEUTERS = PREFIX + ".view.peuters";

    @Override
    public WorkbenchFragment fragment() {
        return new WorkbenchFragment(
                List.of(new PerspectiveDescriptor(PERSPECTIVE, "Onderwijskansen",
                        "Onderwijsachterstandenbeleid en voor- en vroegschoolse educatie: budget, maatregelen, scholen,"
                                + " VE-locaties, doelgroep en bereik", 300, Set.of())),
                List.of(view(MONITOR, "Monitor", "Welke maatregelen, voor welke kinderen, tegen welke kosten; doelgroep en"
                                + " bereik per wijk, per kwartaal", "monitor.js", 0, Set.of()),
                        view(BUDGET, "Budget en maatregelen", "De uitkering GOAB per jaar, de maatregelen met begroot en besteed,"
                                + " de SiSa-verantwoording", "budget.js", 10, Set.of()),
                        view(SCORES, "Achterstandsscores", "De CBS-achterstandsscores van de basisscholen per gemeente, met kaart",
                                "scores.js", 20, Set.of()),
                        view(LOCATIES, "VE-locaties", "Locaties met voorschoolse educatie, VE-plaatsen en de norm voor de"
                                + " pedagogisch beleidsmedewerker", "locaties.js", 30, Set.of()),
                        view(DOELGROEP, "Doelgroep en regels", "De doelgroepdefinitie per jaar en de regels met hun"
                                + " geldigheid", "doelgroep.js", 40, Set.of()),
                        view(PEUTERS, "Peuters", "Peuters in de voorschoolse educatie, per kind (alleen voor uitvoerders; elke"
                                + " inzage wordt vastgelegd)", "peuters.js", 50, Set.of(Role.UITVOERDER.id()))),
                List.of(new CommandDescriptor(PREFIX + ".command.monitor", "Monitor onderwijskansen openen", MONITOR)),
                List.of(new MenuItemDescriptor(PREFIX + ".menu.monitor", Anchors.MAIN_MENU, "Onderwijskansen (monitor)",
                        PREFIX + ".command.monitor", 300)));
    }

    private static ViewDescriptor view(String id, String label, String description, String module, int rank, Set<String> roles) {
        return new ViewDescriptor(id, label, description, PERSPECTIVE, Anchors.EDITOR_AREA, MODULES + module, rank, roles);
    }
}
