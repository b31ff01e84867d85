package nl.wij.goab.web.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
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
import nl.wij.goab.logic.OntbrekendeRegel;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.RequestAttributes;

/**
 * Base of the {@code /api/goab} servlets: requires a caller, dispatches by method, reads JSON bodies
 * (at most 256 kB) and answers every refusal as {@code {"error","reason"}} (plus {@code "errors"}
 * per field for invalid input), never with a stack trace.
 */
abstract class GoabServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(GoabServlet.class);
    private static final int MAX_BODY = 256 * 1024;
    static final Gson GSON = new GsonBuilder().serializeNulls().create();

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (!(request.getAttribute(RequestAttributes.ACCOUNT) instanceof Account account)) {
                throw new ApiFout(401, "unauthorized", "Log eerst in.", List.of());
            }
            switch (request.getMethod()) {
                case "GET" -> get(request, response, account);
                case "POST" -> post(request, response, account);
                case "DELETE" -> delete(request, response, account);
                default -> throw ApiFout.methode();
            }
        } catch (ApiFout e) {
            JsonObject body = fout(e.code(), e.getMessage());
            if (!e.bevindingen().isEmpty()) {
                JsonArray errors = new JsonArray();
                e.bevindingen().forEach(b -> {
                    JsonObject error = new JsonObject();
                    error.addProperty("feature", b.veld());
                    error.addProperty("message", b.bericht());
                    errors.add(error);
                });
                body.add("errors", errors);
            }
            write(response, e.status(), body);
        } catch (OntbrekendeRegel e) {
            write(response, 409, fout("conflict", e.getMessage()));
        } catch (StoreException e) {
            LOG.error("Opslagfout bij {} {}", request.getMethod(), request.getRequestURI(), e);
            int status = e.reason() == StoreException.Reason.UNAVAILABLE ? 503 : 500;
            write(response, status, fout(status == 503 ? "unavailable" : "internal_error",
                    "De opslag gaf een fout; er is niets gewijzigd. " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Fout bij {} {}", request.getMethod(), request.getRequestURI(), e);
            if (!response.isCommitted()) {
                write(response, 500, fout("internal_error", "Er ging iets mis op de server; er is niets gewijzigd."));
            }
        }
    }

    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        throw ApiFout.methode();
    }

    protected void post(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        throw ApiFout.methode();
    }

    protected void delete(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        throw ApiFout.methode();
    }

    /** The path below the servlet's pattern, split at slashes. */
    static List<String> delen(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null ? List.of() : Arrays.stream(info.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    /** An integer query parameter, or {@code fallback} when absent. */
    static int getal(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiFout.ongeldig("Parameter '" + name + "' moet een geheel getal zijn.");
        }
    }

    static JsonObject body(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiFout(415, "unsupported_media_type", "Stuur de gegevens als JSON (Content-Type: application/json).",
                    List.of());
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new ApiFout(413, "payload_too_large", "De inhoud is te groot (hoogstens 256 kB).", List.of());
        }
        JsonReader reader = new JsonReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement element = JsonParser.parseReader(reader);
            if (!element.isJsonObject()) {
                throw ApiFout.ongeldig("De inhoud moet een JSON-object zijn ({...}).");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw ApiFout.ongeldig("De inhoud is geen geldige JSON.");
        }
    }

    static void write(HttpServletResponse response, int status, JsonElement body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(GSON.toJson(body));
    }

    static void ok(HttpServletResponse response, JsonElement body) throws IOException {
        write(response, 200, body);
    }

    private static JsonObject fout(String code, String reden) {
        JsonObject body = new JsonObject();
        body.addProperty("error", code);
        body.addProperty("reason", reden);
        return body;
    }
}
