package nl.wij.platform.api.security;

import java.util.Set;

/**
 * A local account, without its secret.
 *
 * @param name the login name
 * @param roles the roles it holds
 */
public record Account(String name, Set<Role> roles) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
