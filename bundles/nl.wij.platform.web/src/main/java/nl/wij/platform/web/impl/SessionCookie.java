package nl.wij.platform.web.impl;

import java.util.Optional;

import jakarta.servlet.http.Cookie;

/**
 * The browser session cookie {@code WIJ_SESSION}: HttpOnly (no script reads it), SameSite=Strict
 * (no other site sends it), Path=/, and Secure when the request came over HTTPS. It has no
 * Max-Age, so the browser drops it when closed; the server ends the session on its own terms.
 */
final class SessionCookie {

    static final String NAME = "WIJ_SESSION";

    private SessionCookie() {
    }

    /** The {@code Set-Cookie} value that hands a browser its session id. */
    static String issue(String sessionId, boolean secure) {
        return NAME + "=" + sessionId + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** The {@code Set-Cookie} value that makes the browser forget the cookie. */
    static String clear(boolean secure) {
        return NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** The session id the browser sent, if any. */
    static Optional<String> read(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isEmpty()) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
