package nl.wij.platform.web.impl;

import java.io.IOException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Session;

/** {@code GET /api/session}: who is calling; {@code csrfToken} is {@code null} for bearer callers. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/session")
public final class SessionServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account account = Caller.account(request);
        String csrfToken = Caller.session(request).map(Session::csrfToken).orElse(null);
        json.send(response, HttpServletResponse.SC_OK, JsonViews.session(account, csrfToken));
    }
}
