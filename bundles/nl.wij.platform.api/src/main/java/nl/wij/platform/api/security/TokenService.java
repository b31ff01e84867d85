package nl.wij.platform.api.security;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Bearer tokens for API clients (scripts, BI tools, tests). Only their hashes are stored. */
@ProviderType
public interface TokenService {

    /**
     * Issues a token for an existing account. The secret is returned once and never stored.
     *
     * @throws IllegalArgumentException with a Dutch message when the account does not exist
     */
    IssuedToken create(String accountName, String label);

    /** The account a presented token belongs to, if the token is known and not revoked. */
    Optional<Account> verify(String secret);

    List<TokenInfo> list();

    /** Revokes a token by its public id; returns whether it existed. */
    boolean revoke(String id);
}
