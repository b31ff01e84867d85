package nl.wij.platform.web.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import jakarta.servlet.http.HttpServlet;

import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Role;

class AccountsAndTokensServletTest {

    private final Fakes.Accounts accounts = new Fakes.Accounts();
    private final Fakes.Tokens tokens = new Fakes.Tokens();
    private final AccountsServlet accountsServlet = new AccountsServlet(accounts);
    private final TokensServlet tokensServlet = new TokensServlet(tokens);

    private static TestResponse call(HttpServlet servlet, TestRequest request) throws Exception {
        TestResponse response = new TestResponse();
        servlet.service(request.build(), response.build());
        return response;
    }

    @Test
    void nonBeheerderIsRefusedInDutch() throws Exception {
        TestResponse accountsList = call(accountsServlet, TestRequest.get("/api/accounts", null).as(Fakes.ANALIST));
        assertEquals(403, accountsList.status());
        assertEquals("Alleen een beheerder mag accounts beheren.", accountsList.reason());
        TestResponse tokenList = call(tokensServlet, TestRequest.get("/api/tokens", null).as(Fakes.ANALIST));
        assertEquals(403, tokenList.status());
        assertEquals("Alleen een beheerder mag tokens beheren.", tokenList.reason());
    }

    @Test
    void accountsAreListedWithRoleIds() throws Exception {
        TestResponse response = call(accountsServlet, TestRequest.get("/api/accounts", null).as(Fakes.BEHEERDER));
        assertEquals("{\"accounts\":[{\"name\":\"analist\",\"roles\":[\"analist\"]},"
                + "{\"name\":\"beheerder\",\"roles\":[\"beheerder\",\"beleidsmedewerker\",\"analist\"]}]}",
                response.body());
    }

    @Test
    void createAccountIs201AndValidationErrorsAre400() throws Exception {
        TestResponse created = call(accountsServlet, TestRequest.post("/api/accounts", null).as(Fakes.BEHEERDER)
                .json("{\"name\":\"jan\",\"password\":\"een lang wachtwoord\",\"roles\":[\"analist\"]}"));
        assertEquals(201, created.status());
        assertEquals("{\"name\":\"jan\",\"roles\":[\"analist\"]}", created.body());
        assertEquals(new Account("jan", Set.of(Role.ANALIST)), accounts.accounts.get("jan"));

        TestResponse weak = call(accountsServlet, TestRequest.post("/api/accounts", null).as(Fakes.BEHEERDER)
                .json("{\"name\":\"piet\",\"password\":\"kort\"}"));
        assertEquals(400, weak.status());
        assertEquals("Het wachtwoord moet minstens 12 tekens lang zijn.", weak.reason());

        TestResponse role = call(accountsServlet, TestRequest.post("/api/accounts", null).as(Fakes.BEHEERDER)
                .json("{\"name\":\"piet\",\"password\":\"een lang wachtwoord\",\"roles\":[\"koning\"]}"));
        assertEquals(400, role.status());
        assertTrue(role.body().contains("'koning'"), "no HTML escaping of quotes: " + role.body());
        assertEquals("Onbekende rol 'koning'; kies uit beheerder, beleidsmedewerker, analist, uitvoerder.", role.reason());
    }

    @Test
    void deleteAccount() throws Exception {
        TestRequest own = TestRequest.get("/api/accounts", "/beheerder").method("DELETE").as(Fakes.BEHEERDER);
        assertEquals(409, call(accountsServlet, own).status());
        assertTrue(accounts.accounts.containsKey("beheerder"));

        TestRequest other = TestRequest.get("/api/accounts", "/analist").method("DELETE").as(Fakes.BEHEERDER);
        assertEquals(204, call(accountsServlet, other).status());
        assertEquals(404, call(accountsServlet, other).status());
    }

    @Test
    void tokenIsCreatedWithItsSecretOnceListedAndRevoked() throws Exception {
        TestResponse created = call(tokensServlet, TestRequest.post("/api/tokens", null).as(Fakes.BEHEERDER)
                .json("{\"account\":\"analist\",\"label\":\"power bi\"}"));
        assertEquals(201, created.status());
        JsonObject body = created.json();
        String id = body.getAsJsonObject("token").get("id").getAsString();
        assertEquals("wij_" + id + "_geheim", body.get("secret").getAsString());
        assertEquals("2025-03-01T09:00:00Z", body.getAsJsonObject("token").get("created").getAsString());

        TestResponse list = call(tokensServlet, TestRequest.get("/api/tokens", null).as(Fakes.BEHEERDER));
        assertEquals("{\"tokens\":[{\"id\":\"" + id + "\",\"account\":\"analist\",\"label\":\"power bi\","
                + "\"created\":\"2025-03-01T09:00:00Z\",\"lastUsed\":null}]}", list.body());
        assertTrue(!list.body().contains("geheim"), "no secret in the list");

        TestRequest revoke = TestRequest.get("/api/tokens", "/" + id).method("DELETE").as(Fakes.BEHEERDER);
        assertEquals(204, call(tokensServlet, revoke).status());
        assertEquals(404, call(tokensServlet, revoke).status());
    }

    @Test
    void tokenForUnknownAccountIs400() throws Exception {
        TestResponse response = call(tokensServlet, TestRequest.post("/api/tokens", null).as(Fakes.BEHEERDER)
                .json("{\"account\":\"niemand\"}"));
        assertEquals(400, response.status());
        assertEquals("Gebruiker 'niemand' bestaat niet.", response.reason());
    }
}
