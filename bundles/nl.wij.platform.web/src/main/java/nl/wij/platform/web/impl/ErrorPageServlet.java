package nl.wij.platform.web.impl;

import java.io.IOException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page of every whiteboard context, for 4xx, 5xx and uncaught exceptions: answers with
 * the JSON error format and a generic Dutch reason, never a stack trace or a container's HTML page.
 * Exceptions are logged here, server-side.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletErrorPage(errorPage = { "4xx", "5xx", "java.lang.Throwable" })
@HttpWhiteboardContextSelect("(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=*)")
public final class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPageServlet.class);

    private final JsonResponses json = new JsonResponses();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        int status = status(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE), exception, response.getStatus());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (exception != null) {
            LOG.error("Request {} {} failed", request.getMethod(), uri, exception);
        } else if (status >= 500) {
            LOG.warn("Request {} {} answered {}", request.getMethod(), uri, status);
        } else {
            LOG.debug("Request {} {} answered {}", request.getMethod(), uri, status);
        }
        if (response.isCommitted()) {
            return;
        }
        ApiError error = ApiError.forStatus(status);
        response.setStatus(status);
        json.send(response, status, JsonResponses.errorBody(error, error.defaultReason()));
    }

    /** The status to answer: the one the error was sent with, 500 for an exception without one. */
    static int status(Object errorStatus, Throwable exception, int responseStatus) {
        if (errorStatus instanceof Integer code && code >= 400) {
            return code;
        }
        if (exception != null) {
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        return responseStatus >= 400 ? responseStatus : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
