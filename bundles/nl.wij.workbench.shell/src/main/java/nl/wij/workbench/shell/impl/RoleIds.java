package nl.wij.workbench.shell.impl;

import java.util.Set;
import java.util.stream.Collectors;

import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Role;

/** The role ids of an account, as contributions name them. */
final class RoleIds {

    private RoleIds() {
    }

    static Set<String> of(Account account) {
        return account.roles().stream().map(Role::id).collect(Collectors.toUnmodifiableSet());
    }
}
