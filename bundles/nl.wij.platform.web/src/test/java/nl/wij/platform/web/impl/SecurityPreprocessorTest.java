package nl.wij.platform.web.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import jakarta.servlet.FilterChain;
import nl.wij.platform.api.security.RequestAttributes;
import nl.wij.platform.api.security.Session;

class SecurityPreprocessorTest {

    private final Fakes.Sessions sessions = new Fakes.Sessions();
    private final SecurityPreprocessor preprocessor = new SecurityPreprocessor(config(), sessions,
            new Fakes.Tokens());
    private final AtomicBoolean passed = new AtomicBoolean();
    private final FilterChain chain = (request, response) -> passed.set(true);

    private static SecurityPreprocessor.Config config() {
        return (SecurityPreprocessor.Config) Proxy.newProxyInstance(SecurityPreprocessorTest.class.getClassLoader(),
                new Class<?>[] { SecurityPreprocessor.Config.class }, (proxy, method, args) -> method.getDefaultValue());
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndApiResponsesNoStore() throws Exception {
        TestResponse api = new TestResponse();
        preprocessor.doFilter(TestRequest.get("", "/api/health").build(), api.build(), chain);
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
                + "form-action 'self'", api.header("Content-Security-Policy"));
        assertEquals("nosniff", api.header("X-Content-Type-Options"));
        assertEquals("no-referrer", api.header("Referrer-Policy"));
        assertEquals("DENY", api.header("X-Frame-Options"));
        assertEquals("no-store", api.header("Cache-Control"));

        TestResponse page = new TestResponse();
        preprocessor.doFilter(TestRequest.get("", "/public/login.html").build(), page.build(), chain);
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, page.header("Content-Security-Policy"));
        assertNull(page.header("Cache-Control"));

        TestResponse refused = new TestResponse();
        preprocessor.doFilter(TestRequest.get("", "/api/modules").build(), refused.build(), chain);
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, refused.header("Content-Security-Policy"),
                "refusals too");
    }

    @Test
    void sessionCallerGoesOnWithAccountAndSessionAttributes() throws Exception {
        Session session = sessions.open(Fakes.ANALIST);
        TestRequest request = TestRequest.get("", "/api/session").cookie("andere", "x")
                .cookie(SessionCookie.NAME, session.id());
        preprocessor.doFilter(request.build(), new TestResponse().build(), chain);
        assertTrue(passed.get());
        assertSame(Fakes.ANALIST, request.attribute(RequestAttributes.ACCOUNT));
        assertSame(session, request.attribute(Caller.SESSION_ATTRIBUTE));
    }

    @Test
    void anonymousApiCallGetsTheDocumented401() throws Exception {
        TestRequest request = TestRequest.get("", "/api/modules").header("Accept", "application/json");
        TestResponse response = new TestResponse();
        preprocessor.doFilter(request.build(), response.build(), chain);
        assertFalse(passed.get());
        assertEquals(401, response.status());
        assertEquals("{\"error\":\"unauthorized\",\"reason\":\"Log eerst in.\"}", response.body());
        assertTrue(response.contentType().startsWith("application/json"));
        assertNull(request.attribute(RequestAttributes.ACCOUNT));
    }

    @Test
    void anonymousBrowserNavigationIsRedirectedToTheLoginPage() throws Exception {
        TestResponse response = new TestResponse();
        preprocessor.doFilter(TestRequest.get("", "/").header("Accept", "text/html").build(), response.build(),
                chain);
        assertFalse(passed.get());
        assertEquals(302, response.status());
        assertEquals("/public/login.html", response.header("Location"));
    }

    @Test
    void postWithoutCsrfTokenIsForbidden() throws Exception {
        Session session = sessions.open(Fakes.BEHEERDER);
        TestResponse response = new TestResponse();
        preprocessor.doFilter(TestRequest.post("", "/api/logout").cookie(SessionCookie.NAME, session.id()).build(),
                response.build(), chain);
        assertFalse(passed.get());
        assertEquals(403, response.status());
        assertEquals("forbidden", response.error());
    }

    @Test
    void pathIsServletPathPlusPathInfo() {
        assertEquals("/api/tokens/x", SecurityPreprocessor.path(TestRequest.get("/api/tokens", "/x").build()));
        assertEquals("/api/health", SecurityPreprocessor.path(TestRequest.get("", "/api/health").build()));
        assertEquals("/", SecurityPreprocessor.path(TestRequest.get("", null).build()));
    }
}
