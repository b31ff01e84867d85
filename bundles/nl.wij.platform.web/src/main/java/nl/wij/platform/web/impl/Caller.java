package nl.wij.platform.web.impl;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.RequestAttributes;
import nl.wij.platform.api.security.Role;
import nl.wij.platform.api.security.Session;

/** The caller of a request as the {@link SecurityPreprocessor} left it in the request attributes. */
final class Caller {

    /** The {@link Session} of a browser caller; absent for bearer callers. Internal to this bundle. */
    static final String SESSION_ATTRIBUTE = "nl.wij.platform.web.session";

    private Caller() {
    }

    /** The caller's account; a request without one is answered 401 (fails closed). */
    static Account account(HttpServletRequest request) {
        if (request.getAttribute(RequestAttributes.ACCOUNT) instanceof Account account) {
            return account;
        }
        throw new ApiException(ApiError.UNAUTHORIZED, AccessPolicy.NOT_LOGGED_IN);
    }

    static Optional<Session> session(HttpServletRequest request) {
        return request.getAttribute(SESSION_ATTRIBUTE) instanceof Session session
                ? Optional.of(session)
                : Optional.empty();
    }

    /** The caller's account if it holds {@code role}; otherwise 403 with {@code reason}. */
    static Account requireRole(HttpServletRequest request, Role role, String reason) {
        Account account = account(request);
        if (!account.hasRole(role)) {
            throw new ApiException(ApiError.FORBIDDEN, reason);
        }
        return account;
    }
}
