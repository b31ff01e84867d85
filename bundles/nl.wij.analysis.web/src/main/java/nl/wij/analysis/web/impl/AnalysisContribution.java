package nl.wij.analysis.web.impl;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

import nl.wij.platform.api.security.Role;
import nl.wij.workbench.api.Anchors;
import nl.wij.workbench.api.PerspectiveDescriptor;
import nl.wij.workbench.api.ViewDescriptor;
import nl.wij.workbench.api.WorkbenchContribution;
import nl.wij.workbench.api.WorkbenchFragment;

/**
 * The perspective "Analyse" with the views Catalogus, Zoekvragen and (for a beheerder) Logboek
 * zoekvragen; their ES modules are served from this bundle.
 */
@Component
@HttpWhiteboardResource(pattern = "/modules/nl.wij.analysis.web/*", prefix = "/web")
public final class AnalysisContribution implements WorkbenchContribution {

    static final String PERSPECTIVE = "nl.wij.analysis.web.perspective.analyse";
    static final String CATALOG = "nl.wij.analysis.web.view.catalogus";
    static final String QUERIES = "nl.wij.analysis.web.view.zoekvragen";
    static final String LOG = "nl.wij.analysis.web.view.logboek";
    private static final Set<String> ANALYSTS = Set.of(Role.ANALIST.id(), Role.BELEIDSMEDEWERKER.id(),
            Role.BEHEERDER.id());
    private static final String MODULES = "/modules/nl.wij.analysis.web/";

    @Override
    public WorkbenchFragment fragment() {
        return new WorkbenchFragment(
                List.of(new PerspectiveDescriptor(PERSPECTIVE, "Analyse", "Vragen over alle modules heen: de catalogus"
                        + " van views, zoekvragen in SQL, grafieken en kaarten", 40, ANALYSTS)),
                List.of(new ViewDescriptor(CATALOG, "Catalogus", "Alle views per module, met hun kolommen en uitleg",
                                PERSPECTIVE, Anchors.EDITOR_AREA, MODULES + "catalogus.js", 0, ANALYSTS),
                        new ViewDescriptor(QUERIES, "Zoekvragen", "SQL over de catalogus: uitvoeren, bladeren,"
                                + " downloaden, opslaan met een grafiek of kaart", PERSPECTIVE, Anchors.EDITOR_AREA,
                                MODULES + "zoekvragen.js", 10, ANALYSTS),
                        new ViewDescriptor(LOG, "Logboek zoekvragen", "Wie stelde wanneer welke zoekvraag, met het"
                                + " aantal rijen, de duur en de uitkomst", PERSPECTIVE, Anchors.EDITOR_AREA,
                                MODULES + "logboek.js", 20, Set.of(Role.BEHEERDER.id()))),
                List.of(), List.of());
    }
}
