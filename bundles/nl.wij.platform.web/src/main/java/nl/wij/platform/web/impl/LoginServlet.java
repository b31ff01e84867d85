package nl.wij.platform.web.impl;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

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
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.AccountService;
import nl.wij.platform.api.security.LoginThrottledException;
import nl.wij.platform.api.security.Session;
import nl.wij.platform.api.security.SessionService;

/**
 * {@code POST /api/login {"username", "password"}}: opens a session and sets the session cookie.
 * JSON only (415 otherwise), so a cross-site HTML form cannot log a browser in. Throttled attempts
 * get 429 with {@code Retry-After}; the client address for throttling is the remote address.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/login")
public final class LoginServlet extends ApiServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LoginServlet.class);

    static final String WRONG_CREDENTIALS = "Onjuiste gebruikersnaam of wachtwoord.";

    private final AccountService accounts;
    private final SessionService sessions;

    @Activate
    public LoginServlet(@Reference(name = "accounts") AccountService accounts,
            @Reference(name = "sessions") SessionService sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject body = JsonBody.read(request);
        String username = JsonBody.requiredString(body, "username");
        char[] password = JsonBody.requiredString(body, "password").toCharArray();
        Optional<Account> account;
        try {
            account = accounts.authenticate(username, password, request.getRemoteAddr());
        } catch (LoginThrottledException e) {
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            throw new ApiException(ApiError.TOO_MANY_REQUESTS, e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
        if (account.isEmpty()) {
            throw new ApiException(ApiError.UNAUTHORIZED, WRONG_CREDENTIALS);
        }
        // A new id at every login (no session fixation); the browser's previous session ends.
        SessionCookie.read(request.getCookies()).ifPresent(sessions::close);
        Session session = sessions.open(account.get());
        response.addHeader("Set-Cookie", SessionCookie.issue(session.id(), request.isSecure()));
        LOG.info("'{}' logged in from {}", account.get().name(), request.getRemoteAddr());
        json.send(response, HttpServletResponse.SC_OK, JsonViews.session(account.get(), session.csrfToken()));
    }
}
