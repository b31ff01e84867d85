package nl.wij.core.editors.impl.web;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.core.editors.impl.ModelProblemSource;
import nl.wij.platform.api.security.Account;

/**
 * {@code GET /api/model/problems[?limit=100]}: the model validation's findings with the object
 * they are about ({@code class}, {@code key}, {@code label}) and the field ({@code feature}), for
 * the Formulier's list "Objecten met signaleringen". The shell's Problems view gets the same
 * findings through the ProblemSource service.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/model/problems")
public final class ProblemsServlet extends ModelServlet {

    private static final long serialVersionUID = 1L;

    private final transient ModelProblemSource problems;

    @Activate
    public ProblemsServlet(@Reference ModelProblemSource problems) {
        this.problems = problems;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        int limit = intParameter(request, "limit", 100, 1, 1000);
        JsonArray list = new JsonArray();
        var all = problems.objectProblems();
        all.stream().limit(limit).forEach(p -> {
            JsonObject json = new JsonObject();
            json.addProperty("class", p.eClass());
            json.addProperty("classLabel", p.classLabel());
            json.addProperty("key", p.key());
            json.addProperty("label", p.label());
            json.addProperty("severity", p.finding().severity().name());
            json.addProperty("feature", p.finding().feature() == null ? null : p.finding().feature().getName());
            json.addProperty("message", p.finding().message());
            list.add(json);
        });
        JsonObject body = new JsonObject();
        body.add("problems", list);
        body.addProperty("total", all.size());
        write(response, HttpServletResponse.SC_OK, body);
    }
}
