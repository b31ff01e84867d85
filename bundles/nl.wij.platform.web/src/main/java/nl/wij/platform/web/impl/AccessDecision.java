package nl.wij.platform.web.impl;

import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Session;

/** What {@link AccessPolicy} decided about a request. */
sealed interface AccessDecision {

    /** A public path: passes without an account. */
    record Public() implements AccessDecision {
    }

    /** A known caller; {@code session} is {@code null} for a bearer token. */
    record Authenticated(Account account, Session session) implements AccessDecision {
    }

    /** A browser navigation without login: send it to the login page. */
    record Redirect(String location) implements AccessDecision {
    }

    /** Answer with this JSON error. */
    record Refused(ApiError error, String reason) implements AccessDecision {
    }
}
