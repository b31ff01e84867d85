package nl.wij.workbench.shell.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/events}: a server-sent event stream per open browser. It sends
 * {@code workbench} when contributions come or go and {@code modules} when a bundle changes
 * state, plus a comment every 20 seconds so proxies keep the connection open.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/events")
@HttpWhiteboardServletAsyncSupported
public final class EventsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(EventsServlet.class);

    private final transient WorkbenchModel model;
    private final transient BundleContext context;
    private final transient Set<AsyncContext> clients = ConcurrentHashMap.newKeySet();
    private final transient ScheduledExecutorService heartbeat;
    private final transient LongConsumer modelListener = version -> broadcast("workbench", "{\"version\":" + version + "}");
    private final transient BundleListener bundleListener = this::bundleChanged;

    @Activate
    public EventsServlet(@Reference WorkbenchModel model, BundleContext context) {
        this.model = model;
        this.context = context;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "wij-events-heartbeat"));
        heartbeat.scheduleAtFixedRate(() -> send(": keep-alive\n\n"), 20, 20, TimeUnit.SECONDS);
        model.addListener(modelListener);
        context.addBundleListener(bundleListener);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(bundleListener);
        model.removeListener(modelListener);
        heartbeat.shutdownNow();
        clients.forEach(AsyncContext::complete);
        clients.clear();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (Json.account(request, response) == null) {
            return;
        }
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        async.addListener(new Forget());
        if (write(async, "retry: 2000\n\nevent: workbench\ndata: {\"version\":" + model.version() + "}\n\n")) {
            clients.add(async);
        }
    }

    private void bundleChanged(BundleEvent event) {
        switch (event.getType()) {
            case BundleEvent.STARTED, BundleEvent.STOPPED, BundleEvent.INSTALLED, BundleEvent.UNINSTALLED,
                    BundleEvent.UPDATED -> broadcast("modules", "{\"bundle\":\"" + event.getBundle().getBundleId() + "\"}");
            default -> {
                // resolving and lazy activation are no news for the browser
            }
        }
    }

    private void broadcast(String event, String data) {
        send("event: " + event + "\ndata: " + data + "\n\n");
    }

    private void send(String message) {
        for (AsyncContext client : clients) {
            if (!write(client, message)) {
                clients.remove(client);
                client.complete();
            }
        }
    }

    /** Writes and flushes one message; false when the browser has gone. */
    private static boolean write(AsyncContext client, String message) {
        synchronized (client) {
            try {
                var out = client.getResponse().getOutputStream();
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException | IllegalStateException e) {
                LOG.debug("Event stream closed: {}", e.getMessage());
                return false;
            }
        }
    }

    /** Drops a client whose stream ended or failed. */
    private final class Forget implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            clients.remove(event.getAsyncContext());
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            clients.remove(event.getAsyncContext());
        }

        @Override
        public void onError(AsyncEvent event) {
            clients.remove(event.getAsyncContext());
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // nothing to do
        }
    }
}
