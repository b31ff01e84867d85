package nl.wij.platform.web.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wij.platform.api.security.Session;

class AccessPolicyTest {

    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final String JSON = "application/json";

    private final AccessPolicy policy = new AccessPolicy(List.of());
    private final Fakes.Sessions sessions = new Fakes.Sessions();
    private final Fakes.Tokens tokens = new Fakes.Tokens();

    private static RequestFacts request(String method, String path) {
        return new RequestFacts(method, path, JSON, null, null, null, null, "localhost:8080", false);
    }

    private static RequestFacts with(RequestFacts r, String accept, String authorization, String sessionId,
            String csrf, String origin) {
        return new RequestFacts(r.method(), r.path(), accept, authorization, sessionId, csrf, origin, r.host(),
                r.secure());
    }

    private AccessDecision decide(RequestFacts request) {
        return policy.decide(request, sessions, tokens);
    }

    private static AccessDecision.Refused refused(ApiError error, String reason) {
        return new AccessDecision.Refused(error, reason);
    }

    private static final AccessDecision.Refused NOT_LOGGED_IN =
            refused(ApiError.UNAUTHORIZED, AccessPolicy.NOT_LOGGED_IN);

    @Test
    void publicPathsPassWithoutCredentials() {
        assertEquals(new AccessDecision.Public(), decide(request("GET", "/api/health")));
        assertEquals(new AccessDecision.Public(), decide(request("POST", "/api/login")));
        assertEquals(new AccessDecision.Public(), decide(request("GET", "/public/login.html")));
        assertEquals(new AccessDecision.Public(), decide(request("GET", "/public/css/wij.css")));
        assertEquals(new AccessDecision.Public(), decide(request("GET", "/public")));
    }

    @Test
    void onlyTheDocumentedMethodAndExactPathArePublic() {
        assertEquals(NOT_LOGGED_IN, decide(request("POST", "/api/health")));
        assertEquals(NOT_LOGGED_IN, decide(request("GET", "/api/login")));
        assertEquals(NOT_LOGGED_IN, decide(request("GET", "/api/health/x")));
        assertEquals(NOT_LOGGED_IN, decide(request("GET", "/publicity")));
        assertEquals(NOT_LOGGED_IN, decide(request("GET", "/api/public/x")));
        assertEquals(NOT_LOGGED_IN, decide(request("GET", "/")));
    }

    @Test
    void publicPrefixDoesNotCoverTrickyPaths() {
        for (String path : List.of("/public/../api/accounts", "/public/./x", "/public/..", "/public;x/../api/tokens",
                "/public//api", "/public/..\\api", "/public/%2e%2e/api")) {
            assertEquals(NOT_LOGGED_IN, decide(request("GET", path)), path);
        }
    }

    @Test
    void browserNavigationIsRedirectedAndEverythingElseGets401() {
        assertEquals(new AccessDecision.Redirect("/public/login.html"),
                decide(with(request("GET", "/"), HTML, null, null, null, null)));
        assertEquals(NOT_LOGGED_IN, decide(with(request("GET", "/api/session"), JSON, null, null, null, null)));
        assertEquals(NOT_LOGGED_IN, decide(with(request("GET", "/api/session"), null, null, null, null, null)));
        assertEquals(NOT_LOGGED_IN, decide(with(request("POST", "/api/logout"), HTML, null, null, null, null)),
                "only GET navigations are redirected");
    }

    @Test
    void validBearerTokenAuthenticatesWithoutCsrf() {
        String secret = tokens.create("analist", "bi").secret();
        assertEquals(new AccessDecision.Authenticated(Fakes.ANALIST, null),
                decide(with(request("GET", "/api/modules"), JSON, "Bearer " + secret, null, null, null)));
        assertEquals(new AccessDecision.Authenticated(Fakes.ANALIST, null),
                decide(with(request("DELETE", "/api/tokens/x"), JSON, "bearer " + secret, null, null, null)));
    }

    @Test
    void invalidOrNonBearerAuthorizationIsRefusedWithoutFallingBackToTheCookie() {
        Session session = sessions.open(Fakes.BEHEERDER);
        AccessDecision.Refused invalid = refused(ApiError.UNAUTHORIZED, AccessPolicy.INVALID_TOKEN);
        assertEquals(invalid, decide(with(request("GET", "/api/modules"), JSON, "Bearer wij_onzin", session.id(),
                null, null)));
        assertEquals(invalid, decide(with(request("GET", "/api/modules"), JSON, "Basic YWRtaW46YWRtaW4=", null,
                null, null)));
    }

