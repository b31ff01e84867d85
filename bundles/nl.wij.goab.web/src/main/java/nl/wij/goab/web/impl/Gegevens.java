package nl.wij.goab.web.impl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.wij.core.model.support.Datums;
import nl.wij.core.store.StoreSession;
import nl.wij.goab.logic.Parameter;
import nl.wij.goab.logic.Periode;
import nl.wij.goab.logic.Peuterfeiten;
import nl.wij.goab.logic.Regel;
import nl.wij.goab.logic.Regelboek;
import nl.wij.goab.logic.Weekrooster;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.Maatregeljaar;
import nl.wij.goab.model.Peuter;
import nl.wij.goab.model.Regelparameter;
import nl.wij.goab.model.Uitkering;
import nl.wij.goab.model.Vakantie;

/** Reads the store's GOAB objects into the plain values of {@code nl.wij.goab.logic}. */
final class Gegevens {

    private final GoabPackage goab;
    private final StoreSession session;

    Gegevens(GoabPackage goab, StoreSession session) {
        this.goab = goab;
        this.session = session;
    }

    <T> List<T> lijst(org.eclipse.emf.ecore.EClass eClass, Class<T> type) {
        return session.list(eClass).stream().map(type::cast).toList();
    }

    Regelboek regels() {
        List<Parameter> parameters = new ArrayList<>();
        for (Regelparameter p : lijst(goab.getRegelparameter(), Regelparameter.class)) {
            parameters.add(new Parameter(Regel.valueOf(p.getRegel().getLiteral()), p.getWaarde(), Datums.dag(p.getGeldigVanaf()),
                    Datums.dag(p.getGeldigTot())));
        }
        return new Regelboek(parameters);
    }

    List<Periode> vakanties() {
        return lijst(goab.getVakantie(), Vakantie.class).stream()
                .map(v -> new Periode(Datums.dag(v.getVan()), Datums.dag(v.getTot()))).toList();
    }

    List<Peuter> peuters() {
        return lijst(goab.getPeuter(), Peuter.class);
    }

    Set<Integer> uitkeringsjaren() {
        Set<Integer> jaren = new TreeSet<>();
        lijst(goab.getUitkering(), Uitkering.class).forEach(u -> jaren.add(u.getJaar()));
        return jaren;
    }

    List<Maatregeljaar> maatregeljaren() {
        return lijst(goab.getMaatregeljaar(), Maatregeljaar.class);
    }

    /** The facts the rules need of a peuter. */
    static Peuterfeiten feiten(Peuter p) {
        LocalDate van = Datums.dag(p.getPlaatsingVanaf());
        Periode plaatsing = van == null ? null : new Periode(van, Datums.dag(p.getPlaatsingTot()));
        return new Peuterfeiten(p.getCode(), p.getWijkcode(), Datums.dag(p.getGeboortedatum()), Datums.dag(p.getIndicatiedatum()),
                plaatsing, p.getLocatie() == null ? null : p.getLocatie().getLrkNummer());
    }

    /** The peuter's rooster, or {@code null} when not five values are planned. */
    static Weekrooster rooster(Peuter p) {
        List<BigDecimal> uren = p.getUrenPerDag();
        return uren.size() == 5 ? new Weekrooster(uren) : null;
    }
}
