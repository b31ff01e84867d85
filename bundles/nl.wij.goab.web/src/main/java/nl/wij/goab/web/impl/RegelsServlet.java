package nl.wij.goab.web.impl;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.support.Datums;
import nl.wij.core.store.ModelStore;
import nl.wij.goab.logic.Regel;
import nl.wij.goab.model.CriteriumSoort;
import nl.wij.goab.model.Doelgroepcriterium;
import nl.wij.goab.model.Doelgroepdefinitie;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.RegelCode;
import nl.wij.goab.model.Regelparameter;
import nl.wij.goab.model.SisaIndicator;
import nl.wij.goab.model.Vakantie;
import nl.wij.goab.model.support.GoabSleutels;
import nl.wij.platform.api.security.Account;

/**
 * {@code /api/goab/regels}: the doelgroepdefinities per year with their criteria, the rule
 * parameters with their validity, the holidays and the SiSa mapping ({@code GET}); a beleidsmedewerker
 * or beheerder adds a parameter value ({@code POST /parameter}), a holiday ({@code POST /vakantie})
 * or a year's doelgroepdefinitie with its criteria ({@code POST /doelgroep}). Keys are derived here,
 * never typed. The SiSa mapping is edited in the generic editors (class goab.SisaIndicator).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/goab/regels", "/api/goab/regels/*"})
public final class RegelsServlet extends GoabServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> REGELS = RegelCode.VALUES.stream().map(RegelCode::getLiteral).toList();
    private static final List<String> CRITERIA = CriteriumSoort.VALUES.stream().map(CriteriumSoort::getLiteral).toList();

    private final transient ModelStore store;
    private final transient GoabPackage goab;
    private final transient CorePackage core;

    @Activate
    public RegelsServlet(@Reference ModelStore store, @Reference GoabPackage goab, @Reference CorePackage core) {
        this.store = store;
        this.goab = goab;
        this.core = core;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        if (!delen(request).isEmpty()) {
            throw ApiFout.nietGevonden("Het adres " + request.getRequestURI() + " bestaat niet.");
        }
        ok(response, store.read(session -> {
            Gegevens gegevens = new Gegevens(goab, session);
            JsonObject json = new JsonObject();
            List<Doelgroepcriterium> criteria = gegevens.lijst(goab.getDoelgroepcriterium(), Doelgroepcriterium.class);
            JsonArray definities = new JsonArray();
            gegevens.lijst(goab.getDoelgroepdefinitie(), Doelgroepdefinitie.class).stream()
                    .sorted(Comparator.comparingInt(Doelgroepdefinitie::getJaar).reversed()).forEach(d -> {
                        JsonObject def = new JsonObject();
                        def.addProperty("sleutel", d.getSleutel());
                        def.addProperty("gemeente", d.getGemeente().getCode());
                        def.addProperty("jaar", d.getJaar());
                        def.addProperty("vastgesteld", dag(Datums.dag(d.getVastgesteld())));
                        def.addProperty("omschrijving", d.getOmschrijving());
                        def.addProperty("voorbeeld", d.isVoorbeeld());
                        JsonArray lijst = new JsonArray();
                        criteria.stream().filter(c -> c.getDefinitie().getSleutel().equals(d.getSleutel())).forEach(c -> {
                            JsonObject crit = new JsonObject();
                            crit.addProperty("sleutel", c.getSleutel());
                            crit.addProperty("code", c.getCode());
                            crit.addProperty("omschrijving", c.getOmschrijving());
                            crit.addProperty("soort", c.getSoort().getLiteral());
                            lijst.add(crit);
                        });
                        def.add("criteria", lijst);
                        definities.add(def);
                    });
            json.add("definities", definities);
            JsonArray parameters = new JsonArray();
            gegevens.lijst(goab.getRegelparameter(), Regelparameter.class).stream()
                    .sorted(Comparator.comparing((Regelparameter p) -> p.getRegel().getValue())
                            .thenComparing(p -> Datums.dag(p.getGeldigVanaf())))
                    .forEach(p -> {
                        JsonObject par = new JsonObject();
                        par.addProperty("sleutel", p.getSleutel());
                        par.addProperty("regel", p.getRegel().getLiteral());
                        par.addProperty("eenheid", Regel.valueOf(p.getRegel().getLiteral()).eenheid());
                        par.addProperty("waarde", p.getWaarde());
                        par.addProperty("geldigVanaf", dag(Datums.dag(p.getGeldigVanaf())));
                        par.addProperty("geldigTot", dag(Datums.dag(p.getGeldigTot())));
                        par.addProperty("bron", p.getBron());
                        par.addProperty("toelichting", p.getToelichting());
                        parameters.add(par);
                    });
            json.add("parameters", parameters);
            JsonArray vakanties = new JsonArray();
            gegevens.lijst(goab.getVakantie(), Vakantie.class).forEach(v -> {
                JsonObject vak = new JsonObject();
                vak.addProperty("sleutel", v.getSleutel());
                vak.addProperty("naam", v.getNaam());
                vak.addProperty("van", dag(Datums.dag(v.getVan())));
                vak.addProperty("tot", dag(Datums.dag(v.getTot())));
                vakanties.add(vak);
            });
            json.add("vakanties", vakanties);
            JsonArray sisa = new JsonArray();
            gegevens.lijst(goab.getSisaIndicator(), SisaIndicator.class).stream()
                    .sorted(Comparator.comparing(SisaIndicator::getCode)).forEach(i -> {
                        JsonObject ind = new JsonObject();
                        ind.addProperty("code", i.getCode());
                        ind.addProperty("omschrijving", i.getOmschrijving());
                        ind.add("soorten", GSON.toJsonTree(i.getSoorten().stream().map(s -> s.getLiteral()).toList()));
                        ind.addProperty("grootheid", i.getGrootheid().getLiteral());
                        ind.addProperty("vanafJaar", i.getVanafJaar());
                        ind.addProperty("totJaar", i.getTotJaar());
                        ind.addProperty("toelichting", i.getToelichting());
                        sisa.add(ind);
                    });
            json.add("sisa", sisa);
            json.add("regels", GSON.toJsonTree(REGELS));
            json.add("criteriumSoorten", GSON.toJsonTree(CRITERIA));
            json.add("gemeenten", Gemeentekeuze.lijst(core, session));
            return json;
        }));
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        Rechten.wijzigen(account);
        List<String> delen = delen(request);
        JsonObject body = body(request);
        Velden velden = new Velden(body);
        JsonObject json = switch (delen.size() == 1 ? delen.get(0) : "") {
            case "parameter" -> parameter(velden, account);
            case "vakantie" -> vakantie(velden, account);
            case "doelgroep" -> doelgroep(velden, body.get("criteria"), account);
            default -> throw ApiFout.nietGevonden("Het adres " + request.getRequestURI() + " bestaat niet.");
        };
        ok(response, json);
    }

    private JsonObject parameter(Velden velden, Account account) {
        String regel = velden.keuze("regel", "Regel", REGELS, true);
        BigDecimal waarde = velden.decimaal("waarde", "Waarde", true);
        LocalDate vanaf = velden.datum("geldigVanaf", "Geldig vanaf", true);
        LocalDate tot = velden.datum("geldigTot", "Geldig tot en met", false);
        String bron = velden.tekst("bron", "Bron", false);
        String toelichting = velden.tekst("toelichting", "Toelichting", false);
        if (waarde != null && waarde.signum() < 0) {
            velden.fout("waarde", "Waarde: mag niet negatief zijn.");
        }
        if (vanaf != null && tot != null && tot.isBefore(vanaf)) {
            velden.fout("geldigTot", "Geldig tot en met: ligt voor de eerste geldige dag.");
        }
        velden.klaar();
        return store.write(account.name(), session -> {
            Regelparameter p = goab.getGoabFactory().createRegelparameter();
            p.setRegel(RegelCode.get(regel));
            p.setWaarde(waarde);
            p.setGeldigVanaf(Datums.datum(vanaf));
            p.setGeldigTot(Datums.datum(tot));
            p.setBron(bron);
            p.setToelichting(toelichting);
            p.setSleutel(GoabSleutels.van(p));
            JsonObject json = new JsonObject();
            json.addProperty("sleutel", p.getSleutel());
            json.addProperty("result", session.save(p).name());
            return json;
        });
    }

    private JsonObject vakantie(Velden velden, Account account) {
        String naam = velden.tekst("naam", "Naam", true);
        LocalDate van = velden.datum("van", "Eerste dag", true);
        LocalDate tot = velden.datum("tot", "Laatste dag", true);
        if (van != null && tot != null && tot.isBefore(van)) {
            velden.fout("tot", "Laatste dag: ligt voor de eerste dag.");
        }
        velden.klaar();
        return store.write(account.name(), session -> {
            Vakantie v = goab.getGoabFactory().createVakantie();
            v.setNaam(naam);
            v.setVan(Datums.datum(van));
            v.setTot(Datums.datum(tot));
            v.setSleutel(GoabSleutels.van(v));
            JsonObject json = new JsonObject();
            json.addProperty("sleutel", v.getSleutel());
            json.addProperty("result", session.save(v).name());
            return json;
        });
    }

    private JsonObject doelgroep(Velden velden, JsonElement criteria, Account account) {
        String gemeente = velden.code("gemeente", "Gemeente", "GM[0-9]{4}", "een CBS-code zoals GM0479", true);
        Integer jaar = velden.geheel("jaar", "Jaar", true);
        LocalDate vastgesteld = velden.datum("vastgesteld", "Vastgesteld op", false);
        String omschrijving = velden.tekst("omschrijving", "Omschrijving", false);
        List<Velden> regels = criteria != null && criteria.isJsonArray()
                ? criteria.getAsJsonArray().asList().stream().filter(JsonElement::isJsonObject)
                        .map(e -> new Velden(e.getAsJsonObject())).toList()
                : List.of();
        velden.klaar();
        return store.write(account.name(), session -> {
            Doelgroepdefinitie d = goab.getGoabFactory().createDoelgroepdefinitie();
            d.setGemeente(Gemeentekeuze.bestaand(core, session, gemeente));
            d.setJaar(jaar);
            d.setVastgesteld(Datums.datum(vastgesteld));
            d.setOmschrijving(omschrijving);
            d.setSleutel(GoabSleutels.van(d));
            JsonObject json = new JsonObject();
            json.addProperty("sleutel", d.getSleutel());
            json.addProperty("result", session.save(d).name());
            int n = 0;
            for (Velden regel : regels) {
                String code = regel.code("code", "Code", "[A-Z0-9-]{1,20}", "gebruik hoofdletters, cijfers en streepjes", true);
                String tekst = regel.tekst("omschrijving", "Omschrijving", true);
                String soort = regel.keuze("soort", "Soort", CRITERIA, true);
                regel.klaar();
                Doelgroepcriterium c = goab.getGoabFactory().createDoelgroepcriterium();
                c.setDefinitie(d);
                c.setCode(code);
                c.setOmschrijving(tekst);
                c.setSoort(CriteriumSoort.get(soort));
                c.setSleutel(GoabSleutels.van(c));
                session.save(c);
                n++;
            }
            json.addProperty("criteria", n);
            return json;
        });
    }

    private static String dag(LocalDate dag) {
        return dag == null ? null : dag.toString();
    }
}
