package nl.wij.workbench.shell.impl;

import java.io.IOException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The default servlet: sends the site root and the bare workbench folder (exact patterns win over
 * the {@code /workbench/*} resources) to the workbench page, and answers every path nobody serves
 * with a JSON 404 instead of the HTTP server's HTML page.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/", "/workbench", "/workbench/" })
public final class RootServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals("/") || path.equals("/workbench") || path.equals("/workbench/")) {
            response.sendRedirect("/workbench/index.html");
        } else {
            Json.error(response, HttpServletResponse.SC_NOT_FOUND, "not_found", "Deze pagina bestaat niet.");
        }
    }
}
