package nl.wij.core.editors.impl.web;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import nl.wij.core.editors.impl.command.EditorException;
import nl.wij.core.editors.impl.model.ClassTree;
import nl.wij.core.editors.impl.model.Metamodel;
import nl.wij.core.editors.impl.model.ModelRegistry;
import nl.wij.platform.api.security.Account;

/**
 * {@code GET /api/model/search?q=<text>[&class=<class>][&limit=50]}: objects whose text
 * attributes contain every word of {@code q} (case and accents ignored), in one class or in all,
 * classes in the order of the Modelverkenner's tree (gemeenten first).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/model/search")
public final class SearchServlet extends ModelServlet {

    private static final long serialVersionUID = 1L;

    private final transient ModelRegistry registry;
    private final transient ObjectIndex index;

    @Activate
    public SearchServlet(@Reference ModelRegistry registry, @Reference ObjectIndex index) {
        this.registry = registry;
        this.index = index;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        String query = request.getParameter("q");
        if (query == null || query.strip().isEmpty()) {
            throw new EditorException(EditorException.Kind.BAD_REQUEST, "Vul een zoekterm in.");
        }
        int limit = intParameter(request, "limit", 50, 1, 500);
        Metamodel metamodel = registry.current();
        String className = request.getParameter("class");
        List<EClass> classes = className == null || className.isBlank() ? searchOrder(metamodel)
                : List.of(ObjectsServlet.eClass(metamodel, className));
        List<ObjectIndex.Summary> found = index.search(classes, query, limit + 1);
        JsonArray results = new JsonArray();
        found.stream().limit(limit).forEach(s -> results.add(ModelJson.summary(s)));
        JsonObject body = new JsonObject();
        body.add("results", results);
        body.addProperty("more", found.size() > limit);
        write(response, HttpServletResponse.SC_OK, body);
    }

    /** Tree classes breadth first from the roots, then the other classes with their own key. */
    static List<EClass> searchOrder(Metamodel metamodel) {
        ClassTree tree = metamodel.tree();
        Set<EClass> order = new LinkedHashSet<>();
        Deque<EClass> queue = new ArrayDeque<>(tree.roots());
        while (!queue.isEmpty()) {
            EClass c = queue.removeFirst();
            if (order.add(c)) {
                tree.children(c).forEach(link -> queue.addLast(link.child()));
            }
        }
        List<EClass> result = new ArrayList<>();
        for (EClass c : order) {
            if (metamodel.keyRoot(c) == c) {
                result.add(c);
            }
        }
        for (EClass c : metamodel.keyRoots()) {
            if (!result.contains(c)) {
                result.add(c);
            }
        }
        return result;
    }
}
