package nl.wij.platform.web.impl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Session;
import nl.wij.platform.api.security.SessionService;
import nl.wij.platform.api.security.TokenService;

/**
 * Who may make a request, decided without the servlet API so every rule is unit-tested.
 * <ol>
 * <li>A state-changing request (anything but GET, HEAD, OPTIONS) whose {@code Origin} is not this
 * server's ({@code Host}) nor a configured allowed origin is refused (403), even on public paths,
 * so no other site can post a login form either.</li>
 * <li>Public: {@code GET /api/health}, {@code POST /api/login}, {@code /public} and below (plain
 * paths only, see {@link #isPublic}).</li>
 * <li>{@code Authorization: Bearer <token>} authenticates by token; no CSRF check (no ambient
 * credential). Any other or invalid {@code Authorization} is 401: no fallback to the cookie.</li>
 * <li>The {@code WIJ_SESSION} cookie authenticates by session; state-changing requests must carry
 * the session's token in {@code X-CSRF-Token} (compared in constant time), else 403.</li>
 * <li>Otherwise a browser navigation (GET accepting {@code text/html}) is redirected to the login
 * page and everything else gets 401.</li>
 * </ol>
 * When the session or token service is missing, requests that need it get 503: the policy fails
 * closed.
 */
final class AccessPolicy {

    static final String LOGIN_PAGE = "/public/login.html";
    static final String NOT_LOGGED_IN = "Log eerst in.";
    static final String INVALID_TOKEN = "Het token is ongeldig of ingetrokken.";
    static final String CSRF_REFUSED = "Het beveiligingstoken (X-CSRF-Token) ontbreekt of klopt niet; "
            + "laad de pagina opnieuw.";
    static final String ORIGIN_REFUSED = "Verzoek van een andere website geweigerd.";
    static final String SECURITY_UNAVAILABLE = "Aanmelden is tijdelijk niet mogelijk; probeer het later opnieuw.";

    private static final String BEARER = "Bearer ";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Set<String> allowedOrigins;

    /** @param allowedOrigins origins accepted besides the request's own host, e.g. {@code https://wij.gemeente.nl} */
    AccessPolicy(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins.stream().map(AccessPolicy::normalizeOrigin)
                .filter(origin -> !origin.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param sessions the session service, or {@code null} when it is not available
     * @param tokens the token service, or {@code null} when it is not available
     */
    AccessDecision decide(RequestFacts request, SessionService sessions, TokenService tokens) {
        boolean unsafe = !SAFE_METHODS.contains(request.method());
        if (unsafe && request.origin() != null && !originAllowed(request.origin(), request.host(), request.secure())) {
            return new AccessDecision.Refused(ApiError.FORBIDDEN, ORIGIN_REFUSED);
        }
        if (isPublic(request.method(), request.path())) {
            return new AccessDecision.Public();
        }
        if (request.authorization() != null) {
            return bearer(request.authorization(), tokens);
        }
        if (request.sessionId() != null) {
            if (sessions == null) {
                return new AccessDecision.Refused(ApiError.UNAVAILABLE, SECURITY_UNAVAILABLE);
            }
            Optional<Session> session = sessions.find(request.sessionId());
            if (session.isPresent()) {
                if (unsafe && !sameSecret(request.csrfToken(), session.get().csrfToken())) {
                    return new AccessDecision.Refused(ApiError.FORBIDDEN, CSRF_REFUSED);
                }
                return new AccessDecision.Authenticated(session.get().account(), session.get());
            }
        }
        if ("GET".equals(request.method()) && request.accept() != null
                && request.accept().toLowerCase(Locale.ROOT).contains("text/html")) {
            return new AccessDecision.Redirect(LOGIN_PAGE);
        }
        return new AccessDecision.Refused(ApiError.UNAUTHORIZED, NOT_LOGGED_IN);
    }

    /**
     * Exact matches only. Below {@code /public} a path with dot segments, path parameters, empty
     * segments or backslashes is never public, whatever the container makes of it.
     */
    static boolean isPublic(String method, String path) {
        return "GET".equals(method) && "/api/health".equals(path)
                || "POST".equals(method) && "/api/login".equals(path)
                || ("/public".equals(path) || path.startsWith("/public/")) && isPlain(path);
    }

    private static boolean isPlain(String path) {
        return !path.contains("/./") && !path.contains("/../") && !path.endsWith("/.") && !path.endsWith("/..")
                && !path.contains(";") && !path.contains("//") && !path.contains("\\") && !path.contains("%");
    }

    private static AccessDecision bearer(String authorization, TokenService tokens) {
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return new AccessDecision.Refused(ApiError.UNAUTHORIZED, INVALID_TOKEN);
        }
        if (tokens == null) {
            return new AccessDecision.Refused(ApiError.UNAVAILABLE, SECURITY_UNAVAILABLE);
        }
        Optional<Account> account = tokens.verify(authorization.substring(BEARER.length()).trim());
        return account.<AccessDecision>map(a -> new AccessDecision.Authenticated(a, null))
                .orElseGet(() -> new AccessDecision.Refused(ApiError.UNAUTHORIZED, INVALID_TOKEN));
    }

    private static boolean sameSecret(String presented, String expected) {
        return presented != null && expected != null && MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the {@code Origin} is this server (same host and port as {@code Host}) or configured as allowed. */
    boolean originAllowed(String origin, String host, boolean secure) {
        String normalized = normalizeOrigin(origin);
        if (allowedOrigins.contains(normalized)) {
            return true;
        }
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(normalized);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            String scheme = uri.getScheme();
            int defaultPort = "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -2;
            String authority = uri.getHost() + (uri.getPort() == -1 || uri.getPort() == defaultPort
                    ? "" : ":" + uri.getPort());
            return authority.equals(withoutDefaultPort(host.trim().toLowerCase(Locale.ROOT), secure));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String withoutDefaultPort(String host, boolean secure) {
        String defaultPort = secure ? ":443" : ":80";
        return host.endsWith(defaultPort) ? host.substring(0, host.length() - defaultPort.length()) : host;
    }

    private static String normalizeOrigin(String origin) {
        String value = origin == null ? "" : origin.trim().toLowerCase(Locale.ROOT);
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
