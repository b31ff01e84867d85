package nl.wij.goab.web.impl;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import nl.wij.goab.logic.Besteding;
import nl.wij.goab.logic.Sisa;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.Maatregel;
import nl.wij.goab.model.Maatregeljaar;
import nl.wij.goab.model.SisaIndicator;
import nl.wij.goab.model.Uitkering;

/** The budget of one gemeente in one year as JSON: uitkering, measures with spending, totals, SiSa. */
final class Budget {

    private final GoabPackage goab;
    private final Gegevens gegevens;

    Budget(GoabPackage goab, Gegevens gegevens) {
        this.goab = goab;
        this.gegevens = gegevens;
    }

    /** Every year with an uitkering or figures. */
    Set<Integer> jaren() {
        Set<Integer> jaren = new TreeSet<>(gegevens.uitkeringsjaren());
        gegevens.maatregeljaren().forEach(j -> jaren.add(j.getJaar()));
        return jaren;
    }

    JsonObject overzicht(String gemeente, int jaar) {
        JsonObject json = new JsonObject();
        json.addProperty("gemeente", gemeente);
        json.addProperty("jaar", jaar);
        JsonArray jaren = new JsonArray();
        jaren().forEach(jaren::add);
        json.add("jaren", jaren);
        Uitkering uitkering = gegevens.lijst(goab.getUitkering(), Uitkering.class).stream()
                .filter(u -> u.getJaar() == jaar && u.getGemeente() != null && u.getGemeente().getCode().equals(gemeente))
                .findFirst().orElse(null);
        json.add("uitkering", uitkering == null ? null : uitkering(uitkering));

        Map<String, Maatregeljaar> cijfers = cijfers(jaar);
        JsonArray maatregelen = new JsonArray();
        BigDecimal begroot = BigDecimal.ZERO;
        BigDecimal besteed = BigDecimal.ZERO;
        for (Maatregel m : maatregelen(gemeente)) {
            Maatregeljaar j = cijfers.get(m.getCode());
            JsonObject mj = maatregel(m);
            if (j != null) {
                Besteding b = new Besteding(m.getCode(), jaar, j.getBegroot(), j.getBesteed());
                JsonObject jaarJson = new JsonObject();
                jaarJson.addProperty("plaatsen", j.getPlaatsen());
                jaarJson.addProperty("deelnemers", j.getDeelnemers());
                jaarJson.addProperty("begroot", j.getBegroot());
                jaarJson.addProperty("besteed", j.getBesteed());
                jaarJson.addProperty("verschil", b.verschil());
                jaarJson.addProperty("percentage", b.percentage());
                jaarJson.addProperty("stand", b.stand().name());
                mj.add("cijfers", jaarJson);
                begroot = begroot.add(j.getBegroot() == null ? BigDecimal.ZERO : j.getBegroot());
                besteed = besteed.add(j.getBesteed() == null ? BigDecimal.ZERO : j.getBesteed());
            } else {
                mj.add("cijfers", null);
            }
            maatregelen.add(mj);
        }
        json.add("maatregelen", maatregelen);
        JsonObject totaal = new JsonObject();
        totaal.addProperty("begroot", begroot);
        totaal.addProperty("besteed", besteed);
        totaal.addProperty("ruimte", uitkering == null ? null : uitkering.getBedrag().subtract(begroot));
        json.add("totaal", totaal);
        return json;
    }

    /** The SiSa lines of a year for the gemeente's measures. */
    List<Sisa.Waarde> sisa(String gemeente, int jaar) {
        Map<String, Maatregel> perCode = maatregelen(gemeente).stream()
                .collect(Collectors.toMap(Maatregel::getCode, Function.identity()));
        List<Sisa.Cijfers> cijfers = gegevens.maatregeljaren().stream()
                .filter(j -> j.getJaar() == jaar && perCode.containsKey(j.getMaatregel().getCode()))
                .map(j -> new Sisa.Cijfers(j.getMaatregel().getCode(), j.getMaatregel().getSoort().getLiteral(), jaar,
                        j.getPlaatsen(), j.getDeelnemers(), j.getBegroot(), j.getBesteed()))
                .toList();
        List<Sisa.Indicator> indicatoren = gegevens.lijst(goab.getSisaIndicator(), SisaIndicator.class).stream()
                .sorted(Comparator.comparing(SisaIndicator::getCode))
                .map(i -> new Sisa.Indicator(i.getCode(), i.getOmschrijving(),
                        i.getSoorten().stream().map(s -> s.getLiteral()).collect(Collectors.toSet()),
                        Sisa.Grootheid.valueOf(i.getGrootheid().getLiteral()), i.getVanafJaar(), i.getTotJaar()))
                .toList();
        return Sisa.verantwoording(jaar, indicatoren, cijfers);
    }

    List<Maatregel> maatregelen(String gemeente) {
        return gegevens.lijst(goab.getMaatregel(), Maatregel.class).stream()
                .filter(m -> m.getGemeente() == null || m.getGemeente().getCode().equals(gemeente)).toList();
    }

    Map<String, Maatregeljaar> cijfers(int jaar) {
        return gegevens.maatregeljaren().stream().filter(j -> j.getJaar() == jaar)
                .collect(Collectors.toMap(j -> j.getMaatregel().getCode(), Function.identity()));
    }

    static JsonObject uitkering(Uitkering u) {
        JsonObject json = new JsonObject();
        json.addProperty("sleutel", u.getSleutel());
        json.addProperty("jaar", u.getJaar());
        json.addProperty("bedrag", u.getBedrag());
        json.addProperty("beschikking", u.getBeschikking());
        json.addProperty("toelichting", u.getToelichting());
        json.addProperty("voorbeeld", u.isVoorbeeld());
        return json;
    }

    static JsonObject maatregel(Maatregel m) {
        JsonObject json = new JsonObject();
        json.addProperty("code", m.getCode());
        json.addProperty("naam", m.getNaam());
        json.addProperty("soort", m.getSoort().getLiteral());
        json.addProperty("aanbieder", m.getAanbieder());
        json.addProperty("doelgroep", m.getDoelgroep());
        json.addProperty("toelichting", m.getToelichting());
        json.addProperty("voorbeeld", m.isVoorbeeld());
        return json;
    }
}
