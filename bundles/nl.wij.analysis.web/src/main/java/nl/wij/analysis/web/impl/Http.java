package nl.wij.analysis.web.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.RequestAttributes;
import nl.wij.platform.api.security.Role;

/** JSON in and out for the workspace's servlets, with the platform's error shape. */
final class Http {

    static final int MAX_BODY = 256 * 1024;
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private Http() {
    }

    /** The caller when they may use the workspace (analist, beleidsmedewerker, beheerder); else answers 401/403. */
    static Account analyst(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.getAttribute(RequestAttributes.ACCOUNT) instanceof Account account)) {
            error(response, 401, "unauthorized", "Log eerst in.");
            return null;
        }
        if (!account.hasRole(Role.ANALIST) && !account.hasRole(Role.BELEIDSMEDEWERKER)
                && !account.hasRole(Role.BEHEERDER)) {
            error(response, 403, "forbidden", "Alleen een analist, beleidsmedewerker of beheerder mag zoekvragen stellen.");
            return null;
        }
        return account;
    }

    /** The JSON object in the body, or {@code null} after answering 400/413. */
    static JsonObject body(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            error(response, 413, "payload_too_large", "Het verzoek mag hoogstens " + MAX_BODY / 1024 + " kB groot zijn.");
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > MAX_BODY) {
                    error(response, 413, "payload_too_large", "Het verzoek mag hoogstens " + MAX_BODY / 1024
                            + " kB groot zijn.");
                    return null;
                }
            }
        }
        try {
            JsonElement parsed = JsonParser.parseString(bytes.toString(StandardCharsets.UTF_8));
            if (parsed.isJsonObject()) {
                return parsed.getAsJsonObject();
            }
        } catch (JsonParseException e) {
            // answered below
        }
        error(response, 400, "bad_request", "Stuur een JSON-object, bijvoorbeeld {\"sql\": \"SELECT naam FROM core.gemeente\"}.");
        return null;
    }

    static String text(JsonObject o, String member) {
        JsonElement e = o.get(member);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    static int number(JsonObject o, String member) {
        JsonElement e = o.get(member);
        try {
            return e != null && e.isJsonPrimitive() ? e.getAsInt() : 0;
        } catch (NumberFormatException | UnsupportedOperationException ex) {
            return 0;
        }
    }

    static boolean flag(JsonObject o, String member) {
        JsonElement e = o.get(member);
        return e != null && e.isJsonPrimitive() && e.getAsBoolean();
    }

    static JsonElement value(Object v) {
        if (v == null) {
            return JsonNull.INSTANCE;
        }
        if (v instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (v instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        return new JsonPrimitive(v.toString());   // text, and dates as ISO (2019-10-01)
    }

    static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    static void error(HttpServletResponse response, int status, String code, String reason) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("error", code);
        body.addProperty("reason", reason);
        send(response, status, body);
    }

    static void send(HttpServletResponse response, int status, JsonElement body) throws IOException {
        byte[] bytes = GSON.toJson(body).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static void methodNotAllowed(HttpServletResponse response) throws IOException {
        error(response, 405, "method_not_allowed", "Deze bewerking is op dit adres niet toegestaan.");
    }

    static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        error(response, 404, "not_found", "Het adres " + request.getRequestURI() + " bestaat niet.");
    }
}
