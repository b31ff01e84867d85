package nl.wij.platform.web.impl;

import java.io.IOException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.db.DatabaseStatus;
import nl.wij.platform.api.lifecycle.AfterStartup;
import nl.wij.platform.api.modules.ModuleAdmin;

/**
 * {@code GET /api/health} (public): framework, database and profile. 200 with {@code "UP"} when the
 * framework has started every bundle and the database answers; 503 with {@code "STARTING"} before
 * that, and with {@code "DOWN"} when the database does not answer. While the framework starts, the
 * database is not asked (its status is {@code "STARTING"} too): probes poll every few milliseconds
 * during start-up, and a connection and query for each took CPU from the start itself. The database
 * and module admin references are optional and dynamic (hence field injection), so health keeps
 * answering while they are gone.
 * The database's {@code detail} is not shown: this endpoint is public.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/health")
public final class HealthServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HealthServlet.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Database database;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleAdmin modules;

    private final BundleContext context;

    @Activate
    public HealthServlet(BundleContext context) {
        this.context = context;
    }

    /** For tests: the references a framework would inject. */
    HealthServlet(BundleContext context, Database database, ModuleAdmin modules) {
        this(context);
        this.database = database;
        this.modules = modules;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The launcher marks every profile bundle for start before it starts the framework, so the
        // system bundle turns ACTIVE only when all of them have started: that is "ready".
        boolean started = AfterStartup.started(context);
        DatabaseStatus status = started ? databaseStatus() : null;
        String state = !started ? "STARTING" : status != null && status.up() ? "UP" : "DOWN";
        JsonObject body = new JsonObject();
        body.addProperty("status", state);
        body.add("framework", framework());
        JsonObject db = new JsonObject();
        db.addProperty("status", state);
        db.addProperty("product", status == null ? null : status.product());
        body.add("database", db);
        body.addProperty("profile", profile());
        json.send(response, state.equals("UP") ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                body);
    }

    private JsonObject framework() {
        Bundle[] bundles = context.getBundles();
        int active = 0;
        for (Bundle bundle : bundles) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            // a fragment never starts: attached to its host (RESOLVED) is as far as it goes
            if (bundle.getState() == Bundle.ACTIVE || (fragment && bundle.getState() == Bundle.RESOLVED)) {
                active++;
            }
        }
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_ID);
        JsonObject framework = new JsonObject();
        framework.addProperty("state", system == null ? "UNKNOWN" : state(system.getState()));
        framework.addProperty("bundles", bundles.length);
        framework.addProperty("active", active);
        return framework;
    }

    private DatabaseStatus databaseStatus() {
        Database current = database;
        if (current == null) {
            return null;
        }
        try {
            return current.status();
        } catch (RuntimeException e) {
            LOG.warn("Database status failed", e);
            return null;
        }
    }

    private String profile() {
        ModuleAdmin current = modules;
        try {
            return current == null ? null : current.profile();
        } catch (RuntimeException e) {
            LOG.warn("Module admin could not name the profile", e);
            return null;
        }
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "UNKNOWN";
        };
    }
}
