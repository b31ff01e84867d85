package nl.wij.platform.web.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import nl.wij.platform.api.security.Session;

class SessionAndLogoutServletTest {

    private final Fakes.Sessions sessions = new Fakes.Sessions();

    @Test
    void sessionShowsUserRolesAndCsrfToken() throws Exception {
        Session session = sessions.open(Fakes.BEHEERDER);
        TestResponse response = new TestResponse();
        new SessionServlet().service(TestRequest.get("/api/session", null).in(session).build(), response.build());
        JsonObject body = response.json();
        assertEquals("beheerder", body.get("user").getAsString());
        assertEquals("[\"beheerder\",\"beleidsmedewerker\",\"analist\"]", body.get("roles").toString());
        assertEquals(session.csrfToken(), body.get("csrfToken").getAsString());
    }

    @Test
    void bearerCallerHasANullCsrfToken() throws Exception {
        TestResponse response = new TestResponse();
        new SessionServlet().service(TestRequest.get("/api/session", null).as(Fakes.ANALIST).build(),
                response.build());
        assertTrue(response.body().contains("\"csrfToken\":null"), response.body());
    }

    @Test
    void withoutAccountTheServletItselfRefuses() throws Exception {
        TestResponse response = new TestResponse();
        new SessionServlet().service(TestRequest.get("/api/session", null).build(), response.build());
        assertEquals(401, response.status());
    }

    @Test
    void logoutClosesTheSessionAndClearsTheCookie() throws Exception {
        Session session = sessions.open(Fakes.BEHEERDER);
        TestResponse response = new TestResponse();
        new LogoutServlet(sessions).service(TestRequest.post("/api/logout", null).in(session).build(),
                response.build());
        assertEquals(204, response.status());
        assertFalse(sessions.open.containsKey(session.id()));
        assertEquals(List.of(SessionCookie.clear(false)), response.headers("Set-Cookie"));
    }
}
