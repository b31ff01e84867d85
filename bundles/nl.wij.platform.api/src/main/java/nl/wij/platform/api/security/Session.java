package nl.wij.platform.api.security;

/**
 * A login session of a browser.
 *
 * @param id the secret session id carried in the session cookie
 * @param account the account logged in
 * @param csrfToken the token a browser must echo in the {@code X-CSRF-Token} header of every
 *        state-changing request
 */
public record Session(String id, Account account, String csrfToken) {
}
