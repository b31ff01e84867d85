package nl.wij.ihp.web.impl.data;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nl.wij.ihp.logic.Betaler;
import nl.wij.ihp.logic.Plantotalen;

/** Plan totals as JSON: {@code perJaar:[{jaar, gemeente, schoolbestuur}], perBetaler, totaal, onvolledig:[{nummer, naam, reden}]}. */
public final class Totalen {

    private Totalen() {
    }

    public static JsonObject json(Plantotalen.Totalen totalen) {
        JsonObject json = new JsonObject();
        JsonArray perJaar = new JsonArray();
        totalen.perJaar().keySet().forEach(jaar -> {
            JsonObject regel = new JsonObject();
            regel.addProperty("jaar", jaar);
            for (Betaler betaler : Betaler.values()) {
                regel.add(betaler.name(), Json.primitive(totalen.van(jaar, betaler)));
            }
            perJaar.add(regel);
        });
        json.add("perJaar", perJaar);
        Map<String, BigDecimal> perBetaler = new TreeMap<>();
        for (Betaler betaler : Betaler.values()) {
            perBetaler.put(betaler.name(), totalen.perBetaler().getOrDefault(betaler, BigDecimal.ZERO));
        }
        json.add("perBetaler", Json.GSON.toJsonTree(perBetaler));
        json.add("totaal", Json.primitive(totalen.totaal()));
        JsonArray onvolledig = new JsonArray();
        totalen.onvolledig().forEach(r -> {
            JsonObject regel = new JsonObject();
            regel.addProperty("nummer", r.project().nummer());
            regel.addProperty("naam", r.project().naam());
            regel.addProperty("reden", r.kosten().isEmpty() ? "geen kostenraming (geen oppervlakte of normbedrag)"
                    : "betaler niet vastgelegd (renovatie is wettelijk niet geregeld)");
            onvolledig.add(regel);
        });
        json.add("onvolledig", onvolledig);
        return json;
    }

}
