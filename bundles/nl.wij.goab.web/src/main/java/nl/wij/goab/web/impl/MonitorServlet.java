package nl.wij.goab.web.impl;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.core.model.CorePackage;
import nl.wij.core.store.ModelStore;
import nl.wij.goab.logic.Bereik;
import nl.wij.goab.logic.Peuterfeiten;
import nl.wij.goab.logic.Regel;
import nl.wij.goab.logic.Regelboek;
import nl.wij.goab.logic.Signaleringen;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.Maatregel;
import nl.wij.goab.model.Maatregeljaar;
import nl.wij.goab.model.Peuter;
import nl.wij.platform.api.security.Account;

/**
 * {@code GET /api/goab/monitor[?peildatum=&jaar=&gemeente=]}: the policy figures of the seeds' questions,
 * aggregated for every logged-in user: bereik per wijk and in total on the peildatum (today by
 * default), the quarterly figures of a year, the measures per kind with their cost, the indicaties
 * per kind of criterion and the reasons for not taking part. Counts of peuters from 1 to 4 are
 * suppressed ({@code null} with {@code "onderdrukt": true}), with the percentages made from them.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/goab/monitor")
public final class MonitorServlet extends GoabServlet {

    private static final long serialVersionUID = 1L;

    private final transient ModelStore store;
    private final transient GoabPackage goab;
    private final transient CorePackage core;
    private final transient Clock clock;

    @Activate
    public MonitorServlet(@Reference ModelStore store, @Reference GoabPackage goab, @Reference CorePackage core) {
        this.store = store;
        this.goab = goab;
        this.core = core;
        this.clock = Clock.systemDefaultZone();
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        LocalDate peildatum = peildatum(request);
        int jaar = getal(request, "jaar", peildatum.getYear());
        ok(response, store.read(session -> {
            Gegevens gegevens = new Gegevens(goab, session);
            Regelboek regels = gegevens.regels();
            Bereik bereik = new Bereik(regels);
            List<Peuter> peuters = gegevens.peuters();
            List<Peuterfeiten> feiten = peuters.stream().map(Gegevens::feiten).toList();
            JsonObject json = new JsonObject();
            json.addProperty("peildatum", peildatum.toString());
            json.addProperty("jaar", jaar);
            json.addProperty("streefPercentage", regels.zoek(Regel.bereikStreefPercentage, peildatum).orElse(null));
            json.addProperty("voorbeeld", peuters.stream().anyMatch(Peuter::isVoorbeeld));
            JsonArray wijken = new JsonArray();
            bereik.opPeildatum(feiten, peildatum).forEach(c -> wijken.add(cijfer(c)));
            json.add("bereik", wijken);
            JsonArray kwartalen = new JsonArray();
            for (Bereik.Kwartaal k : bereik.perKwartaal(feiten, jaar)) {
                JsonObject kw = cijfer(k.bereik());
                kw.addProperty("kwartaal", k.kwartaal());
                aantal(kw, "gestart", k.gestart());
                kwartalen.add(kw);
            }
            json.add("kwartalen", kwartalen);
            json.add("maatregelen", maatregelen(gegevens, jaar,
                    Gemeentekeuze.kies(core, goab, session, request.getParameter("gemeente"))));
            Map<String, Integer> criteria = new TreeMap<>();
            Map<String, Integer> redenen = new TreeMap<>();
            for (Peuter p : peuters) {
                Peuterfeiten f = Gegevens.feiten(p);
                if (!bereik.doelgroep(f, peildatum)) {
                    continue;
                }
                criteria.merge(p.getIndicatiecriterium() == null ? "onbekend" : p.getIndicatiecriterium().getSoort().getLiteral(),
                        1, Integer::sum);
                if (!f.geplaatstOp(peildatum)) {
                    redenen.merge(p.isSetRedenNietDeelname() ? p.getRedenNietDeelname().getLiteral() : "onbekend", 1, Integer::sum);
                }
            }
            json.add("indicaties", tellingen(criteria));
            json.add("redenenNietDeelname", tellingen(redenen));
            return json;
        }));
    }

    private LocalDate peildatum(HttpServletRequest request) {
        String tekst = request.getParameter("peildatum");
        if (tekst == null || tekst.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiFout.ongeldig("Parameter 'peildatum' moet een datum zijn (jjjj-mm-dd).");
        }
    }

    private JsonArray maatregelen(Gegevens gegevens, int jaar, String gemeente) {
        Map<String, JsonObject> perSoort = new TreeMap<>();
        for (Maatregeljaar j : gegevens.maatregeljaren()) {
            Maatregel m = j.getMaatregel();
            if (j.getJaar() != jaar || (gemeente != null && m.getGemeente() != null && !m.getGemeente().getCode().equals(gemeente))) {
                continue;
            }
            JsonObject soort = perSoort.computeIfAbsent(m.getSoort().getLiteral(), s -> {
                JsonObject json = new JsonObject();
                json.addProperty("soort", s);
                json.addProperty("maatregelen", 0);
                json.addProperty("plaatsen", 0);
                json.addProperty("deelnemers", 0);
                json.addProperty("begroot", BigDecimal.ZERO);
                json.addProperty("besteed", BigDecimal.ZERO);
                json.addProperty("voorbeeld", false);
                return json;
            });
            soort.addProperty("maatregelen", soort.get("maatregelen").getAsInt() + 1);
            soort.addProperty("plaatsen", soort.get("plaatsen").getAsInt() + (j.getPlaatsen() == null ? 0 : j.getPlaatsen()));
            soort.addProperty("deelnemers", soort.get("deelnemers").getAsInt() + (j.getDeelnemers() == null ? 0 : j.getDeelnemers()));
            soort.addProperty("begroot", soort.get("begroot").getAsBigDecimal().add(j.getBegroot() == null ? BigDecimal.ZERO : j.getBegroot()));
            soort.addProperty("besteed", soort.get("besteed").getAsBigDecimal().add(j.getBesteed() == null ? BigDecimal.ZERO : j.getBesteed()));
            soort.addProperty("voorbeeld", soort.get("voorbeeld").getAsBoolean() || m.isVoorbeeld());
        }
        JsonArray lijst = new JsonArray();
        perSoort.values().forEach(lijst::add);
        return lijst;
    }

    /** One bereik figure with its counts suppressed when small. */
    private static JsonObject cijfer(Bereik.Cijfer c) {
        JsonObject json = new JsonObject();
        json.addProperty("wijk", c.wijk());
        boolean klein = Signaleringen.klein(c.doelgroep()) || Signaleringen.klein(c.geplaatst());
        aantal(json, "doelgroep", c.doelgroep());
        aantal(json, "geplaatst", c.geplaatst());
        json.addProperty("percentage", klein ? null : c.percentage());
        return json;
    }

    private static JsonArray tellingen(Map<String, Integer> tellingen) {
        JsonArray lijst = new JsonArray();
        tellingen.forEach((wat, n) -> {
            JsonObject json = new JsonObject();
            json.addProperty("code", wat);
            aantal(json, "aantal", n);
            lijst.add(json);
        });
        return lijst;
    }

    private static void aantal(JsonObject json, String veld, int aantal) {
        json.addProperty(veld, Signaleringen.klein(aantal) ? null : aantal);
        if (Signaleringen.klein(aantal)) {
            json.addProperty(veld + "Onderdrukt", true);
        }
    }

}