    @Test
    void sessionCookieAuthenticatesReadingRequests() {
        Session session = sessions.open(Fakes.BEHEERDER);
        assertEquals(new AccessDecision.Authenticated(Fakes.BEHEERDER, session),
                decide(with(request("GET", "/api/session"), JSON, null, session.id(), null, null)));
    }

    @Test
    void unknownSessionIsNotLoggedIn() {
        assertEquals(NOT_LOGGED_IN, decide(with(request("GET", "/api/session"), JSON, null, "verlopen", null, null)));
        assertEquals(new AccessDecision.Redirect(AccessPolicy.LOGIN_PAGE),
                decide(with(request("GET", "/"), HTML, null, "verlopen", null, null)));
    }

    @Test
    void stateChangingCookieRequestsNeedTheSessionsCsrfToken() {
        Session session = sessions.open(Fakes.BEHEERDER);
        Session other = sessions.open(Fakes.BEHEERDER);
        AccessDecision.Refused csrf = refused(ApiError.FORBIDDEN, AccessPolicy.CSRF_REFUSED);
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            RequestFacts base = request(method, "/api/accounts/jan");
            assertEquals(csrf, decide(with(base, JSON, null, session.id(), null, null)), method);
            assertEquals(csrf, decide(with(base, JSON, null, session.id(), other.csrfToken(), null)), method);
            assertEquals(csrf, decide(with(base, JSON, null, session.id(), session.csrfToken() + "x", null)), method);
            assertEquals(new AccessDecision.Authenticated(Fakes.BEHEERDER, session),
                    decide(with(base, JSON, null, session.id(), session.csrfToken(), null)), method);
        }
    }

    @Test
    void crossOriginStateChangesAreRefusedEvenWhenPublic() {
        Session session = sessions.open(Fakes.BEHEERDER);
        AccessDecision.Refused origin = refused(ApiError.FORBIDDEN, AccessPolicy.ORIGIN_REFUSED);
        assertEquals(origin, decide(with(request("POST", "/api/login"), JSON, null, null, null,
                "https://evil.example")));
        assertEquals(origin, decide(with(request("POST", "/api/logout"), JSON, null, session.id(),
                session.csrfToken(), "http://localhost:9999")));
        assertEquals(origin, decide(with(request("POST", "/api/logout"), JSON, null, session.id(),
                session.csrfToken(), "null")));
        assertEquals(new AccessDecision.Authenticated(Fakes.BEHEERDER, session),
                decide(with(request("POST", "/api/logout"), JSON, null, session.id(), session.csrfToken(),
                        "http://localhost:8080")));
        assertEquals(new AccessDecision.Public(),
                decide(with(request("GET", "/api/health"), JSON, null, null, null, "https://evil.example")),
                "reading requests are not origin-checked");
    }

    @Test
    void originComparisonKnowsDefaultPortsAndConfiguredOrigins() {
        assertTrue(policy.originAllowed("https://wij.gemeente.nl", "wij.gemeente.nl", true));
        assertTrue(policy.originAllowed("https://wij.gemeente.nl", "wij.gemeente.nl:443", true));
        assertTrue(policy.originAllowed("http://WIJ.gemeente.nl:80", "wij.gemeente.nl", false));
        assertTrue(policy.originAllowed("http://[::1]:8080", "[::1]:8080", false));
        assertFalse(policy.originAllowed("https://wij.gemeente.nl", "wij.gemeente.nl:8443", true));
        assertFalse(policy.originAllowed("https://wij.gemeente.nl.evil.example", "wij.gemeente.nl", true));
        assertFalse(policy.originAllowed("https://wij.gemeente.nl", null, true));
        assertFalse(policy.originAllowed("not a uri", "wij.gemeente.nl", true));

        AccessPolicy behindProxy = new AccessPolicy(List.of("https://wij.gemeente.nl/"));
        assertTrue(behindProxy.originAllowed("https://wij.gemeente.nl", "10.0.0.5:8080", false));
        assertFalse(behindProxy.originAllowed("https://andere.gemeente.nl", "10.0.0.5:8080", false));
    }

    @Test
    void missingSecurityServicesFailClosed() {
        Session session = sessions.open(Fakes.BEHEERDER);
        AccessDecision.Refused unavailable = refused(ApiError.UNAVAILABLE, AccessPolicy.SECURITY_UNAVAILABLE);
        assertEquals(unavailable, policy.decide(with(request("GET", "/api/modules"), JSON, "Bearer x", null, null,
                null), sessions, null));
        assertEquals(unavailable, policy.decide(with(request("GET", "/api/modules"), JSON, null, session.id(), null,
                null), null, tokens));
        assertEquals(NOT_LOGGED_IN, policy.decide(request("GET", "/api/modules"), null, null));
        assertEquals(new AccessDecision.Public(), policy.decide(request("GET", "/api/health"), null, null));
    }
}
