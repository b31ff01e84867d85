package nl.wij.ihp.web.impl;

import java.io.IOException;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.ihp.model.Plan;
import nl.wij.ihp.web.impl.data.Bewerkingen;
import nl.wij.ihp.web.impl.data.Huisvesting;
import nl.wij.ihp.web.impl.data.Json;
import nl.wij.ihp.web.impl.data.Raad;
import nl.wij.ihp.web.impl.data.Totalen;
import nl.wij.platform.api.security.Account;

/**
 * The IHP figures for the views (all reads, every role): {@code /api/ihp/gemeenten},
 * {@code ruimtebehoefte?gemeente=}, {@code vestigingen?gemeente=}, {@code vestigingen/<brin6>},
 * {@code gebouwen?gemeente=}, {@code verordening?gemeente=}, {@code plannen?gemeente=},
 * {@code plannen/<code>}, {@code verschil?oud=&nieuw=}, {@code raad?gemeente=}; and one action,
 * {@code POST /api/ihp/plannen/<code>/versie {"code","naam"}}: a new concept version with copies of
 * the projects. See the bundle README for the shapes.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/ihp/*")
public final class HuisvestingServlet extends IhpApi {

    private static final long serialVersionUID = 1L;

    private final transient Huisvesting huisvesting;
    private final transient Bewerkingen bewerkingen;
    private final transient Raad raad;

    @Activate
    public HuisvestingServlet(@Reference Huisvesting huisvesting, @Reference Bewerkingen bewerkingen, @Reference Raad raad) {
        this.huisvesting = huisvesting;
        this.bewerkingen = bewerkingen;
        this.raad = raad;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, List<String> path) throws IOException {
        String first = path.isEmpty() ? "" : path.get(0);
        JsonObject body = new JsonObject();
        switch (first) {
            case "gemeenten" -> {
                body.add("gemeenten", Json.GSON.toJsonTree(huisvesting.gemeenten()));
                body.addProperty("jaar", huisvesting.ditJaar());
            }
            case "ruimtebehoefte" -> body.add("regels", Json.GSON.toJsonTree(huisvesting.ruimtebehoefte(required(request, "gemeente"))));
            case "vestigingen" -> {
                if (path.size() == 2) {
                    Huisvesting.Dossier dossier = huisvesting.dossier(path.get(1))
                            .orElseThrow(() -> notFound("Vestiging '" + path.get(1) + "' bestaat niet."));
                    body.add("vestiging", Json.object(dossier.vestiging()));
                    body.add("gebruik", Json.objects(dossier.gebruik()));
                    body.add("jaren", Json.GSON.toJsonTree(dossier.jaren()));
                } else {
                    body.add("vestigingen", Json.objects(huisvesting.vestigingen(required(request, "gemeente"))));
                }
            }
            case "gebouwen" -> {
                var gebouwen = huisvesting.gebouwen(required(request, "gemeente"));
                body.add("gebouwen", Json.objects(gebouwen));
                body.add("gebruik", Json.objects(huisvesting.gebruikVan(gebouwen)));
            }
            case "verordening" -> raad.verordening(required(request, "gemeente"), body);
            case "plannen" -> {
                if (path.size() == 2) {
                    plan(path.get(1), body);
                } else {
                    body.add("plannen", Json.objects(huisvesting.plannen(required(request, "gemeente"))));
                }
            }
            case "verschil" -> body.add("wijzigingen", Json.GSON.toJsonTree(
                    huisvesting.verschil(required(request, "oud"), required(request, "nieuw"))));
            case "raad" -> raad.antwoorden(required(request, "gemeente"), body);
            default -> throw notFound("Het adres " + request.getRequestURI() + " bestaat niet.");
        }
        write(response, 200, body);
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response, List<String> path, Account account) throws IOException {
        if (path.size() != 3 || !path.get(0).equals("plannen") || !path.get(2).equals("versie")) {
            throw notFound("Het adres " + request.getRequestURI() + " bestaat niet.");
        }
        JsonObject in = body(request);
        String code = in.has("code") && !in.get("code").isJsonNull() ? in.get("code").getAsString().strip() : "";
        String naam = in.has("naam") && !in.get("naam").isJsonNull() ? in.get("naam").getAsString() : null;
        Plan plan = bewerkingen.nieuweVersie(account.name(), path.get(1), code, naam);
        write(response, 201, Json.object(plan));
    }

    private void plan(String code, JsonObject body) {
        Huisvesting.Plandossier dossier = huisvesting.plan(code).orElseThrow(() -> notFound("Planversie '" + code + "' bestaat niet."));
        body.add("plan", Json.object(dossier.plan()));
        JsonArray projecten = new JsonArray();
        for (Huisvesting.Projectregel regel : dossier.projecten()) {
            JsonObject project = Json.object(regel.project());
            project.add("kosten", Json.primitive(regel.kosten()));
            project.addProperty("betaler", regel.betaler());
            projecten.add(project);
        }
        body.add("projecten", projecten);
        body.add("totalen", Totalen.json(dossier.totalen()));
    }
}
