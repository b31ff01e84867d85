package nl.wij.goab.web.impl;

import nl.wij.goab.logic.Signaleringen;

/** Small counts of persons, which the monitor and its export do not show exactly. */
final class Monitoraantallen {

    private Monitoraantallen() {
    }

    /** 1 to 4 persons: shown as {@code <5} (0 is shown). */
    static boolean klein(int aantal) {
        return aantal > 0 && aantal < Signaleringen.KLEIN_AANTAL;
    }
}
