package nl.wij.goab.web.impl;

import java.util.Comparator;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.store.StoreSession;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.Uitkering;

/**
 * Which gemeente a budget view shows: the one asked for; else the gemeente of the latest uitkering;
 * else the only gemeente in the store; else none (the view asks).
 */
final class Gemeentekeuze {

    private Gemeentekeuze() {
    }

    static String kies(CorePackage core, GoabPackage goab, StoreSession session, String gevraagd) {
        if (gevraagd != null && !gevraagd.isBlank()) {
            return gevraagd.strip();
        }
        List<Uitkering> uitkeringen = session.list(goab.getUitkering()).stream().map(Uitkering.class::cast)
                .filter(u -> u.getGemeente() != null).sorted(Comparator.comparingInt(Uitkering::getJaar).reversed()).toList();
        if (!uitkeringen.isEmpty()) {
            return uitkeringen.get(0).getGemeente().getCode();
        }
        List<?> gemeenten = session.list(core.getGemeente());
        return gemeenten.size() == 1 ? ((Gemeente) gemeenten.get(0)).getCode() : null;
    }

    /** The stored gemeente with this code; a 400 naming it when there is none. */
    static Gemeente bestaand(CorePackage core, StoreSession session, String code) {
        return (Gemeente) session.get(core.getGemeente(), code)
                .orElseThrow(() -> ApiFout.ongeldig("Gemeente " + code + " staat niet in de opslag."));
    }

    /** Every gemeente in the store: {@code [{"code","naam"}]}. */
    static JsonArray lijst(CorePackage core, StoreSession session) {
        JsonArray lijst = new JsonArray();
        session.list(core.getGemeente()).stream().map(Gemeente.class::cast)
                .filter(g -> g.getOpgeheven() == null)
                .sorted(Comparator.comparing(Gemeente::getNaam, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(g -> {
                    JsonObject json = new JsonObject();
                    json.addProperty("code", g.getCode());
                    json.addProperty("naam", g.getNaam());
                    lijst.add(json);
                });
        return lijst;
    }
}
