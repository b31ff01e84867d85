package nl.wij.platform.web.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import jakarta.servlet.http.Cookie;

class SessionCookieTest {

    @Test
    void issuedCookieIsHttpOnlyStrictAndSecureOnlyOverHttps() {
        assertEquals("WIJ_SESSION=abc-_1; Path=/; HttpOnly; SameSite=Strict", SessionCookie.issue("abc-_1", false));
        assertEquals("WIJ_SESSION=abc-_1; Path=/; HttpOnly; SameSite=Strict; Secure",
                SessionCookie.issue("abc-_1", true));
    }

    @Test
    void clearingCookieExpiresItAtOnce() {
        assertEquals("WIJ_SESSION=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict", SessionCookie.clear(false));
        assertEquals("WIJ_SESSION=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure", SessionCookie.clear(true));
    }

    @Test
    void readsOnlyANonEmptySessionCookie() {
        assertEquals(Optional.empty(), SessionCookie.read(null));
        assertEquals(Optional.empty(), SessionCookie.read(new Cookie[] { new Cookie("JSESSIONID", "x") }));
        assertEquals(Optional.empty(), SessionCookie.read(new Cookie[] { new Cookie("WIJ_SESSION", "") }));
        assertEquals(Optional.of("id"), SessionCookie.read(
                new Cookie[] { new Cookie("other", "x"), new Cookie("WIJ_SESSION", "id") }));
    }
}
