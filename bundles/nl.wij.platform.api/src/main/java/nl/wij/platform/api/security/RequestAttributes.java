package nl.wij.platform.api.security;

/** Names of the request attributes the platform's HTTP security sets on every authenticated request. */
public final class RequestAttributes {

    /** The {@link Account} of the caller (session or bearer token). */
    public static final String ACCOUNT = "nl.wij.platform.account";

    private RequestAttributes() {
    }
}
