package nl.wij.ihp.web.impl;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.ihp.web.impl.data.Bewerkingen;
import nl.wij.ihp.web.impl.data.Json;
import nl.wij.platform.api.security.Account;

/**
 * Create, change and delete IHP objects: {@code POST /api/ihp/objecten/<Klasse>},
 * {@code PUT /api/ihp/objecten/<Klasse>/<sleutel>}, {@code DELETE ...}, each with
 * {@code {"waarden": {...}}} and answered with the stored object. Every change is one audited store
 * write in the caller's name. Classes: Gebouw, Gebruik, Verordening, Ruimtenorm, Normbedrag,
 * Leerlingprognose, Plan, Project, Vrijstelling.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/ihp/objecten/*")
public final class ObjectenServlet extends IhpApi {

    private static final long serialVersionUID = 1L;

    private final transient Bewerkingen bewerkingen;

    @Activate
    public ObjectenServlet(@Reference Bewerkingen bewerkingen) {
        this.bewerkingen = bewerkingen;
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response, List<String> path, Account account) throws IOException {
        if (path.size() != 1) {
            throw notFound("Maak een object met POST /api/ihp/objecten/<Klasse>.");
        }
        EObject saved = bewerkingen.maak(account.name(), klasse(path.get(0)), waarden(request));
        write(response, 201, Json.object(saved));
    }

    @Override
    protected void put(HttpServletRequest request, HttpServletResponse response, List<String> path, Account account) throws IOException {
        if (path.size() != 2) {
            throw notFound("Wijzig een object met PUT /api/ihp/objecten/<Klasse>/<sleutel>.");
        }
        EObject saved = bewerkingen.wijzig(account.name(), klasse(path.get(0)), path.get(1), waarden(request));
        write(response, 200, Json.object(saved));
    }

    @Override
    protected void delete(HttpServletRequest request, HttpServletResponse response, List<String> path, Account account) throws IOException {
        if (path.size() != 2) {
            throw notFound("Verwijder een object met DELETE /api/ihp/objecten/<Klasse>/<sleutel>.");
        }
        if (!bewerkingen.verwijder(account.name(), klasse(path.get(0)), path.get(1))) {
            throw notFound(path.get(0) + " '" + path.get(1) + "' bestaat niet.");
        }
        JsonObject body = new JsonObject();
        body.addProperty("verwijderd", true);
        write(response, 200, body);
    }

    private static EClass klasse(String naam) {
        return Bewerkingen.klasse(naam).orElseThrow(() -> notFound("Onbekende klasse '" + naam + "'."));
    }

    private static JsonObject waarden(HttpServletRequest request) throws IOException {
        JsonElement waarden = body(request).get("waarden");
        if (waarden == null || !waarden.isJsonObject()) {
            throw new Weigering(400, "bad_request", "Verwacht {\"waarden\": {...}} met de waarde per veld.");
        }
        return waarden.getAsJsonObject();
    }
}
