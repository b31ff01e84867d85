package nl.wij.goab.web.impl;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.SaveResult;
import nl.wij.goab.logic.Invoercontrole;
import nl.wij.goab.logic.Sisa;
import nl.wij.goab.model.GoabFactory;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.Maatregel;
import nl.wij.goab.model.MaatregelSoort;
import nl.wij.goab.model.Maatregeljaar;
import nl.wij.goab.model.Uitkering;
import nl.wij.goab.model.support.GoabSleutels;
import nl.wij.platform.api.security.Account;

/**
 * {@code /api/goab/budget}: the uitkering and the measures of a gemeente in a year, with over- and
 * underspending ({@code GET ?gemeente=&jaar=}), the SiSa verantwoording ({@code GET /sisa}), and
 * entering an uitkering ({@code POST /uitkering}) or a measure with its figures of a year
 * ({@code POST /maatregel}) as beleidsmedewerker or beheerder. Edits are audited store writes in the
 * caller's name; a year without uitkering refuses figures.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/goab/budget", "/api/goab/budget/*"})
public final class BudgetServlet extends GoabServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> SOORTEN = MaatregelSoort.VALUES.stream().map(MaatregelSoort::getLiteral).toList();

    private final transient ModelStore store;
    private final transient GoabPackage goab;
    private final transient CorePackage core;

    @Activate
    public BudgetServlet(@Reference ModelStore store, @Reference GoabPackage goab, @Reference CorePackage core) {
        this.store = store;
        this.goab = goab;
        this.core = core;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        List<String> delen = delen(request);
        JsonObject json = store.read(session -> {
            Gegevens gegevens = new Gegevens(goab, session);
            Budget budget = new Budget(goab, gegevens);
            String gemeente = Gemeentekeuze.kies(core, goab, session, request.getParameter("gemeente"));
            int jaar = getal(request, "jaar", budget.jaren().stream().max(Integer::compare).orElse(LocalDate.now().getYear()));
            if (delen.equals(List.of("sisa"))) {
                return sisa(budget.sisa(gemeente, jaar), gemeente, jaar);
            }
            if (!delen.isEmpty()) {
                throw ApiFout.nietGevonden("Het adres " + request.getRequestURI() + " bestaat niet.");
            }
            JsonObject overzicht = budget.overzicht(gemeente, jaar);
            overzicht.add("gemeenten", Gemeentekeuze.lijst(core, session));
            JsonArray soorten = new JsonArray();
            SOORTEN.forEach(soorten::add);
            overzicht.add("soorten", soorten);
            return overzicht;
        });
        ok(response, json);
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        Rechten.wijzigen(account);
        List<String> delen = delen(request);
        Velden velden = new Velden(body(request));
        if (delen.equals(List.of("uitkering"))) {
            ok(response, uitkering(velden, account));
        } else if (delen.equals(List.of("maatregel"))) {
            ok(response, maatregel(velden, account));
        } else {
            throw ApiFout.nietGevonden("Het adres " + request.getRequestURI() + " bestaat niet.");
        }
    }

    private JsonObject uitkering(Velden velden, Account account) {
        String gemeente = velden.code("gemeente", "Gemeente", "GM[0-9]{4}", "een CBS-code zoals GM0479", true);
        Integer jaar = velden.geheel("jaar", "Jaar", true);
        BigDecimal bedrag = velden.decimaal("bedrag", "Bedrag", true);
        String beschikking = velden.tekst("beschikking", "Beschikking", false);
        String toelichting = velden.tekst("toelichting", "Toelichting", false);
        velden.klaar();
        velden.voegToe(Invoercontrole.uitkering(jaar, bedrag));
        velden.klaar();
        return store.write(account.name(), session -> {
            Gemeente g = Gemeentekeuze.bestaand(core, session, gemeente);
            String sleutel = GoabSleutels.gemeenteJaar(gemeente, jaar);
            Uitkering u = session.get(goab.getUitkering(), sleutel).map(Uitkering.class::cast)
                    .orElseGet(() -> goab.getGoabFactory().createUitkering());
            u.setSleutel(sleutel);
            u.setGemeente(g);
            u.setJaar(jaar);
            u.setBedrag(bedrag);
            u.setBeschikking(beschikking);
            u.setToelichting(toelichting);
            SaveResult result = session.save(u);
            JsonObject json = Budget.uitkering(u);
            json.addProperty("result", result.name());
            return json;
        });
    }

    private JsonObject maatregel(Velden velden, Account account) {
        String code = velden.code("code", "Code", "[a-z0-9][a-z0-9-]{1,39}",
                "gebruik 2 tot 40 kleine letters, cijfers en streepjes, zoals schakelklas-noord", true);
        String naam = velden.tekst("naam", "Naam", true);
        String soort = velden.keuze("soort", "Soort", SOORTEN, true);
        String aanbieder = velden.tekst("aanbieder", "Aanbieder", false);
        String doelgroep = velden.tekst("doelgroep", "Doelgroep", false);
        String toelichting = velden.tekst("toelichting", "Toelichting", false);
        String gemeente = velden.code("gemeente", "Gemeente", "GM[0-9]{4}", "een CBS-code zoals GM0479", true);
        Integer jaar = velden.geheel("jaar", "Jaar", true);
        Integer plaatsen = velden.geheel("plaatsen", "Plaatsen", false);
        Integer deelnemers = velden.geheel("deelnemers", "Deelnemers", false);
        BigDecimal begroot = velden.decimaal("begroot", "Begroot", false);
        BigDecimal besteed = velden.decimaal("besteed", "Besteed", false);
        velden.klaar();
        return store.write(account.name(), session -> {
            Gegevens gegevens = new Gegevens(goab, session);
            velden.voegToe(Invoercontrole.maatregeljaar(jaar, gegevens.uitkeringsjaren(), plaatsen, deelnemers, begroot, besteed));
            velden.klaar();
            Gemeente g = Gemeentekeuze.bestaand(core, session, gemeente);
            GoabFactory factory = goab.getGoabFactory();
            Maatregel m = session.get(goab.getMaatregel(), code).map(Maatregel.class::cast)
                    .orElseGet(factory::createMaatregel);
            m.setCode(code);
            m.setNaam(naam);
            m.setSoort(MaatregelSoort.get(soort));
            m.setAanbieder(aanbieder);
            m.setDoelgroep(doelgroep);
            m.setToelichting(toelichting);
            m.setGemeente(g);
            SaveResult maatregel = session.save(m);
            String sleutel = GoabSleutels.maatregeljaar(code, jaar);
            Maatregeljaar j = session.get(goab.getMaatregeljaar(), sleutel).map(Maatregeljaar.class::cast)
                    .orElseGet(factory::createMaatregeljaar);
            j.setSleutel(sleutel);
            j.setMaatregel(m);
            j.setJaar(jaar);
            j.setPlaatsen(plaatsen);
            j.setDeelnemers(deelnemers);
            j.setBegroot(begroot);
            j.setBesteed(besteed);
            SaveResult cijfers = session.save(j);
            JsonObject json = Budget.maatregel(m);
            json.addProperty("result", maatregel.name());
            json.addProperty("cijfersResult", cijfers.name());
            return json;
        });
    }

    private static JsonObject sisa(List<Sisa.Waarde> regels, String gemeente, int jaar) {
        JsonObject json = new JsonObject();
        json.addProperty("gemeente", gemeente);
        json.addProperty("jaar", jaar);
        JsonArray lijst = new JsonArray();
        for (Sisa.Waarde w : regels) {
            JsonObject regel = new JsonObject();
            regel.addProperty("code", w.indicator().code());
            regel.addProperty("omschrijving", w.indicator().omschrijving());
            regel.addProperty("grootheid", w.indicator().grootheid().name());
            regel.addProperty("waarde", w.waarde());
            regel.add("maatregelen", GSON.toJsonTree(w.maatregelen()));
            regel.add("onbekend", GSON.toJsonTree(w.onbekend()));
            lijst.add(regel);
        }
        json.add("indicatoren", lijst);
        return json;
    }
}
