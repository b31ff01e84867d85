package nl.wij.workbench.shell.impl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.workbench.api.Problem;
import nl.wij.workbench.api.ProblemSource;

/** {@code GET /api/problems}: the signaleringen of all problem sources present now, most serious first. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/problems")
public final class ProblemsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ProblemsServlet.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ProblemSource> sources;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (Json.account(request, response) == null) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        for (ProblemSource source : sources) {
            try {
                problems.addAll(source.problems());
            } catch (RuntimeException e) {
                LOG.error("Problem source {} failed; its problems are left out", source.getClass().getName(), e);
            }
        }
        problems.sort(Comparator.comparing(Problem::severity).thenComparing(Problem::message));
        Json.write(response, HttpServletResponse.SC_OK, Map.of("problems", problems));
    }
}
