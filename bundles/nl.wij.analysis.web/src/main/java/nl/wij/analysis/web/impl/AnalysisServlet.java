package nl.wij.analysis.web.impl;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.analysis.query.QueryService;
import nl.wij.analysis.query.SavedQueries;
import nl.wij.analysis.query.SavedQuery;
import nl.wij.core.views.PublishedView;
import nl.wij.core.views.StarterQuery;
import nl.wij.core.views.StarterQueryProvider;
import nl.wij.core.views.ViewCatalog;
import nl.wij.core.views.ViewColumn;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Role;

/**
 * {@code /api/analysis} for analisten, beleidsmedewerkers and beheerders:
 * <ul>
 *   <li>{@code GET /api/analysis/catalog}: per module (schema) its views with title, description,
 *       period, source, state and documented columns, plus the limits and the suppression threshold;</li>
 *   <li>{@code GET /api/analysis/starters}: the starter queries of the installed modules whose views
 *       are all available;</li>
 *   <li>{@code GET /api/analysis/saved}, {@code POST} (new), {@code PUT /{id}}, {@code DELETE /{id}}:
 *       saved queries (own and shared; only the owner changes one, a beheerder may delete any).</li>
 * </ul>
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/analysis", "/api/analysis/*" })
public final class AnalysisServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisServlet.class);

    private final transient ViewCatalog catalog;
    private final transient QueryService queries;
    private final transient SavedQueries saved;
    private final transient List<StarterQueryProvider> starters = new CopyOnWriteArrayList<>();

    @Activate
    public AnalysisServlet(@Reference(name = "catalog") ViewCatalog catalog,
            @Reference(name = "queries") QueryService queries, @Reference(name = "saved") SavedQueries saved) {
        this.catalog = catalog;
        this.queries = queries;
        this.saved = saved;
    }

    @Reference(name = "starters", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindStarters(StarterQueryProvider provider) {
        starters.add(provider);
    }

    public void unbindStarters(StarterQueryProvider provider) {
        starters.remove(provider);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account account = Http.analyst(request, response);
        if (account == null) {
            return;
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String method = request.getMethod();
        if (path.equals("/catalog") || path.equals("/starters")) {
            if (!method.equals("GET")) {
                Http.methodNotAllowed(response);
            } else {
                Http.send(response, 200, path.equals("/catalog") ? catalog() : starters());
            }
        } else if (path.equals("/saved")) {
            switch (method) {
                case "GET" -> list(response, account);
                case "POST" -> save(request, response, account, null);
                default -> Http.methodNotAllowed(response);
            }
        } else if (path.startsWith("/saved/") && path.length() > "/saved/".length()) {
            String id = path.substring("/saved/".length());
            switch (method) {
                case "GET" -> one(request, response, account, id);
                case "PUT" -> save(request, response, account, id);
                case "DELETE" -> delete(response, account, id);
                default -> Http.methodNotAllowed(response);
            }
        } else {
            Http.notFound(request, response);
        }
    }

    private JsonObject catalog() {
        Map<String, JsonArray> modules = new LinkedHashMap<>();
        Map<String, Set<String>> providers = new LinkedHashMap<>();
        for (PublishedView v : catalog.views()) {
            modules.computeIfAbsent(v.view().schema(), s -> new JsonArray()).add(view(v));
            providers.computeIfAbsent(v.view().schema(), s -> new TreeSet<>()).add(v.provider());
        }
        JsonArray list = new JsonArray();
        modules.forEach((schema, views) -> {
            JsonObject module = new JsonObject();
            module.addProperty("schema", schema);
            module.add("bundles", Http.strings(List.copyOf(providers.get(schema))));
            module.add("views", views);
            list.add(module);
        });
        JsonObject body = new JsonObject();
        body.add("modules", list);
        body.addProperty("suppressionThreshold", catalog.suppressionThreshold());
        body.addProperty("maxRows", queries.maxRows());
        body.addProperty("timeoutSeconds", queries.timeoutSeconds());
        return body;
    }

    private static JsonObject view(PublishedView v) {
        JsonObject o = new JsonObject();
        o.addProperty("name", v.qualifiedName());
        o.addProperty("title", v.view().title());
        o.addProperty("description", v.view().description());
        o.addProperty("period", v.view().period());
        o.addProperty("source", v.view().source());
        o.addProperty("bundle", v.provider());
        o.addProperty("state", v.state().name());
        o.addProperty("message", v.message());
        JsonArray columns = new JsonArray();
        for (ViewColumn c : v.view().columns()) {
            JsonObject column = new JsonObject();
            column.addProperty("name", c.name());
            column.addProperty("type", c.type());
            column.addProperty("unit", c.unit());
            column.addProperty("description", c.description());
            column.addProperty("personCount", c.kind() == ViewColumn.Kind.PERSON_COUNT);
            columns.add(column);
        }
        o.add("columns", columns);
        return o;
    }

    private JsonObject starters() {
        Set<String> available = catalog.views().stream().filter(PublishedView::available)
                .map(PublishedView::qualifiedName).collect(Collectors.toSet());
        JsonArray list = new JsonArray();
        for (StarterQueryProvider provider : starters) {
            List<StarterQuery> offered;
            try {
                offered = provider.starterQueries();
            } catch (RuntimeException e) {
                LOG.warn("Startvragen van {} niet te lezen", provider.getClass().getName(), e);
                continue;
            }
            for (StarterQuery q : offered) {
                if (available.containsAll(q.requiredViews().stream().map(String::toLowerCase).toList())) {
                    list.add(starter(q));
                }
            }
        }
        JsonObject body = new JsonObject();
        body.add("queries", list);
        return body;
    }

    private static JsonObject starter(StarterQuery q) {
        JsonObject o = new JsonObject();
        o.addProperty("id", q.id());
        o.addProperty("title", q.title());
        o.addProperty("description", q.description());
        o.addProperty("sql", q.sql());
        o.add("views", Http.strings(q.requiredViews()));
        if (q.chart() != null) {
            JsonObject chart = new JsonObject();
            chart.addProperty("type", q.chart().type().name().toLowerCase(Locale.ROOT));
            chart.addProperty("label", q.chart().labelColumn());
            chart.add("values", Http.strings(q.chart().valueColumns()));
            o.add("chart", chart);
        }
        return o;
    }

    private void list(HttpServletResponse response, Account account) throws IOException {
        JsonArray list = new JsonArray();
        saved.list(account.name()).forEach(q -> list.add(json(q, account)));
        JsonObject body = new JsonObject();
        body.add("queries", list);
        Http.send(response, 200, body);
    }

    private void one(HttpServletRequest request, HttpServletResponse response, Account account, String id)
            throws IOException {
        Optional<SavedQuery> q = saved.get(id, account.name());
        if (q.isPresent()) {
            Http.send(response, 200, json(q.get(), account));
        } else {
            Http.notFound(request, response);
        }
    }

    private void save(HttpServletRequest request, HttpServletResponse response, Account account, String id)
            throws IOException {
        JsonObject body = Http.body(request, response);
        if (body == null) {
            return;
        }
        JsonElement chart = body.get("chart");
        String name = Http.text(body, "name");
        String sql = Http.text(body, "sql");
        if (name == null || sql == null) {
            Http.error(response, 400, "bad_request", "Een opgeslagen zoekvraag heeft een naam en SQL.");
            return;
        }
        try {
            SavedQuery stored = saved.save(new SavedQuery(id, name, Http.text(body, "description"), account.name(),
                    Http.flag(body, "shared"), sql, chart == null || chart.isJsonNull() ? "" : chart.toString(), null),
                    account.name());
            Http.send(response, id == null ? 201 : 200, json(stored, account));
        } catch (IllegalArgumentException e) {
            Http.error(response, 400, "bad_request", e.getMessage());
        }
    }

    private void delete(HttpServletResponse response, Account account, String id) throws IOException {
        if (saved.delete(id, account.name(), account.hasRole(Role.BEHEERDER))) {
            response.setStatus(204);
        } else {
            Http.error(response, 404, "not_found", "Er is geen zoekvraag " + id + " die u mag verwijderen.");
        }
    }

    private static JsonObject json(SavedQuery q, Account account) {
        JsonObject o = new JsonObject();
        o.addProperty("id", q.id());
        o.addProperty("name", q.name());
        o.addProperty("description", q.description());
        o.addProperty("owner", q.owner());
        o.addProperty("shared", q.shared());
        o.addProperty("mine", q.owner().equals(account.name()));
        o.addProperty("sql", q.sql());
        o.add("chart", q.chart().isEmpty() ? JsonNull.INSTANCE : JsonParser.parseString(q.chart()));
        o.addProperty("changed", q.changed() == null ? null : q.changed().toString());
        return o;
    }
}
