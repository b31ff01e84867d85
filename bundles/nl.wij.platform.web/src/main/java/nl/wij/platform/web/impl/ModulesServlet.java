package nl.wij.platform.web.impl;

import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.platform.api.modules.BundleInfo;
import nl.wij.platform.api.modules.ModuleAdmin;
import nl.wij.platform.api.modules.ModuleException;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Role;

/**
 * {@code /api/modules}: the overview for anybody logged in; starting, stopping, uploading and
 * removing bundles for a beheerder. Refusals of {@link ModuleAdmin} become 409 (400 for an upload
 * that is not a bundle) with its Dutch message as {@code reason}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/modules", "/api/modules/*" })
public final class ModulesServlet extends ApiServlet {

    static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
    static final Set<String> JAR_TYPES = Set.of("application/java-archive", "application/x-java-archive",
            "application/octet-stream");

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ModulesServlet.class);

    private final ModuleAdmin modules;

    @Activate
    public ModulesServlet(@Reference(name = "modules") ModuleAdmin modules) {
        this.modules = modules;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller.account(request);
        if (!segments(request).isEmpty()) {
            throw notFound(request);
        }
        JsonObject body = new JsonObject();
        body.addProperty("profile", modules.profile());
        body.add("features", json.toTree(modules.features()));
        body.add("bundles", json.toTree(modules.bundles()));
        json.send(response, HttpServletResponse.SC_OK, body);
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.equals(List.of("bundles"))) {
            Account caller = Caller.requireRole(request, Role.BEHEERDER, "Alleen een beheerder mag modules installeren.");
            install(request, response, caller);
        } else if (path.size() == 3 && path.get(0).equals("bundles") && path.get(2).equals("start")) {
            Account caller = Caller.requireRole(request, Role.BEHEERDER, "Alleen een beheerder mag modules starten.");
            long id = existingBundle(path.get(1));
            BundleInfo started = refusalsAsConflict(() -> modules.start(id));
            LOG.info("'{}' started bundle {} ({})", caller.name(), id, started.symbolicName());
            json.send(response, HttpServletResponse.SC_OK, started);
        } else if (path.size() == 3 && path.get(0).equals("bundles") && path.get(2).equals("stop")) {
            Account caller = Caller.requireRole(request, Role.BEHEERDER, "Alleen een beheerder mag modules stoppen.");
            long id = existingBundle(path.get(1));
            BundleInfo stopped = refusalsAsConflict(() -> modules.stop(id));
            LOG.info("'{}' stopped bundle {} ({})", caller.name(), id, stopped.symbolicName());
            json.send(response, HttpServletResponse.SC_OK, stopped);
        } else {
            throw notFound(request);
        }
    }

    @Override
    protected void delete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.size() != 2 || !path.get(0).equals("bundles")) {
            throw notFound(request);
        }
        Account caller = Caller.requireRole(request, Role.BEHEERDER, "Alleen een beheerder mag modules verwijderen.");
        long id = existingBundle(path.get(1));
        refusalsAsConflict(() -> {
            modules.uninstall(id);
            return null;
        });
        LOG.info("'{}' removed bundle {}", caller.name(), id);
        json.noContent(response);
    }

    private void install(HttpServletRequest request, HttpServletResponse response, Account caller)
            throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().split(";")[0].trim();
        if (!JAR_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            throw new ApiException(ApiError.UNSUPPORTED_MEDIA_TYPE,
                    "Stuur de bundel als jar-bestand (Content-Type: application/java-archive).");
        }
        if (request.getContentLengthLong() > MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        String fileName = fileName(request.getHeader("X-File-Name"));
        LimitedInputStream content = new LimitedInputStream(request.getInputStream(), MAX_UPLOAD_BYTES);
        try (InputStream in = content) {
            BundleInfo installed = modules.install(fileName, in);
            LOG.info("'{}' installed {} as bundle {} ({})", caller.name(), fileName, installed.id(),
                    installed.symbolicName());
            json.send(response, HttpServletResponse.SC_CREATED, installed);
        } catch (ModuleException e) {
            if (content.exceeded()) {
                throw tooLarge();
            }
            throw new ApiException(ApiError.BAD_REQUEST, e.getMessage());
        } catch (LimitedInputStream.TooLargeException e) {
            throw tooLarge();
        }
    }

    /** The bundle id in the path, if such a bundle exists (404 otherwise). */
    private long existingBundle(String segment) {
        long id;
        try {
            id = Long.parseLong(segment);
        } catch (NumberFormatException e) {
            throw new ApiException(ApiError.BAD_REQUEST, "Ongeldig bundelnummer '" + segment + "'.");
        }
        if (modules.bundles().stream().noneMatch(bundle -> bundle.id() == id)) {
            throw new ApiException(ApiError.NOT_FOUND, "Bundel " + id + " bestaat niet.");
        }
        return id;
    }

    /** Only the last part of a client-supplied file name, without control characters. */
    static String fileName(String header) {
        // The browser sends the name percent-encoded (header values are Latin-1); '+' is literal.
        String decoded = header == null ? "" : URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        String name = decoded.replaceAll("\\p{Cntrl}", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "upload.jar";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static ApiException tooLarge() {
        return new ApiException(ApiError.PAYLOAD_TOO_LARGE, "Een bundel mag hoogstens 50 MB groot zijn.");
    }

    private static <T> T refusalsAsConflict(ModuleAction<T> action) {
        try {
            return action.run();
        } catch (ModuleException e) {
            throw new ApiException(ApiError.CONFLICT, e.getMessage());
        }
    }

    @FunctionalInterface
    private interface ModuleAction<T> {
        T run() throws ModuleException;
    }
}
