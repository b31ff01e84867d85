package nl.wij.ihp.web.impl;

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
 * The IHP's part of the workbench: the perspective "Huisvesting" with its views, served by this bundle
 * under {@code /modules/nl.wij.ihp.web/} (with the printable overview {@code afdruk.html}). Every role
 * sees them; the API refuses changes by an analist.
 */
@Component
@HttpWhiteboardResource(pattern = "/modules/nl.wij.ihp.web/*", prefix = "/web")
public final class IhpContribution implements WorkbenchContribution {

    private static final String PREFIX = "nl.wij.ihp.web";
    private static final String MODULES = "/modules/" + PREFIX + "/";

    static final String PERSPECTIVE = PREFIX + ".perspective.huisvesting";
    static final String OVERZICHT = PREFIX + ".view.overzicht";
    static final String VESTIGING = PREFIX + ".view.vestiging";
    static final String INVENTARIS = PREFIX + ".view.gebouwen";
    static final String VERORDENING = PREFIX + ".view.verordening";
    static final String PLAN = PREFIX + ".view.plan";
    static final String RAAD = PREFIX + ".view.raad";

    @Override
    public WorkbenchFragment fragment() {
        return new WorkbenchFragment(
                List.of(new PerspectiveDescriptor(PERSPECTIVE, "Huisvesting",
                        "Onderwijshuisvesting en het integraal huisvestingsplan: ruimtebehoefte, gebouwen, verordening en plan", 300, Set.of())),
                List.of(view(OVERZICHT, "Ruimte per vestiging", "Capaciteit tegenover de normatieve ruimtebehoefte van alle vestigingen, per jaar, met kaart",
                                "overzicht.js", 0),
                        view(VESTIGING, "Vestiging", "Eén vestiging: de gebouwen die zij gebruikt en haar ruimtebehoefte per jaar in een grafiek",
                                "vestiging.js", 10),
                        view(INVENTARIS, "Gebouwen", "De gebouwen van de gemeente: schoolgebouwen, gymzalen en tijdelijke huisvesting",
                                "gebouwen.js", 20),
                        view(VERORDENING, "Verordening", "De parameters per jaar: ruimtenormen, drempel, levensduur, opheffingsnorm en normbedragen",
                                "verordening.js", 30),
                        view(PLAN, "Huisvestingsplan", "Het IHP: projecten, kosten per jaar en betaler, versies naast elkaar",
                                "plan.js", 40),
                        view(RAAD, "Vragen van de raad", "Ventilatie, tekorten en overschotten, en wat het plan kost en wie betaalt; om te exporteren en af te drukken",
                                "raad.js", 50)),
                List.of(new CommandDescriptor(PREFIX + ".command.overzicht", "Huisvesting openen", OVERZICHT)),
                List.of(new MenuItemDescriptor(PREFIX + ".menu.overzicht", Anchors.MAIN_MENU, "Huisvesting (IHP)",
                        PREFIX + ".command.overzicht", 300)));
    }

    private static ViewDescriptor view(String id, String label, String description, String module, int rank) {
        return new ViewDescriptor(id, label, description, PERSPECTIVE, Anchors.VIEW_AREA,
                MODULES + module, rank, Set.of());
    }
}
