package nl.wij.ihp.web.impl;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.store.StoreException;
import nl.wij.ihp.web.impl.data.Signalen;
import nl.wij.workbench.api.Problem;
import nl.wij.workbench.api.ProblemSource;

/**
 * The IHP signaleringen in the Problems view: per gemeente with IHP data, a shortage above the
 * threshold in a forecast year, a building older than its lifespan without a project, a building in
 * Frisse Scholen class C or without a ventilation measurement, and a vestiging below the
 * opheffingsnorm three counted years in a row (unless exempted). Each links to the view that shows
 * its object; the id {@code nl.wij.ihp.web.problem/<rule>/<key>} carries the object for the view.
 */
@Component(service = ProblemSource.class)
public final class IhpSignaleringen implements ProblemSource {

    static final String PREFIX = "nl.wij.ihp.web.problem/";
    private static final String BRON = "Onderwijshuisvesting";
    private static final int MAX = 200;
    private static final Logger LOG = LoggerFactory.getLogger(IhpSignaleringen.class);

    private final Signalen signalen;

    @Activate
    public IhpSignaleringen(@Reference Signalen signalen) {
        this.signalen = signalen;
    }

    @Override
    public List<Problem> problems() {
        try {
            List<Problem> problems = new ArrayList<>();
            for (Signalen.Signaal signaal : signalen.alle()) {
                if (problems.size() >= MAX) {
                    break;
                }
                problems.add(new Problem(PREFIX + signaal.regel() + "/" + signaal.sleutel(), signaal.ernst(), signaal.tekst(), BRON,
                        signaal.gebouw() ? IhpContribution.INVENTARIS : IhpContribution.VESTIGING));
            }
            return problems;
        } catch (StoreException e) {
            LOG.debug("IHP-signaleringen niet beschikbaar: {}", e.getMessage());
            return List.of();
        }
    }
}
