package nl.wij.platform.api.security;

import java.util.Locale;
import java.util.Optional;

/** The roles a WIJ account can hold. Their ids are the lower-case names used in the UI and API. */
public enum Role {
    /** Composes the toolset: modules, accounts and tokens. */
    BEHEERDER,
    /** Keeps plans, agreements and figures of a domain. */
    BELEIDSMEDEWERKER,
    /** Queries across domains, sees aggregates only. */
    ANALIST,
    /**
     * Works with person-level data for a task the gemeente gave the account (uitvoering, e.g. the
     * toeleiding to voorschoolse educatie). Modules show individual persons only to this role and
     * log who saw whom; every other role sees aggregates. Never granted implicitly: not to the
     * initial beheerder, only by a beheerder who gives it to an account on purpose.
     */
    UITVOERDER;

    /** The role id as written in the API, e.g. {@code beheerder}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this id, if any. */
    public static Optional<Role> fromId(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
