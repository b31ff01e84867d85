package nl.wij.platform.web.impl;

/**
 * What the access decision looks at, taken from one request; any header may be {@code null}.
 *
 * @param method the HTTP method
 * @param path the decoded path within the context, as the whiteboard matches it
 * @param accept the {@code Accept} header
 * @param authorization the {@code Authorization} header
 * @param sessionId the value of the {@code WIJ_SESSION} cookie
 * @param csrfToken the {@code X-CSRF-Token} header
 * @param origin the {@code Origin} header
 * @param host the {@code Host} header
 * @param secure whether the request came over HTTPS
 */
record RequestFacts(String method, String path, String accept, String authorization, String sessionId,
        String csrfToken, String origin, String host, boolean secure) {
}
