package nl.wij.platform.web.impl;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.AccountService;
import nl.wij.platform.api.security.Role;

/**
 * {@code /api/accounts} for a beheerder: list, create ({@code {"name","password","roles"}}) and
 * delete. A beheerder cannot delete the account they are logged in with, so there is always one.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/accounts", "/api/accounts/*" })
public final class AccountsServlet extends ApiServlet {

    static final String BEHEERDER_ONLY = "Alleen een beheerder mag accounts beheren.";

    private static final long serialVersionUID = 1L;

    private final AccountService accounts;

    @Activate
    public AccountsServlet(@Reference(name = "accounts") AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller.requireRole(request, Role.BEHEERDER, BEHEERDER_ONLY);
        if (!segments(request).isEmpty()) {
            throw notFound(request);
        }
        sendList(response, "accounts", accounts.list(), JsonViews::account);
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller.requireRole(request, Role.BEHEERDER, BEHEERDER_ONLY);
        if (!segments(request).isEmpty()) {
            throw notFound(request);
        }
        JsonObject body = JsonBody.read(request);
        String name = JsonBody.requiredString(body, "name");
        char[] password = JsonBody.requiredString(body, "password").toCharArray();
        Set<Role> roles = roles(JsonBody.optionalStringList(body, "roles"));
        Account created;
        try {
            created = accounts.create(name, password, roles);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ApiError.BAD_REQUEST, e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
        json.send(response, HttpServletResponse.SC_CREATED, JsonViews.account(created));
    }

    @Override
    protected void delete(HttpServletRequest request, HttpServletResponse response) {
        Account caller = Caller.requireRole(request, Role.BEHEERDER, BEHEERDER_ONLY);
        List<String> path = segments(request);
        if (path.size() != 1) {
            throw notFound(request);
        }
        String name = path.get(0);
        if (name.equals(caller.name())) {
            throw new ApiException(ApiError.CONFLICT, "U kunt het account waarmee u bent ingelogd niet verwijderen.");
        }
        if (!accounts.delete(name)) {
            throw new ApiException(ApiError.NOT_FOUND, "Gebruiker '" + name + "' bestaat niet.");
        }
        json.noContent(response);
    }

    static Set<Role> roles(List<String> ids) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String id : ids) {
            roles.add(Role.fromId(id).orElseThrow(() -> new ApiException(ApiError.BAD_REQUEST,
                    "Onbekende rol '" + id + "'; kies uit " + Stream.of(Role.values()).map(Role::id)
                            .collect(Collectors.joining(", ")) + ".")));
        }
        return roles;
    }
}
