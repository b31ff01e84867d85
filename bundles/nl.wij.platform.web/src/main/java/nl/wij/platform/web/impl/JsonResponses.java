package nl.wij.platform.web.impl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import jakarta.servlet.http.HttpServletResponse;

/** Writes JSON answers and the JSON error format {@code {"error": code, "reason": Dutch text}}. */
final class JsonResponses {

    static final String CONTENT_TYPE = "application/json";

    /**
     * Thread-safe; nulls are written, so optional fields keep a stable shape ({@code "csrfToken": null}).
     * No HTML escaping ({@code '} stays {@code '} in Dutch reasons): answers are
     * {@code application/json} with {@code nosniff}, never parsed as HTML.
     */
    private final Gson gson = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    /** Answers {@code status} with {@code body}; records and JSON trees both serialise as expected. */
    void send(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes = toJson(body).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        } catch (IllegalStateException writerInUse) {
            // An error page after a servlet that already took the writer.
            PrintWriter writer = response.getWriter();
            writer.write(new String(bytes, StandardCharsets.UTF_8));
            writer.flush();
        }
    }

    void error(HttpServletResponse response, ApiError error, String reason) throws IOException {
        send(response, error.status(), errorBody(error, reason));
    }

    void error(HttpServletResponse response, ApiException exception) throws IOException {
        error(response, exception.error(), exception.reason());
    }

    void noContent(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    String toJson(Object body) {
        return body instanceof JsonElement element ? gson.toJson(element) : gson.toJson(body);
    }

    JsonElement toTree(Object value) {
        return gson.toJsonTree(value);
    }

    static JsonObject errorBody(ApiError error, String reason) {
        JsonObject body = new JsonObject();
        body.addProperty("error", error.code());
        body.addProperty("reason", reason == null ? error.defaultReason() : reason);
        return body;
    }
}
