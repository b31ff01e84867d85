package nl.wij.core.editors.impl.web;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.core.editors.impl.command.ModelEditor;
import nl.wij.core.editors.impl.model.Finding;
import nl.wij.core.editors.impl.model.ModelRegistry;
import nl.wij.platform.api.security.Account;

/**
 * {@code POST /api/model/validate/<class>[/<key>]} {@code {"values":{...}}}: checks values without
 * saving (on the stored object, or on a new one without key) and answers
 * {@code {"valid", "findings":[{"feature","label","severity","message","blocking"}]}}, so a form can
 * show every message at its field before it saves. {@code blocking} is false for an error the stored
 * object already had (a save does not fix it, but is not refused for it either); {@code valid} is
 * true when nothing blocks. Saving validates again.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/model/validate/*")
public final class ValidateServlet extends ModelServlet {

    private static final long serialVersionUID = 1L;

    private final transient ModelRegistry registry;
    private final transient ModelEditor editor;

    @Activate
    public ValidateServlet(@Reference ModelRegistry registry, @Reference ModelEditor editor) {
        this.registry = registry;
        this.editor = editor;
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        List<String> path = segments(request);
        if (path.isEmpty() || path.size() > 2) {
            throw notFound(request);
        }
        EClass eClass = ObjectsServlet.eClass(registry.current(), path.get(0));
        ModelEditor.Checked checked = editor.validate(eClass, path.size() == 2 ? path.get(1) : null, values(request));
        JsonObject body = new JsonObject();
        body.addProperty("valid", checked.blocking().isEmpty());
        JsonArray findings = ModelJson.findings(checked.findings());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = checked.findings().get(i);
            findings.get(i).getAsJsonObject().addProperty("blocking", checked.blocking().contains(f));
        }
        body.add("findings", findings);
        write(response, HttpServletResponse.SC_OK, body);
    }
}
