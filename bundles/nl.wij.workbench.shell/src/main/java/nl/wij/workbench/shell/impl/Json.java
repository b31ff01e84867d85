package nl.wij.workbench.shell.impl;

import java.io.IOException;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.RequestAttributes;

/** Writing JSON answers and errors in the format of docs/http-api.md. */
final class Json {

    static final Gson GSON = new Gson();

    private Json() {
    }

    static void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        GSON.toJson(body, response.getWriter());
    }

    static void error(HttpServletResponse response, int status, String error, String reason) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("error", error);
        body.addProperty("reason", reason);
        write(response, status, body);
    }

    /**
     * The caller's account, set by the platform's HTTP security; answers 401 and returns null when
     * there is none (which only happens when the security bundle is missing).
     */
    static Account account(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object account = request.getAttribute(RequestAttributes.ACCOUNT);
        if (account instanceof Account a) {
            return a;
        }
        error(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Log eerst in.");
        return null;
    }
}
