package nl.wij.platform.web.impl;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.platform.api.security.SessionService;

/** {@code POST /api/logout}: ends the browser's session and clears its cookie; 204 (also for bearer callers). */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/logout")
public final class LogoutServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    private final SessionService sessions;

    @Activate
    public LogoutServlet(@Reference(name = "sessions") SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response) {
        Caller.account(request);
        Caller.session(request).ifPresent(session -> {
            sessions.close(session.id());
            response.addHeader("Set-Cookie", SessionCookie.clear(request.isSecure()));
        });
        json.noContent(response);
    }
}
