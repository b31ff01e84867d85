package nl.wij.goab.web.impl;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Vestiging;
import nl.wij.core.model.support.Datums;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.StoreSession;
import nl.wij.goab.logic.Regel;
import nl.wij.goab.logic.Scores;
import nl.wij.goab.model.Achterstandsscore;
import nl.wij.goab.model.GoabPackage;
import nl.wij.platform.api.security.Account;

/**
 * {@code GET /api/goab/scores[?peildatum=]}: the CBS achterstandsscores per gemeente on a peildatum
 * (the latest by default): vestigingen, pupils, sum of scores and the share of pupils in schools with
 * a high score (threshold: the rule scoreHoogPer100Leerlingen on the peildatum).
 * {@code GET /api/goab/scores/<gemeentecode>}: the schools of one gemeente. Public figures: every
 * logged-in user.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/goab/scores", "/api/goab/scores/*"})
public final class ScoresServlet extends GoabServlet {

    private static final long serialVersionUID = 1L;

    private final transient ModelStore store;
    private final transient GoabPackage goab;
    private final transient CorePackage core;

    @Activate
    public ScoresServlet(@Reference ModelStore store, @Reference GoabPackage goab, @Reference CorePackage core) {
        this.store = store;
        this.goab = goab;
        this.core = core;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        List<String> delen = delen(request);
        if (delen.size() > 1) {
            throw ApiFout.nietGevonden("Het adres " + request.getRequestURI() + " bestaat niet.");
        }
        ok(response, store.read(session -> {
            TreeSet<LocalDate> peildata = peildata(session);
            LocalDate peildatum = peildatum(request, peildata);
            JsonObject json = new JsonObject();
            json.add("peildata", GSON.toJsonTree(peildata.stream().map(LocalDate::toString).toList()));
            json.addProperty("peildatum", peildatum == null ? null : peildatum.toString());
            json.addProperty("bron", "Bron: CBS");
            if (peildatum == null) {
                json.add("gemeenten", new JsonArray());
                return json;
            }
            BigDecimal drempel = new Gegevens(goab, session).regels().waarde(Regel.scoreHoogPer100Leerlingen, peildatum);
            json.addProperty("drempel", drempel);
            List<Achterstandsscore> scores = session.list(goab.getAchterstandsscore(),
                    goab.getAchterstandsscore_Peildatum(), Datums.datum(peildatum)).stream()
                    .map(Achterstandsscore.class::cast).toList();
            if (delen.isEmpty()) {
                json.add("gemeenten", gemeenten(session, scores, drempel));
                json.addProperty("zonderGemeente", scores.stream().filter(s -> s.getVestiging().getGemeente() == null).count());
            } else {
                json.addProperty("gemeente", delen.get(0));
                json.add("scholen", scholen(scores, delen.get(0), drempel));
            }
            return json;
        }));
    }

    private TreeSet<LocalDate> peildata(StoreSession session) {
        return session.list(goab.getAchterstandsscore()).stream()
                .map(s -> Datums.dag(((Achterstandsscore) s).getPeildatum()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static LocalDate peildatum(HttpServletRequest request, TreeSet<LocalDate> peildata) {
        String gevraagd = request.getParameter("peildatum");
        if (gevraagd == null || gevraagd.isBlank()) {
            return peildata.isEmpty() ? null : peildata.last();
        }
        try {
            return LocalDate.parse(gevraagd.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiFout.ongeldig("Parameter 'peildatum' moet een datum zijn (jjjj-mm-dd).");
        }
    }

    private JsonArray gemeenten(StoreSession session, List<Achterstandsscore> scores, BigDecimal drempel) {
        Map<String, String> namen = session.list(core.getGemeente()).stream().map(Gemeente.class::cast)
                .collect(Collectors.toMap(Gemeente::getCode, g -> g.getNaam() == null ? g.getCode() : g.getNaam()));
        JsonArray lijst = new JsonArray();
        for (Scores.Gemeente g : Scores.perGemeente(scores.stream().map(ScoresServlet::school).toList(), drempel)) {
            JsonObject json = new JsonObject();
            json.addProperty("code", g.gemeente());
            json.addProperty("naam", namen.getOrDefault(g.gemeente(), g.gemeente()));
            json.addProperty("vestigingen", g.vestigingen());
            json.addProperty("leerlingen", g.leerlingen());
            json.addProperty("somScore", g.somScore());
            json.addProperty("leerlingenHoog", g.leerlingenHoog());
            json.addProperty("aandeelHoog", g.aandeelHoog());
            lijst.add(json);
        }
        return lijst;
    }

    private static JsonArray scholen(List<Achterstandsscore> scores, String gemeente, BigDecimal drempel) {
        JsonArray lijst = new JsonArray();
        scores.stream().filter(s -> s.getVestiging().getGemeente() != null
                        && s.getVestiging().getGemeente().getCode().equals(gemeente))
                .sorted(Comparator.comparing((Achterstandsscore s) -> s.getScore() == null ? BigDecimal.ZERO : s.getScore()).reversed())
                .forEach(s -> {
                    Vestiging v = s.getVestiging();
                    Scores.School school = school(s);
                    JsonObject json = new JsonObject();
                    json.addProperty("brin6", v.getBrin6());
                    json.addProperty("naam", v.getNaam());
                    json.addProperty("plaats", v.getPlaats());
                    json.addProperty("leerlingen", s.getBekostigdeLeerlingen());
                    json.addProperty("score", s.getScore());
                    json.addProperty("per100", school.leerlingen() > 0 && s.getScore() != null
                            ? s.getScore().multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(school.leerlingen()), 1,
                                    RoundingMode.HALF_UP) : null);
                    json.addProperty("hoog", Scores.hoog(school, drempel));
                    json.addProperty("onbetrouwbaar", s.isOnbetrouwbaar());
                    lijst.add(json);
                });
        return lijst;
    }

    private static Scores.School school(Achterstandsscore s) {
        Vestiging v = s.getVestiging();
        return new Scores.School(v.getBrin6(), v.getGemeente() == null ? null : v.getGemeente().getCode(),
                s.getBekostigdeLeerlingen() == null ? 0 : s.getBekostigdeLeerlingen(), s.getScore());
    }
}
