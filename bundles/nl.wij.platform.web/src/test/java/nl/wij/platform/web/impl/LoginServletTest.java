package nl.wij.platform.web.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import nl.wij.platform.api.security.Session;

class LoginServletTest {

    private final Fakes.Accounts accounts = new Fakes.Accounts();
    private final Fakes.Sessions sessions = new Fakes.Sessions();
    private final LoginServlet servlet = new LoginServlet(accounts, sessions);

    private TestResponse login(TestRequest request) throws Exception {
        TestResponse response = new TestResponse();
        servlet.service(request.build(), response.build());
        return response;
    }

    @Test
    void successOpensASessionAndSetsTheCookie() throws Exception {
        TestResponse response = login(TestRequest.post("/api/login", null)
                .json("{\"username\":\"analist\",\"password\":\"juist wachtwoord\"}"));
        assertEquals(200, response.status());
        JsonObject body = response.json();
        assertEquals("analist", body.get("user").getAsString());
        assertEquals("[\"analist\"]", body.get("roles").toString());
        Session session = sessions.open.values().iterator().next();
        assertEquals(session.csrfToken(), body.get("csrfToken").getAsString());
        assertEquals(List.of("WIJ_SESSION=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict"),
                response.headers("Set-Cookie"));
        assertEquals(List.of("192.0.2.10"), accounts.clients, "throttled by remote address");
    }

    @Test
    void cookieIsSecureOverHttpsAndThePreviousSessionEnds() throws Exception {
        Session old = sessions.open(Fakes.ANALIST);
        TestResponse response = login(TestRequest.post("/api/login", null).secure()
                .cookie(SessionCookie.NAME, old.id())
                .json("{\"username\":\"analist\",\"password\":\"juist wachtwoord\"}"));
        assertEquals(200, response.status());
        assertTrue(response.header("Set-Cookie").endsWith("; Secure"));
        assertFalse(sessions.open.containsKey(old.id()));
        assertEquals(1, sessions.open.size());
    }

    @Test
    void wrongPasswordIs401InDutch() throws Exception {
        TestResponse response = login(TestRequest.post("/api/login", null)
                .json("{\"username\":\"analist\",\"password\":\"fout\"}"));
        assertEquals(401, response.status());
        assertEquals("unauthorized", response.error());
        assertEquals("Onjuiste gebruikersnaam of wachtwoord.", response.reason());
        assertTrue(sessions.open.isEmpty());
        assertTrue(response.headers("Set-Cookie").isEmpty());
    }

    @Test
    void throttledLoginIs429WithRetryAfter() throws Exception {
        accounts.throttledFor = 120;
        TestResponse response = login(TestRequest.post("/api/login", null)
                .json("{\"username\":\"analist\",\"password\":\"juist wachtwoord\"}"));
        assertEquals(429, response.status());
        assertEquals("120", response.header("Retry-After"));
        assertEquals("too_many_requests", response.error());
        assertTrue(response.reason().contains("120 seconden"), response.reason());
    }

    @Test
    void formPostIs415SoNoOtherSiteCanSubmitIt() throws Exception {
        TestResponse response = login(TestRequest.post("/api/login", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("username=analist&password=juist+wachtwoord".getBytes()));
        assertEquals(415, response.status());
        assertEquals("unsupported_media_type", response.error());
        assertTrue(accounts.clients.isEmpty(), "no login attempt made");
    }

    @Test
    void missingFieldIs400NamingIt() throws Exception {
        TestResponse response = login(TestRequest.post("/api/login", null).json("{\"username\":\"analist\"}"));
        assertEquals(400, response.status());
        assertEquals("Veld 'password' ontbreekt.", response.reason());
    }

    @Test
    void getIs405() throws Exception {
        TestResponse response = login(TestRequest.get("/api/login", null));
        assertEquals(405, response.status());
        assertEquals("method_not_allowed", response.error());
    }
}
