package nl.wij.platform.web.impl;

import jakarta.servlet.http.HttpServletResponse;

/** The headers every response carries (docs/http-api.md, "Authentication"). */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response, String path) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        if (isApi(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
