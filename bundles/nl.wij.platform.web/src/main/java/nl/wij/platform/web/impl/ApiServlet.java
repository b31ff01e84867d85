package nl.wij.platform.web.impl;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Base of the API servlets: dispatches GET, POST and DELETE, answers other methods with 405 and
 * every {@link ApiException} with the JSON error format, so no servlet writes an error by hand.
 */
abstract class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    protected final JsonResponses json = new JsonResponses();

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            switch (request.getMethod()) {
                case "GET" -> get(request, response);
                case "POST" -> post(request, response);
                case "DELETE" -> delete(request, response);
                default -> throw methodNotAllowed();
            }
        } catch (ApiException e) {
            if (response.isCommitted()) {
                LOG.warn("Could not answer {} {} with {}: response already committed", request.getMethod(),
                        request.getRequestURI(), e.error().code());
                return;
            }
            json.error(response, e);
        }
    }

    /** Answers 200 with {@code {"<name>": [view(item)...]}}. */
    protected final <T> void sendList(HttpServletResponse response, String name, List<T> items,
            Function<T, JsonElement> view) throws IOException {
        JsonArray list = new JsonArray();
        items.forEach(item -> list.add(view.apply(item)));
        JsonObject body = new JsonObject();
        body.add(name, list);
        json.send(response, HttpServletResponse.SC_OK, body);
    }

    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        throw methodNotAllowed();
    }

    protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        throw methodNotAllowed();
    }

    protected void delete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        throw methodNotAllowed();
    }

    static ApiException methodNotAllowed() {
        return new ApiException(ApiError.METHOD_NOT_ALLOWED, ApiError.METHOD_NOT_ALLOWED.defaultReason());
    }

    static ApiException notFound(HttpServletRequest request) {
        return new ApiException(ApiError.NOT_FOUND, "Het adres " + request.getRequestURI() + " bestaat niet.");
    }

    /** The path segments below the servlet's pattern: {@code /api/tokens/abc} gives {@code [abc]}. */
    static List<String> segments(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        if (pathInfo == null) {
            return List.of();
        }
        return Arrays.stream(pathInfo.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }
}
