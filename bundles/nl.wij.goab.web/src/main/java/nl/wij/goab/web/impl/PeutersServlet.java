package nl.wij.goab.web.impl;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.core.model.support.Datums;
import nl.wij.core.store.ModelStore;
import nl.wij.goab.logic.Invoercontrole;
import nl.wij.goab.logic.OntbrekendeRegel;
import nl.wij.goab.logic.Periode;
import nl.wij.goab.logic.VeUren;
import nl.wij.goab.logic.Weekrooster;
import nl.wij.goab.model.Doelgroepcriterium;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.Inzagehandeling;
import nl.wij.goab.model.Peuter;
import nl.wij.goab.model.PeuterInzage;
import nl.wij.goab.model.RedenNietDeelname;
import nl.wij.goab.model.Toeleiding;
import nl.wij.goab.model.VeLocatie;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.Role;

/**
 * {@code /api/goab/peuters}: person-level data, for the role uitvoerder only. {@code GET} lists the
 * peuters with the hours their placement can reach ({@code VeUren}); {@code GET /<code>} shows one;
 * {@code POST} creates or changes one (checked: no birth date in the future, 0 to 24 hours a day,
 * ...); {@code DELETE /<code>} removes one. Every one of these writes the access log in the
 * caller's name; {@code GET /inzage} shows that log to an uitvoerder or beheerder.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/goab/peuters", "/api/goab/peuters/*"})
public final class PeutersServlet extends GoabServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> TOELEIDING = Toeleiding.VALUES.stream().map(Toeleiding::getLiteral).toList();
    private static final List<String> REDENEN = RedenNietDeelname.VALUES.stream().map(RedenNietDeelname::getLiteral).toList();

    private final transient ModelStore store;
    private final transient GoabPackage goab;
    private final transient Clock clock;
    private final transient Inzagelog log;

    @Activate
    public PeutersServlet(@Reference ModelStore store, @Reference GoabPackage goab) {
        this(store, goab, Clock.systemDefaultZone());
    }

    PeutersServlet(ModelStore store, GoabPackage goab, Clock clock) {
        this.store = store;
        this.goab = goab;
        this.clock = clock;
        this.log = new Inzagelog(goab, clock);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        List<String> delen = delen(request);
        if (delen.equals(List.of("inzage"))) {
            if (!account.hasRole(Role.BEHEERDER)) {
                Rechten.personen(account);
            }
            ok(response, inzage());
            return;
        }
        Rechten.personen(account);
        if (delen.size() > 1) {
            throw ApiFout.nietGevonden("Het adres " + request.getRequestURI() + " bestaat niet.");
        }
        String code = delen.isEmpty() ? Inzagelog.ALLE : delen.get(0);
        ok(response, store.write(account.name(), session -> {
            Gegevens gegevens = new Gegevens(goab, session);
            VeUren uren = new VeUren(gegevens.regels());
            List<Periode> vakanties = gegevens.vakanties();
            JsonObject json = new JsonObject();
            if (delen.isEmpty()) {
                JsonArray lijst = new JsonArray();
                gegevens.peuters().stream().sorted(Comparator.comparing(Peuter::getCode))
                        .forEach(p -> lijst.add(peuter(p, uren, vakanties)));
                json.add("peuters", lijst);
                json.add("keuzes", keuzes(gegevens));
            } else {
                Peuter p = (Peuter) session.get(goab.getPeuter(), code)
                        .orElseThrow(() -> ApiFout.nietGevonden("Peuter " + code + " bestaat niet."));
                json = peuter(p, uren, vakanties);
            }
            log.schrijf(session, account.name(), code, Inzagehandeling.BEKEKEN);
            return json;
        }));
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        Rechten.personen(account);
        if (!delen(request).isEmpty()) {
            throw ApiFout.nietGevonden("Het adres " + request.getRequestURI() + " bestaat niet.");
        }
        Velden velden = new Velden(body(request));
        String code = velden.code("code", "Code", "[A-Z0-9][A-Z0-9-]{3,19}",
                "een pseudoniem van 4 tot 20 hoofdletters, cijfers en streepjes, nooit een naam of BSN", true);
        LocalDate geboren = velden.datum("geboortedatum", "Geboortedatum", true);
        String wijk = velden.code("wijkcode", "Wijk", "WK[0-9]{6}", "een CBS-wijkcode zoals WK047901", false);
        LocalDate indicatie = velden.datum("indicatiedatum", "Indicatiedatum", false);
        String criterium = velden.tekst("indicatiecriterium", "Indicatiecriterium", false);
        String toeleiding = velden.keuze("toeleiding", "Toeleiding", TOELEIDING, false);
        String locatie = velden.code("locatie", "VE-locatie", "[0-9]{9}", "het LRK-nummer van een VE-locatie", false);
        List<BigDecimal> urenPerDag = velden.getallen("urenPerDag", "Uren per dag");
        LocalDate van = velden.datum("plaatsingVanaf", "Plaatsing vanaf", false);
        LocalDate tot = velden.datum("plaatsingTot", "Plaatsing tot en met", false);
        String reden = velden.keuze("redenNietDeelname", "Reden van niet deelnemen", REDENEN, false);
        velden.klaar();
        velden.voegToe(Invoercontrole.peuter(LocalDate.now(clock), geboren, indicatie, urenPerDag, van, tot));
        if (van != null && locatie == null) {
            velden.fout("locatie", "VE-locatie: een plaatsing hoort bij een VE-locatie.");
        }
        velden.klaar();
        ok(response, store.write(account.name(), session -> {
            Peuter bestaand = (Peuter) session.get(goab.getPeuter(), code).orElse(null);
            Peuter p = bestaand != null ? bestaand : goab.getGoabFactory().createPeuter();
            p.setCode(code);
            p.setGeboortedatum(Datums.datum(geboren));
            p.setWijkcode(wijk);
            p.setIndicatiedatum(Datums.datum(indicatie));
            p.setIndicatiecriterium(criterium == null ? null : (Doelgroepcriterium) session.get(goab.getDoelgroepcriterium(),
                    criterium).orElseThrow(() -> ApiFout.ongeldig("Indicatiecriterium " + criterium + " bestaat niet.")));
            if (toeleiding == null) {
                p.unsetToeleiding();
            } else {
                p.setToeleiding(Toeleiding.get(toeleiding));
            }
            p.setLocatie(locatie == null ? null : (VeLocatie) session.get(goab.getVeLocatie(), locatie)
                    .orElseThrow(() -> ApiFout.ongeldig("VE-locatie met LRK-nummer " + locatie + " bestaat niet.")));
            p.getUrenPerDag().clear();
            p.getUrenPerDag().addAll(urenPerDag);
            p.setPlaatsingVanaf(Datums.datum(van));
            p.setPlaatsingTot(Datums.datum(tot));
            if (reden == null) {
                p.unsetRedenNietDeelname();
            } else {
                p.setRedenNietDeelname(RedenNietDeelname.get(reden));
            }
            JsonObject json = new JsonObject();
            json.addProperty("code", code);
            json.addProperty("result", session.save(p).name());
            log.schrijf(session, account.name(), code, bestaand == null ? Inzagehandeling.AANGEMAAKT : Inzagehandeling.GEWIJZIGD);
            return json;
        }));
    }

    @Override
    protected void delete(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        Rechten.personen(account);
        List<String> delen = delen(request);
        if (delen.size() != 1) {
            throw ApiFout.nietGevonden("Het adres " + request.getRequestURI() + " bestaat niet.");
        }
        String code = delen.get(0);
        ok(response, store.write(account.name(), session -> {
            if (!session.delete(goab.getPeuter(), code)) {
                throw ApiFout.nietGevonden("Peuter " + code + " bestaat niet.");
            }
            log.schrijf(session, account.name(), code, Inzagehandeling.VERWIJDERD);
            JsonObject json = new JsonObject();
            json.addProperty("code", code);
            json.addProperty("deleted", true);
            return json;
        }));
    }

    private JsonObject inzage() {
        return store.read(session -> {
            JsonArray lijst = new JsonArray();
            session.list(goab.getPeuterInzage()).stream().map(PeuterInzage.class::cast)
                    .sorted(Comparator.comparing(PeuterInzage::getTijdstip).reversed()).limit(500).forEach(i -> {
                        JsonObject json = new JsonObject();
                        json.addProperty("tijdstip", i.getTijdstip().toInstant().toString());
                        json.addProperty("gebruiker", i.getGebruiker());
                        json.addProperty("peuter", i.getPeuter());
                        json.addProperty("handeling", i.getHandeling().getLiteral());
                        lijst.add(json);
                    });
            JsonObject json = new JsonObject();
            json.add("inzage", lijst);
            return json;
        });
    }

    private static JsonObject peuter(Peuter p, VeUren uren, List<Periode> vakanties) {
        JsonObject json = new JsonObject();
        json.addProperty("code", p.getCode());
        json.addProperty("geboortedatum", dag(p.getGeboortedatum()));
        json.addProperty("wijkcode", p.getWijkcode());
        json.addProperty("indicatiedatum", dag(p.getIndicatiedatum()));
        json.addProperty("indicatiecriterium", p.getIndicatiecriterium() == null ? null : p.getIndicatiecriterium().getSleutel());
        json.addProperty("toeleiding", p.isSetToeleiding() ? p.getToeleiding().getLiteral() : null);
        json.addProperty("locatie", p.getLocatie() == null ? null : p.getLocatie().getLrkNummer());
        json.addProperty("locatieNaam", p.getLocatie() == null ? null : p.getLocatie().getLocatie().getNaam());
        json.add("urenPerDag", GSON.toJsonTree(p.getUrenPerDag()));
        json.addProperty("plaatsingVanaf", dag(p.getPlaatsingVanaf()));
        json.addProperty("plaatsingTot", dag(p.getPlaatsingTot()));
        json.addProperty("redenNietDeelname", p.isSetRedenNietDeelname() ? p.getRedenNietDeelname().getLiteral() : null);
        json.addProperty("voorbeeld", p.isVoorbeeld());
        Weekrooster rooster = Gegevens.rooster(p);
        json.addProperty("urenPerWeek", rooster == null ? null : rooster.urenPerWeek());
        if (rooster != null && p.getPlaatsingVanaf() != null) {
            try {
                VeUren.Raming r = uren.raming(Datums.dag(p.getGeboortedatum()), Gegevens.feiten(p).plaatsing(), rooster, vakanties);
                JsonObject raming = new JsonObject();
                raming.addProperty("vensterVan", r.vensterVan().toString());
                raming.addProperty("vensterTot", r.vensterTot().toString());
                raming.addProperty("uren", r.uren());
                raming.addProperty("urenNietGeteld", r.urenNietGeteld());
                raming.addProperty("minimum", r.minimum());
                raming.addProperty("haalbaar", r.haalbaar());
                raming.addProperty("tekort", r.tekort());
                json.add("raming", raming);
            } catch (OntbrekendeRegel e) {
                json.addProperty("ramingFout", e.getMessage());
            }
        }
        return json;
    }

    private JsonObject keuzes(Gegevens gegevens) {
        JsonObject keuzes = new JsonObject();
        JsonArray criteria = new JsonArray();
        gegevens.lijst(goab.getDoelgroepcriterium(), Doelgroepcriterium.class).forEach(c -> {
            JsonObject json = new JsonObject();
            json.addProperty("sleutel", c.getSleutel());
            json.addProperty("omschrijving", c.getDefinitie().getJaar() + ": " + c.getOmschrijving());
            criteria.add(json);
        });
        keuzes.add("criteria", criteria);
        JsonArray locaties = new JsonArray();
        gegevens.lijst(goab.getVeLocatie(), VeLocatie.class).forEach(l -> {
            JsonObject json = new JsonObject();
            json.addProperty("lrkNummer", l.getLrkNummer());
            json.addProperty("naam", l.getLocatie().getNaam());
            locaties.add(json);
        });
        keuzes.add("locaties", locaties);
        keuzes.add("toeleiding", GSON.toJsonTree(TOELEIDING));
        keuzes.add("redenen", GSON.toJsonTree(REDENEN));
        return keuzes;
    }

    private static String dag(java.util.Date datum) {
        LocalDate dag = Datums.dag(datum);
        return dag == null ? null : dag.toString();
    }
}
