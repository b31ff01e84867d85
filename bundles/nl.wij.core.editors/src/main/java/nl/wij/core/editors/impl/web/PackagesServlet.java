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
import nl.wij.core.editors.impl.model.Metamodel;
import nl.wij.core.editors.impl.model.ModelRegistry;
import nl.wij.platform.api.security.Account;

/**
 * {@code GET /api/model/packages}: every registered EPackage with its state in the store and, when
 * available, its classes with their features (types, multiplicity, enum literals, key, Dutch
 * labels and documentation). The form editor builds its fields from this.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/model/packages")
public final class PackagesServlet extends ModelServlet {

    private static final long serialVersionUID = 1L;

    private final transient ModelRegistry registry;

    @Activate
    public PackagesServlet(@Reference ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        Metamodel metamodel = registry.current();
        JsonArray packages = new JsonArray();
        registry.packages().forEach(entry -> packages.add(ModelJson.packageJson(entry, metamodel)));
        JsonObject body = new JsonObject();
        body.add("packages", packages);
        write(response, HttpServletResponse.SC_OK, body);
    }
}
