package nl.wij.core.editors.impl.web;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
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
import nl.wij.core.editors.impl.command.ModelEditor;
import nl.wij.core.editors.impl.model.ClassTree;
import nl.wij.core.editors.impl.model.Labels;
import nl.wij.core.editors.impl.model.Metamodel;
import nl.wij.core.editors.impl.model.ModelRegistry;
import nl.wij.core.store.AuditEntry;
import nl.wij.core.store.ModelStore;
import nl.wij.platform.api.security.Account;

/**
 * The objects of any class, under {@code /api/model/objects/<class>} (class as {@code core.Vestiging}):
 * <ul>
 * <li>{@code GET /<class>?search=&offset=&limit=&feature=&value=}: a page, by key; {@code feature}
 * and {@code value} select the objects whose feature holds that value (a reference by key);</li>
 * <li>{@code GET /<class>/<key>}: one object with all values (references as {@code {class,key,label}});</li>
 * <li>{@code GET /<class>/<key>/children}: its child groups in the Modelverkenner, with counts;</li>
 * <li>{@code GET /<class>/<key>/history}: its audit trail;</li>
 * <li>{@code POST /<class>} {@code {"values":{...}}}: create (201);
 * {@code PUT /<class>/<key>} {@code {"values":{changed features}}}: update;
 * {@code DELETE /<class>/<key>}: delete (409 while referenced). Editing needs the role beheerder or
 * beleidsmedewerker; every edit is a command the user can undo.</li>
 * </ul>
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/model/objects/*")
public final class ObjectsServlet extends ModelServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PAGE = 500;

    private final transient ModelRegistry registry;
    private final transient ModelStore store;
    private final transient ObjectIndex index;
    private final transient ModelEditor editor;

    @Activate
    public ObjectsServlet(@Reference ModelRegistry registry, @Reference ModelStore store, @Reference ObjectIndex index,
            @Reference ModelEditor editor) {
        this.registry = registry;
        this.store = store;
        this.index = index;
        this.editor = editor;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        List<String> path = segments(request);
        Metamodel metamodel = registry.current();
        if (path.isEmpty()) {
            throw notFound(request);
        }
        EClass eClass = eClass(metamodel, path.get(0));
        if (path.size() == 1) {
            write(response, 200, list(request, metamodel, eClass));
        } else if (path.size() == 2) {
            EObject object = store.read(session -> session.get(eClass, path.get(1))).orElseThrow(() -> missing(eClass, path.get(1)));
            write(response, 200, ModelJson.object(object));
        } else if (path.size() == 3 && path.get(2).equals("children")) {
            write(response, 200, children(metamodel, eClass, path.get(1)));
        } else if (path.size() == 3 && path.get(2).equals("history")) {
            write(response, 200, history(eClass, path.get(1)));
        } else {
            throw notFound(request);
        }
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        List<String> path = segments(request);
        if (path.size() != 1) {
            throw methodNotAllowed();
        }
        requireEditor(account);
        EClass eClass = eClass(registry.current(), path.get(0));
        ModelEditor.Edited edited = editor.create(account.name(), eClass, values(request));
        write(response, HttpServletResponse.SC_CREATED, edited(edited, account));
    }

    @Override
    protected void put(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        List<String> path = segments(request);
        if (path.size() != 2) {
            throw methodNotAllowed();
        }
        requireEditor(account);
        EClass eClass = eClass(registry.current(), path.get(0));
        ModelEditor.Edited edited = editor.update(account.name(), eClass, path.get(1), values(request));
        write(response, 200, edited(edited, account));
    }

    @Override
    protected void delete(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        List<String> path = segments(request);
        if (path.size() != 2) {
            throw methodNotAllowed();
        }
        requireEditor(account);
        EClass eClass = eClass(registry.current(), path.get(0));
        ModelEditor.Edited edited = editor.delete(account.name(), eClass, path.get(1));
        write(response, 200, edited(edited, account));
    }

    private JsonObject edited(ModelEditor.Edited edited, Account account) {
        JsonObject body = new JsonObject();
        body.addProperty("class", edited.eClass());
        body.addProperty("key", edited.key());
        body.addProperty("changed", edited.changed());
        body.addProperty("command", edited.command());
        body.add("object", edited.object() == null ? null : ModelJson.object(edited.object()));
        body.add("findings", ModelJson.findings(edited.findings()));
        body.add("commands", ModelJson.commands(editor.commands(account.name())));
        return body;
    }

    private JsonObject list(HttpServletRequest request, Metamodel metamodel, EClass eClass) {
        int offset = intParameter(request, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = intParameter(request, "limit", 50, 0, MAX_PAGE);
        String search = request.getParameter("search");
        String featureName = request.getParameter("feature");
        ObjectIndex.Page page;
        if (featureName != null && !featureName.isBlank()) {
            EStructuralFeature feature = eClass.getEStructuralFeature(featureName);
            if (feature == null) {
                throw new EditorException(EditorException.Kind.BAD_REQUEST, Labels.label(eClass)
                        + " heeft geen eigenschap '" + featureName + "'.");
            }
            boolean byKeyOrText = feature instanceof org.eclipse.emf.ecore.EReference
                    || feature instanceof org.eclipse.emf.ecore.EAttribute a && Labels.isText(a);
            if (!byKeyOrText) {
                throw new EditorException(EditorException.Kind.BAD_REQUEST, "Selecteren kan alleen op een verwijzing"
                        + " of een tekstveld, niet op '" + featureName + "'.");
            }
            String value = request.getParameter("value");
            if (value == null) {
                throw new EditorException(EditorException.Kind.BAD_REQUEST, "Parameter 'value' ontbreekt bij 'feature'.");
            }
            List<ObjectIndex.Summary> all = store.read(session -> session.list(eClass, feature, value).stream()
                    .map(ObjectIndex::summary).toList());
            List<ObjectIndex.Summary> matching = ObjectIndex.filter(all, search);
            int from = Math.min(offset, matching.size());
            page = new ObjectIndex.Page(matching.size(), matching.subList(from, Math.min(matching.size(), from + limit)));
        } else {
            page = index.page(eClass, search, offset, limit);
        }
        JsonArray objects = new JsonArray();
        for (ObjectIndex.Summary s : page.items()) {
            JsonObject json = ModelJson.summary(s);
            json.addProperty("hasChildren", !metamodel.tree().children(node(metamodel, s.eClass())).isEmpty());
            objects.add(json);
        }
        JsonObject body = new JsonObject();
        body.addProperty("class", Metamodel.name(eClass));
        body.addProperty("total", page.total());
        body.addProperty("offset", offset);
        body.addProperty("limit", limit);
        body.add("objects", objects);
        return body;
    }

    private JsonObject children(Metamodel metamodel, EClass eClass, String key) {
        JsonArray groups = store.read(session -> {
            EObject object = session.get(eClass, key).orElseThrow(() -> missing(eClass, key));
            JsonArray array = new JsonArray();
            for (ClassTree.Link link : metamodel.tree().children(node(metamodel, object.eClass()))) {
                JsonObject json = ModelJson.link(link);
                json.addProperty("count", session.list(link.child(), link.reference(), object).size());
                array.add(json);
            }
            return array;
        });
        JsonObject body = new JsonObject();
        body.add("groups", groups);
        return body;
    }

    private JsonObject history(EClass eClass, String key) {
        JsonArray entries = new JsonArray();
        for (AuditEntry e : store.auditTrail(eClass, key)) {
            JsonObject json = new JsonObject();
            json.addProperty("id", e.id());
            json.addProperty("timestamp", e.timestamp().toString());
            json.addProperty("user", e.user());
            json.addProperty("action", e.action().name());
            json.addProperty("feature", e.feature());
            json.addProperty("featureLabel", featureLabel(eClass, e));
            json.addProperty("oldValue", e.oldValue());
            json.addProperty("newValue", e.newValue());
            entries.add(json);
        }
        JsonObject body = new JsonObject();
        body.add("entries", entries);
        return body;
    }

    private static String featureLabel(EClass eClass, AuditEntry e) {
        if (e.feature() == null) {
            return null;
        }
        EClassifier concrete = eClass.getEPackage().getEClassifier(e.eClass());
        EClass owner = concrete instanceof EClass c ? c : eClass;
        EStructuralFeature f = owner.getEStructuralFeature(e.feature());
        return f == null ? e.feature() : Labels.label(f);
    }

    /** The class of the tree node an object of this class is shown under (itself or a supertype). */
    private static EClass node(Metamodel metamodel, EClass eClass) {
        ClassTree tree = metamodel.tree();
        if (tree.contains(eClass)) {
            return eClass;
        }
        for (EClass s : eClass.getEAllSuperTypes()) {
            if (tree.contains(s)) {
                return s;
            }
        }
        return eClass;
    }

    static EClass eClass(Metamodel metamodel, String name) {
        return metamodel.eClass(name).orElseThrow(() -> new EditorException(EditorException.Kind.NOT_FOUND,
                "Onbekende soort gegevens '" + name + "', of de module ervan is niet actief."));
    }

    private static EditorException missing(EClass eClass, String key) {
        return new EditorException(EditorException.Kind.NOT_FOUND, "Er is geen " + Labels.label(eClass).toLowerCase(
                java.util.Locale.ROOT) + " met sleutel '" + key + "' (meer).");
    }
}
