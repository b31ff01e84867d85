package nl.wij.platform.api.security;

import java.time.Instant;

/**
 * A stored token, without its secret.
 *
 * @param id public id, also the first characters of the secret
 * @param account the account the token acts as
 * @param label what the beheerder wrote about its use
 * @param created when it was created
 * @param lastUsed when it was last presented, or {@code null}
 */
public record TokenInfo(String id, String account, String label, Instant created, Instant lastUsed) {
}
