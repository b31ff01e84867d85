package nl.wij.ihp.web.impl;

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
import nl.wij.core.store.StoreException;
import nl.wij.ihp.web.impl.data.Fout;
import nl.wij.ihp.web.impl.data.Json;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.RequestAttributes;
import nl.wij.platform.api.security.Role;

/**
 * Base of the {@code /api/ihp} servlets: a caller is required (the platform's preprocessor
 * authenticated it), every role reads, only beleidsmedewerker and beheerder change; errors are JSON
 * ({@code {"error","reason"}} and, for invalid input, {@code "errors":[{"veld","label","melding"}]}).
 */
abstract class IhpApi extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(IhpApi.class);
    private static final int MAX_BODY = 256 * 1024;

    /** A refusal with its status, code and Dutch reason. */
    static final class Weigering extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        Weigering(int status, String code, String reason) {
            super(reason);
            this.status = status;
            this.code = code;
        }
    }

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (!(request.getAttribute(RequestAttributes.ACCOUNT) instanceof Account account)) {
                throw new Weigering(401, "unauthorized", "Log eerst in.");
            }
            String method = request.getMethod();
            if (!method.equals("GET") && !account.hasRole(Role.BEHEERDER) && !account.hasRole(Role.BELEIDSMEDEWERKER)) {
                throw new Weigering(403, "forbidden", "U mag de huisvestingsgegevens alleen bekijken; wijzigen mag een beleidsmedewerker of beheerder.");
            }
            switch (method) {
                case "GET" -> get(request, response, segments(request));
                case "POST" -> post(request, response, segments(request), account);
                case "PUT", "PATCH" -> put(request, response, segments(request), account);
                case "DELETE" -> delete(request, response, segments(request), account);
                default -> throw notAllowed();
            }
        } catch (Weigering e) {
            error(response, e.status, e.code, e.getMessage(), null);
        } catch (Fout e) {
            JsonArray errors = new JsonArray();
            e.velden().forEach(v -> {
                JsonObject veld = new JsonObject();
                veld.addProperty("veld", v.veld());
                veld.addProperty("label", v.label());
                veld.addProperty("melding", v.melding());
                errors.add(veld);
            });
            error(response, 400, "bad_request", e.getMessage(), errors);
        } catch (StoreException e) {
            int status = e.reason() == StoreException.Reason.UNAVAILABLE ? 503 : e.reason() == StoreException.Reason.CONFLICT ? 409 : 500;
            LOG.warn("Opslag bij {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            error(response, status, status == 503 ? "unavailable" : "internal_error", "Er is niets gewijzigd: " + e.getMessage(), null);
        } catch (RuntimeException e) {
            LOG.error("Fout bij {} {}", request.getMethod(), request.getRequestURI(), e);
            if (!response.isCommitted()) {
                error(response, 500, "internal_error", "Er ging iets mis op de server; er is niets gewijzigd.", null);
            }
        }
    }

    protected void get(HttpServletRequest request, HttpServletResponse response, List<String> path) throws IOException {
        throw notAllowed();
    }

    protected void post(HttpServletRequest request, HttpServletResponse response, List<String> path, Account account) throws IOException {
        throw notAllowed();
    }

    protected void put(HttpServletRequest request, HttpServletResponse response, List<String> path, Account account) throws IOException {
        throw notAllowed();
    }

    protected void delete(HttpServletRequest request, HttpServletResponse response, List<String> path, Account account) throws IOException {
        throw notAllowed();
    }

    static Weigering notAllowed() {
        return new Weigering(405, "method_not_allowed", "Deze methode wordt op dit adres niet ondersteund.");
    }

    static Weigering notFound(String what) {
        return new Weigering(404, "not_found", what);
    }

    static String required(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            throw new Weigering(400, "bad_request", "Parameter '" + name + "' ontbreekt.");
        }
        return value.strip();
    }

    private static List<String> segments(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null ? List.of() : Arrays.stream(info.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    static JsonObject body(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Weigering(415, "unsupported_media_type", "Stuur de gegevens als JSON (Content-Type: application/json).");
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new Weigering(413, "payload_too_large", "De inhoud is te groot (hoogstens 256 kB).");
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (!element.isJsonObject()) {
                throw new Weigering(400, "bad_request", "De inhoud moet een JSON-object zijn ({...}).");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new Weigering(400, "bad_request", "De inhoud is geen geldige JSON.");
        }
    }

    static void write(HttpServletResponse response, int status, JsonElement body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.GSON.toJson(body));
    }

    private static void error(HttpServletResponse response, int status, String code, String reason, JsonArray errors) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("error", code);
        body.addProperty("reason", reason);
        if (errors != null) {
            body.add("errors", errors);
        }
        write(response, status, body);
    }
}
