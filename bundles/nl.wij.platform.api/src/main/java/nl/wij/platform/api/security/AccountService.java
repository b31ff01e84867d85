package nl.wij.platform.api.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/** Local accounts: login and administration. */
@ProviderType
public interface AccountService {

    /**
     * Checks a login attempt. Repeated failures for the same name or client are throttled.
     *
     * @param client an identifier of the caller (its address) used for throttling
     * @return the account when name and password match
     * @throws LoginThrottledException when too many attempts failed recently
     */
    Optional<Account> authenticate(String name, char[] password, String client) throws LoginThrottledException;

    Optional<Account> find(String name);

    List<Account> list();

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException with a Dutch message when the name is taken or invalid, or
     *         the password is too weak
     */
    Account create(String name, char[] password, Set<Role> roles);

    /** Removes an account and its tokens; returns whether it existed. */
    boolean delete(String name);
}
