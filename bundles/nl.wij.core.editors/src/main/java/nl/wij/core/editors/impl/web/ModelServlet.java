package nl.wij.core.editors.impl.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.core.editors.impl.command.EditorException;
import nl.wij.core.editors.impl.model.Finding;
import nl.wij.core.editors.impl.model.InvalidValues;
import nl.wij.core.store.StoreException;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.RequestAttributes;
import nl.wij.platform.api.security.Role;

/**
 * Base of the {@code /api/model} servlets: dispatches by method, checks that there is a caller,
 * reads JSON bodies, and answers every refusal in the JSON error format of docs/http-api.md
 * ({@code {"error","reason"}}, plus {@code "errors"} per field for invalid input).
 */
abstract class ModelServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ModelServlet.class);
    private static final int MAX_BODY = 256 * 1024;

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Object attribute = request.getAttribute(RequestAttributes.ACCOUNT);
            if (!(attribute instanceof Account account)) {
                error(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Log eerst in.");
                return;
            }
            switch (request.getMethod()) {
                case "GET" -> get(request, response, account);
                case "POST" -> post(request, response, account);
                case "PUT", "PATCH" -> put(request, response, account);
                case "DELETE" -> delete(request, response, account);
                default -> throw methodNotAllowed();
            }
        } catch (InvalidValues e) {
            JsonObject body = errorBody("bad_request", e.getMessage());
            body.add("errors", ModelJson.findings(e.findings()));
            write(response, HttpServletResponse.SC_BAD_REQUEST, body);
        } catch (EditorException e) {
            switch (e.kind()) {
                case BAD_REQUEST -> error(response, 400, "bad_request", e.getMessage());
                case FORBIDDEN -> error(response, 403, "forbidden", e.getMessage());
                case NOT_FOUND -> error(response, 404, "not_found", e.getMessage());
                case METHOD_NOT_ALLOWED -> error(response, 405, "method_not_allowed", e.getMessage());
                case CONFLICT -> error(response, 409, "conflict", e.getMessage());
                case PAYLOAD_TOO_LARGE -> error(response, 413, "payload_too_large", e.getMessage());
                case UNSUPPORTED_MEDIA_TYPE -> error(response, 415, "unsupported_media_type", e.getMessage());
                case UNAVAILABLE -> error(response, 503, "unavailable", e.getMessage());
            }
        } catch (StoreException e) {
            LOG.error("Opslagfout bij {} {}", request.getMethod(), request.getRequestURI(), e);
            error(response, 500, "internal_error", "De opslag gaf een fout; er is niets gewijzigd. " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Fout bij {} {}", request.getMethod(), request.getRequestURI(), e);
            if (!response.isCommitted()) {
                error(response, 500, "internal_error",
                        "Er ging iets mis op de server; er is niets gewijzigd. Probeer het opnieuw of meld het aan de beheerder.");
            }
        }
    }

    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        throw methodNotAllowed();
    }

    protected void post(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        throw methodNotAllowed();
    }

    protected void put(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        throw methodNotAllowed();
    }

    protected void delete(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        throw methodNotAllowed();
    }

    static EditorException methodNotAllowed() {
        return new EditorException(EditorException.Kind.METHOD_NOT_ALLOWED, "Deze methode wordt op dit adres niet ondersteund.");
    }

    static EditorException notFound(HttpServletRequest request) {
        return new EditorException(EditorException.Kind.NOT_FOUND, "Het adres " + request.getRequestURI() + " bestaat niet.");
    }

    /** Refuses callers who may only read: edits need the role beheerder or beleidsmedewerker. */
    static void requireEditor(Account account) {
        if (!account.hasRole(Role.BEHEERDER) && !account.hasRole(Role.BELEIDSMEDEWERKER)) {
            throw new EditorException(EditorException.Kind.FORBIDDEN, "U mag gegevens alleen bekijken. Wijzigen, aanmaken,"
                    + " verwijderen en ongedaan maken mag een beleidsmedewerker of beheerder.");
        }
    }

    /** The path below the servlet's pattern, split at slashes (decoded). */
    static List<String> segments(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null ? List.of() : Arrays.stream(info.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    static int intParameter(HttpServletRequest request, String name, int fallback, int min, int max) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            throw new EditorException(EditorException.Kind.BAD_REQUEST, "Parameter '" + name + "' moet een geheel getal zijn.");
        }
    }

    /** The {@code values} object of a JSON body {@code {"values": {...}}}. */
    static JsonObject values(HttpServletRequest request) throws IOException {
        JsonObject body = body(request);
        JsonElement values = body.get("values");
        if (values == null || !values.isJsonObject()) {
            throw new EditorException(EditorException.Kind.BAD_REQUEST,
                    "Verwacht {\"values\": {...}} met de waarden per eigenschap.");
        }
        return values.getAsJsonObject();
    }

    static JsonObject body(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new EditorException(EditorException.Kind.UNSUPPORTED_MEDIA_TYPE, "Stuur de gegevens als JSON (Content-Type: application/json).");
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new EditorException(EditorException.Kind.PAYLOAD_TOO_LARGE, "De inhoud is te groot (hoogstens 256 kB).");
        }
        JsonReader reader = new JsonReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement element = JsonParser.parseReader(reader);
            if (!element.isJsonObject()) {
                throw new EditorException(EditorException.Kind.BAD_REQUEST, "De inhoud moet een JSON-object zijn ({...}).");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new EditorException(EditorException.Kind.BAD_REQUEST, "De inhoud is geen geldige JSON.");
        }
    }

    static void write(HttpServletResponse response, int status, JsonElement body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(ModelJson.GSON.toJson(body));
    }

    static void error(HttpServletResponse response, int status, String code, String reason) throws IOException {
        write(response, status, errorBody(code, reason));
    }

    private static JsonObject errorBody(String code, String reason) {
        JsonObject body = new JsonObject();
        body.addProperty("error", code);
        body.addProperty("reason", reason);
        return body;
    }

    static JsonArray findings(List<Finding> findings) {
        return ModelJson.findings(findings);
    }
}
