package nl.wij.platform.web.impl;

import java.io.IOException;
import java.util.List;

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
import nl.wij.platform.api.security.IssuedToken;
import nl.wij.platform.api.security.Role;
import nl.wij.platform.api.security.TokenService;

/** {@code /api/tokens} for a beheerder: list, create ({@code {"account","label"}}, secret shown once) and revoke. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/tokens", "/api/tokens/*" })
public final class TokensServlet extends ApiServlet {

    static final String BEHEERDER_ONLY = "Alleen een beheerder mag tokens beheren.";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(TokensServlet.class);

    private final TokenService tokens;

    @Activate
    public TokensServlet(@Reference(name = "tokens") TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller.requireRole(request, Role.BEHEERDER, BEHEERDER_ONLY);
        if (!segments(request).isEmpty()) {
            throw notFound(request);
        }
        sendList(response, "tokens", tokens.list(), JsonViews::token);
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account caller = Caller.requireRole(request, Role.BEHEERDER, BEHEERDER_ONLY);
        if (!segments(request).isEmpty()) {
            throw notFound(request);
        }
        JsonObject body = JsonBody.read(request);
        String account = JsonBody.requiredString(body, "account");
        String label = JsonBody.optionalString(body, "label").orElse("");
        IssuedToken issued;
        try {
            issued = tokens.create(account, label);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ApiError.BAD_REQUEST, e.getMessage());
        }
        LOG.info("'{}' created token {} for '{}'", caller.name(), issued.info().id(), account);
        JsonObject created = new JsonObject();
        created.add("token", JsonViews.token(issued.info()));
        created.addProperty("secret", issued.secret());
        json.send(response, HttpServletResponse.SC_CREATED, created);
    }

    @Override
    protected void delete(HttpServletRequest request, HttpServletResponse response) {
        Account caller = Caller.requireRole(request, Role.BEHEERDER, BEHEERDER_ONLY);
        List<String> path = segments(request);
        if (path.size() != 1) {
            throw notFound(request);
        }
        if (!tokens.revoke(path.get(0))) {
            throw new ApiException(ApiError.NOT_FOUND, "Token '" + path.get(0) + "' bestaat niet.");
        }
        LOG.info("'{}' revoked token {}", caller.name(), path.get(0));
        json.noContent(response);
    }
}
