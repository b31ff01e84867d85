package nl.wij.analysis.web.impl;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.analysis.query.QueryException;
import nl.wij.analysis.query.QueryLogEntry;
import nl.wij.analysis.query.QueryResult;
import nl.wij.analysis.query.QueryService;
import nl.wij.core.views.PublishedView;
import nl.wij.core.views.ViewCatalog;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Role;
import nl.wij.workbench.export.ExportColumn;
import nl.wij.workbench.export.ExportFormat;
import nl.wij.workbench.export.ExportTable;
import nl.wij.workbench.export.TableExporter;

/**
 * {@code /api/query} for analisten, beleidsmedewerkers and beheerders (session or bearer token):
 * <ul>
 *   <li>{@code POST /api/query} {@code {"sql", "maxRows"?, "id"?}}: the result
 *       {@code {"id", "columns", "types", "rows", "rowCount", "truncated", "maxRows", "elapsedMillis"}};</li>
 *   <li>{@code POST /api/query/{id}/cancel}: stops a running query of the caller (a beheerder's: anyone's);</li>
 *   <li>{@code POST /api/query/export} {@code {"sql", "format": "csv"|"xlsx", "title"?}}: the result as a
 *       download through the workbench's {@link TableExporter};</li>
 *   <li>{@code GET /api/query/log?limit=}: the query log, for a beheerder.</li>
 * </ul>
 * A query that is not a single read-only statement or that the database refuses answers 400 with
 * {@code outcome}, {@code sqlState}, {@code line} and {@code column} where known; a timeout 422, a
 * cancelled query 409, too many at once 503.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/query", "/api/query/*" })
public final class QueryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern CANCEL = Pattern.compile("/([A-Za-z0-9_-]{1,64})/cancel");

    private final transient QueryService queries;
    private final transient ViewCatalog catalog;
    private final transient TableExporter exporter;

    @Activate
    public QueryServlet(@Reference(name = "queries") QueryService queries, @Reference(name = "catalog") ViewCatalog catalog,
            @Reference(name = "exporter") TableExporter exporter) {
        this.queries = queries;
        this.catalog = catalog;
        this.exporter = exporter;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account account = Http.analyst(request, response);
        if (account == null) {
            return;
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        boolean post = request.getMethod().equals("POST");
        if (path.equals("/")) {
            if (post) {
                run(request, response, account);
            } else {
                Http.methodNotAllowed(response);
            }
        } else if (path.equals("/export")) {
            if (post) {
                export(request, response, account);
            } else {
                Http.methodNotAllowed(response);
            }
        } else if (path.equals("/log")) {
            log(request, response, account);
        } else if (CANCEL.matcher(path).matches()) {
            if (!post) {
                Http.methodNotAllowed(response);
                return;
            }
            Matcher m = CANCEL.matcher(path);
            m.matches();
            if (queries.cancel(m.group(1), account.name(), account.hasRole(Role.BEHEERDER))) {
                JsonObject body = new JsonObject();
                body.addProperty("id", m.group(1));
                body.addProperty("cancelled", true);
                Http.send(response, 200, body);
            } else {
                Http.error(response, 404, "not_found", "Er loopt geen zoekvraag " + m.group(1) + " van u.");
            }
        } else {
            Http.notFound(request, response);
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        JsonObject body = Http.body(request, response);
        if (body == null) {
            return;
        }
        try {
            QueryResult result = queries.run(account.name(), Http.text(body, "sql"), Http.number(body, "maxRows"),
                    Http.text(body, "id"));
            JsonObject answer = new JsonObject();
            answer.addProperty("id", result.id());
            answer.add("columns", Http.strings(result.columns()));
            answer.add("types", Http.strings(result.types()));
            JsonArray rows = new JsonArray();
            for (List<Object> row : result.rows()) {
                JsonArray cells = new JsonArray();
                row.forEach(v -> cells.add(Http.value(v)));
                rows.add(cells);
            }
            answer.add("rows", rows);
            answer.addProperty("rowCount", result.rows().size());
            answer.addProperty("truncated", result.truncated());
            answer.addProperty("maxRows", result.maxRows());
            answer.addProperty("elapsedMillis", result.elapsedMillis());
            Http.send(response, 200, answer);
        } catch (QueryException e) {
            refused(response, e);
        }
    }

    private void export(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        JsonObject body = Http.body(request, response);
        if (body == null) {
            return;
        }
        String format = String.valueOf(Http.text(body, "format")).toUpperCase(Locale.ROOT);
        if (!format.equals("CSV") && !format.equals("XLSX")) {
            Http.error(response, 400, "bad_request", "Kies als formaat csv of xlsx.");
            return;
        }
        String sql = Http.text(body, "sql");
        QueryResult result;
        try {
            result = queries.run(account.name(), sql, 0, null);
        } catch (QueryException e) {
            refused(response, e);
            return;
        }
        String title = Http.text(body, "title");
        List<ExportColumn> columns = new ArrayList<>();
        for (int i = 0; i < result.columns().size(); i++) {
            columns.add(new ExportColumn(result.columns().get(i), result.columns().get(i),
                    exportType(result.types().get(i)), null));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            rows.add(row.stream().map(v -> v instanceof LocalDateTime t ? (Object) t.toString() : v).toList());
        }
        String heading = title == null || title.isBlank() ? "Zoekvraag" : title.strip();
        ExportTable table = new ExportTable(heading + (result.truncated() ? " (eerste " + result.maxRows() + " rijen)" : ""),
                sources(sql), columns, rows);
        try {
            exporter.send(table, ExportFormat.valueOf(format), heading, response);
        } catch (IllegalArgumentException e) {
            Http.error(response, 400, "bad_request", e.getMessage());
        }
    }

    /** The attribution of the published views the query names: {@code DUO; CBS}. */
    private String sources(String sql) {
        Set<String> sources = new LinkedHashSet<>();
        String lower = sql == null ? "" : sql.toLowerCase(Locale.ROOT);
        for (PublishedView v : catalog.views()) {
            if (v.available() && !v.view().source().isBlank() && Pattern.compile("(?<![a-z0-9_])"
                    + Pattern.quote(v.view().schema()) + "\\s*\\.\\s*" + Pattern.quote(v.view().name())
                    + "(?![a-z0-9_])").matcher(lower).find()) {
                sources.add(v.view().source().replaceFirst("^(?i)bron:\\s*", ""));
            }
        }
        return String.join("; ", sources);
    }

    private static ExportColumn.Type exportType(String sqlType) {
        return switch (sqlType.toUpperCase(Locale.ROOT)) {
            case "INTEGER", "SMALLINT", "BIGINT" -> ExportColumn.Type.INTEGER;
            case "DECIMAL", "NUMERIC", "DOUBLE", "REAL", "FLOAT", "DOUBLE PRECISION" -> ExportColumn.Type.DECIMAL;
            case "DATE" -> ExportColumn.Type.DATE;
            case "BOOLEAN" -> ExportColumn.Type.BOOLEAN;
            default -> ExportColumn.Type.TEXT;
        };
    }

    private void log(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        if (!request.getMethod().equals("GET")) {
            Http.methodNotAllowed(response);
            return;
        }
        if (!account.hasRole(Role.BEHEERDER)) {
            Http.error(response, 403, "forbidden", "Alleen een beheerder mag het logboek van zoekvragen zien.");
            return;
        }
        int limit = 200;
        try {
            String param = request.getParameter("limit");
            limit = param == null ? limit : Math.max(1, Math.min(5000, Integer.parseInt(param)));
        } catch (NumberFormatException e) {
            Http.error(response, 400, "bad_request", "limit is geen getal.");
            return;
        }
        JsonArray entries = new JsonArray();
        try {
            for (QueryLogEntry e : queries.log(limit)) {
                JsonObject o = new JsonObject();
                o.addProperty("id", e.id());
                o.addProperty("started", e.started().toString());
                o.addProperty("user", e.user());
                o.addProperty("sql", e.sql());
                o.addProperty("rows", e.rows());
                o.addProperty("durationMillis", e.durationMillis());
                o.addProperty("outcome", e.outcome());
                o.addProperty("message", e.message());
                entries.add(o);
            }
        } catch (QueryException e) {
            refused(response, e);
            return;
        }
        JsonObject body = new JsonObject();
        body.add("entries", entries);
        Http.send(response, 200, body);
    }

    private static void refused(HttpServletResponse response, QueryException e) throws IOException {
        int status;
        String code;
        switch (e.outcome()) {
            case TIMEOUT -> { status = 422; code = "unprocessable_entity"; }
            case CANCELLED -> { status = 409; code = "conflict"; }
            case UNAVAILABLE -> { status = 503; code = "unavailable"; }
            default -> { status = 400; code = "bad_request"; }
        }
        JsonObject body = new JsonObject();
        body.addProperty("error", code);
        body.addProperty("reason", e.getMessage());
        body.addProperty("outcome", e.outcome().name());
        if (e.sqlState() != null) {
            body.addProperty("sqlState", e.sqlState());
        }
        if (e.line() != null) {
            body.addProperty("line", e.line());
            body.addProperty("column", e.column());
        }
        Http.send(response, status, body);
    }
}
