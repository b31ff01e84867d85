package nl.wij.workbench.shell.impl;

import java.io.IOException;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.annotations.RequireHttpWhiteboard;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.platform.api.security.Account;

/** {@code GET /api/workbench}: the merged workbench model for the caller's roles. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/workbench")
@RequireHttpWhiteboard
public final class WorkbenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient WorkbenchModel model;

    @Activate
    public WorkbenchServlet(@Reference WorkbenchModel model) {
        this.model = model;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account account = Json.account(request, response);
        if (account == null) {
            return;
        }
        WorkbenchModel.Snapshot snapshot = model.snapshot(account);
        JsonObject body = new JsonObject();
        body.addProperty("version", snapshot.version());
        body.add("perspectives", elements(snapshot.perspectives()));
        body.add("views", elements(snapshot.views()));
        body.add("commands", elements(snapshot.commands()));
        body.add("menuItems", elements(snapshot.menuItems()));
        Json.write(response, HttpServletResponse.SC_OK, body);
    }

    private static JsonArray elements(List<? extends WorkbenchModel.Element<?>> elements) {
        JsonArray array = new JsonArray();
        for (WorkbenchModel.Element<?> element : elements) {
            JsonObject json = Json.GSON.toJsonTree(element.value()).getAsJsonObject();
            json.remove("roles");
            json.addProperty("bundle", element.bundle());
            array.add(json);
        }
        return array;
    }
}
