package nl.wij.platform.api.security;

/**
 * A freshly created token.
 *
 * @param info what is stored about it
 * @param secret the bearer secret, shown to the user exactly once
 */
public record IssuedToken(TokenInfo info, String secret) {
}
