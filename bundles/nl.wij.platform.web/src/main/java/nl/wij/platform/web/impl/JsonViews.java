package nl.wij.platform.web.impl;

import java.time.Instant;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Role;
import nl.wij.platform.api.security.TokenInfo;

/** The JSON shapes of the security types, as documented in docs/http-api.md. */
final class JsonViews {

    private JsonViews() {
    }

    /** {@code {"name", "roles": [...]}} */
    static JsonObject account(Account account) {
        JsonObject json = new JsonObject();
        json.addProperty("name", account.name());
        json.add("roles", roles(account.roles()));
        return json;
    }

    /** {@code {"user", "roles": [...], "csrfToken"}}; the token is {@code null} for bearer callers. */
    static JsonObject session(Account account, String csrfToken) {
        JsonObject json = new JsonObject();
        json.addProperty("user", account.name());
        json.add("roles", roles(account.roles()));
        json.addProperty("csrfToken", csrfToken);
        return json;
    }

    /** {@code {"id", "account", "label", "created", "lastUsed"}} with ISO-8601 instants. */
    static JsonObject token(TokenInfo token) {
        JsonObject json = new JsonObject();
        json.addProperty("id", token.id());
        json.addProperty("account", token.account());
        json.addProperty("label", token.label());
        json.addProperty("created", iso(token.created()));
        json.addProperty("lastUsed", iso(token.lastUsed()));
        return json;
    }

    /** Role ids in the order of {@link Role}. */
    static JsonArray roles(Set<Role> roles) {
        JsonArray json = new JsonArray();
        roles.stream().sorted().map(Role::id).forEach(json::add);
        return json;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
