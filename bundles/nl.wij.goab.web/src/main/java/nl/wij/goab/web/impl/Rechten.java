package nl.wij.goab.web.impl;

import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Role;

/**
 * Who may do what in the GOAB module. Every logged-in user reads the policy figures (budget,
 * measures, scores, locaties, aggregated bereik); beheerder and beleidsmedewerker change them; only
 * an uitvoerder sees and changes peuters one by one, and every such access is logged.
 */
final class Rechten {

    private Rechten() {
    }

    static void wijzigen(Account account) {
        if (!account.hasRole(Role.BEHEERDER) && !account.hasRole(Role.BELEIDSMEDEWERKER)) {
            throw ApiFout.verboden("Alleen een beleidsmedewerker of beheerder mag budget, maatregelen, locaties en regels wijzigen.");
        }
    }

    static void personen(Account account) {
        if (!account.hasRole(Role.UITVOERDER)) {
            throw ApiFout.verboden("Gegevens van peuters zijn persoonsgegevens: alleen een account met de rol uitvoerder ziet"
                    + " ze per kind. Cijfers per wijk staan in de monitor.");
        }
    }

    static boolean magPersonen(Account account) {
        return account.hasRole(Role.UITVOERDER);
    }
}
