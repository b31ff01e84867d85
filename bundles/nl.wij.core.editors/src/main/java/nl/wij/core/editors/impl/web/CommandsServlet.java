package nl.wij.core.editors.impl.web;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.core.editors.impl.command.ModelEditor;
import nl.wij.platform.api.security.Account;

/**
 * The caller's undo/redo history: {@code GET /api/model/commands} tells what the next undo and
 * redo would do; {@code POST /api/model/undo} and {@code POST /api/model/redo} do it, as a new
 * audited write (409 with the reason when the object was changed by someone else since).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/model/commands", "/api/model/undo", "/api/model/redo"})
public final class CommandsServlet extends ModelServlet {

    private static final long serialVersionUID = 1L;

    private final transient ModelEditor editor;

    @Activate
    public CommandsServlet(@Reference ModelEditor editor) {
        this.editor = editor;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        if (!request.getServletPath().endsWith("/commands")) {
            throw methodNotAllowed();
        }
        write(response, 200, ModelJson.commands(editor.commands(account.name())));
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        String path = request.getServletPath();
        if (path.endsWith("/commands")) {
            throw methodNotAllowed();
        }
        requireEditor(account);
        ModelEditor.Edited edited = path.endsWith("/undo") ? editor.undo(account.name()) : editor.redo(account.name());
        JsonObject body = new JsonObject();
        body.addProperty("command", edited.command());
        body.addProperty("class", edited.eClass());
        body.addProperty("key", edited.key());
        body.addProperty("deleted", edited.object() == null);
        body.add("object", edited.object() == null ? null : ModelJson.object(edited.object()));
        body.add("commands", ModelJson.commands(editor.commands(account.name())));
        write(response, 200, body);
    }
}
