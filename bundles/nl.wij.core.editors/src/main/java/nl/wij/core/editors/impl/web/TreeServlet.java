package nl.wij.core.editors.impl.web;

import java.io.IOException;

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
import nl.wij.core.editors.impl.ObjectIndex;
import nl.wij.core.editors.impl.model.ClassTree;
import nl.wij.core.editors.impl.model.Labels;
import nl.wij.core.editors.impl.model.Metamodel;
import nl.wij.core.editors.impl.model.ModelRegistry;
import nl.wij.platform.api.security.Account;

/**
 * {@code GET /api/model/tree}: the Modelverkenner's tree of classes, derived from the metamodel
 * ({@link ClassTree}): the root classes with their number of objects, and per class the child
 * classes with the reference that links them.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/model/tree")
public final class TreeServlet extends ModelServlet {

    private static final long serialVersionUID = 1L;

    private final transient ModelRegistry registry;
    private final transient ObjectIndex index;

    @Activate
    public TreeServlet(@Reference ModelRegistry registry, @Reference ObjectIndex index) {
        this.registry = registry;
        this.index = index;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        Metamodel metamodel = registry.current();
        ClassTree tree = metamodel.tree();
        JsonArray roots = new JsonArray();
        JsonObject children = new JsonObject();
        for (EClass root : tree.roots()) {
            JsonObject json = new JsonObject();
            json.addProperty("class", Metamodel.name(root));
            json.addProperty("label", Labels.label(root));
            json.addProperty("documentation", Labels.documentation(root));
            json.addProperty("count", index.page(root, null, 0, 0).total());
            roots.add(json);
        }
        for (EClass c : metamodel.classes()) {
            if (!tree.children(c).isEmpty()) {
                JsonArray links = new JsonArray();
                tree.children(c).forEach(link -> links.add(ModelJson.link(link)));
                children.add(Metamodel.name(c), links);
            }
        }
        JsonObject body = new JsonObject();
        body.add("roots", roots);
        body.add("children", children);
        write(response, HttpServletResponse.SC_OK, body);
    }
}
