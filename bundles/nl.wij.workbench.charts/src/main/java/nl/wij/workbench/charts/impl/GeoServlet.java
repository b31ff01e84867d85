package nl.wij.workbench.charts.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.platform.api.security.RequestAttributes;

/**
 * {@code GET /api/geo/gemeenten} and {@code GET /api/geo/provincies}: the boundaries as compact
 * GeoJSON ({@link GeoJsonCompactor}), built on first use and kept, gzipped when the browser accepts
 * it, with an entity tag and a day of private caching (boundaries change once a year, with a new
 * release of this bundle).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/geo/*")
public final class GeoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(GeoServlet.class);

    private final transient Map<GeoLevel, BoundaryBody> bodies = new EnumMap<>(GeoLevel.class);
    private final transient GeoJsonCompactor compactor = new GeoJsonCompactor();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getAttribute(RequestAttributes.ACCOUNT) == null) {
            error(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Log eerst in.");
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Optional<GeoLevel> level = GeoLevel.byPath(path);
        if (level.isEmpty()) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "not_found",
                    "Onbekende grenzen '" + path + "'; beschikbaar zijn /api/geo/gemeenten en /api/geo/provincies.");
            return;
        }
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method_not_allowed",
                    "Grenzen kunnen alleen worden opgehaald (GET).");
            return;
        }
        BoundaryBody body = body(level.get());
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setHeader("ETag", body.etag());
        response.setHeader("Vary", "Accept-Encoding");
        if (body.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        byte[] bytes = gzip ? body.gzip() : body.plain();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/geo+json");
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(bytes.length);
        if (request.getMethod().equals("GET")) {
            response.getOutputStream().write(bytes);
        }
    }

    private BoundaryBody body(GeoLevel level) {
        synchronized (bodies) {
            return bodies.computeIfAbsent(level, this::load);
        }
    }

    private BoundaryBody load(GeoLevel level) {
        try (InputStream in = GeoServlet.class.getClassLoader().getResourceAsStream(level.resource())) {
            if (in == null) {
                throw new IllegalStateException("Grenzenbestand ontbreekt in de bundle: " + level.resource());
            }
            BoundaryBody body = BoundaryBody.of(compactor.compact(new InputStreamReader(in, StandardCharsets.UTF_8), level));
            LOG.info("Grenzen {}: {} gebieden, {} bytes ({} gzip)", level.path(), body.features(), body.plain().length,
                    body.gzip().length);
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code Accept-Encoding} lists gzip without {@code q=0}. */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        for (String part : header.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.split(";");
            if (pieces[0].strip().equals("gzip")) {
                return pieces.length < 2 || !pieces[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static void error(HttpServletResponse response, int status, String code, String reason) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("error", code);
        body.addProperty("reason", reason);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }
}
