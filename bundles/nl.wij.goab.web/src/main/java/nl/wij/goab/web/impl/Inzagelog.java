package nl.wij.goab.web.impl;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;

import nl.wij.core.store.StoreSession;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.Inzagehandeling;
import nl.wij.goab.model.PeuterInzage;

/**
 * The access log of peuters: who saw, created, changed, deleted or exported which peuter, when. It is
 * written in the same transaction as a change, and as its own write for a read, so a peuter is never
 * shown without the log saying so.
 */
final class Inzagelog {

    /** The peuter code of an access to the whole list. */
    static final String ALLE = "*";

    private final GoabPackage goab;
    private final Clock clock;

    Inzagelog(GoabPackage goab, Clock clock) {
        this.goab = goab;
        this.clock = clock;
    }

    void schrijf(StoreSession session, String gebruiker, String peuter, Inzagehandeling handeling) {
        PeuterInzage inzage = goab.getGoabFactory().createPeuterInzage();
        inzage.setId(UUID.randomUUID().toString());
        inzage.setTijdstip(Date.from(clock.instant()));
        inzage.setGebruiker(gebruiker);
        inzage.setPeuter(peuter);
        inzage.setHandeling(handeling);
        session.save(inzage);
    }
}
