package nl.wij.goab.web.impl;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.KinderopvangHouder;
import nl.wij.core.model.KinderopvangLocatie;
import nl.wij.core.model.SoortOpvang;
import nl.wij.core.model.support.Sleutels;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.StoreSession;
import nl.wij.goab.logic.PbmNorm;
import nl.wij.goab.logic.Peuterfeiten;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.PbmInzet;
import nl.wij.goab.model.VeLocatie;
import nl.wij.goab.model.support.GoabSleutels;
import nl.wij.platform.api.security.Account;

/**
 * {@code /api/goab/locaties}: the VE-locaties with their PBM-VE check for a year
 * ({@code GET ?jaar=}); {@code POST} a locatie (it also creates or updates the kinderopvanglocatie
 * and, with a KvK number, its houder in the shared model, keyed {@code LRK|<nummer>} and
 * {@code KVK|<nummer>}); {@code POST /pbm} the PBM-VE hours of a locatie in a year.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/goab/locaties", "/api/goab/locaties/*"})
public final class LocatiesServlet extends GoabServlet {

    private static final long serialVersionUID = 1L;

    private final transient ModelStore store;
    private final transient GoabPackage goab;
    private final transient CorePackage core;

    @Activate
    public LocatiesServlet(@Reference ModelStore store, @Reference GoabPackage goab, @Reference CorePackage core) {
        this.store = store;
        this.goab = goab;
        this.core = core;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        int jaar = getal(request, "jaar", LocalDate.now().getYear());
        ok(response, store.read(session -> {
            JsonObject json = new JsonObject();
            json.addProperty("jaar", jaar);
            json.add("locaties", locaties(session, jaar));
            return json;
        }));
    }

    JsonArray locaties(StoreSession session, int jaar) {
        Gegevens gegevens = new Gegevens(goab, session);
        PbmNorm norm = new PbmNorm(gegevens.regels());
        Map<String, List<Peuterfeiten>> perLocatie = gegevens.peuters().stream().map(Gegevens::feiten)
                .filter(p -> p.locatie() != null).collect(Collectors.groupingBy(Peuterfeiten::locatie));
        Map<String, PbmInzet> inzet = gegevens.lijst(goab.getPbmInzet(), PbmInzet.class).stream()
                .filter(i -> i.getJaar() == jaar).collect(Collectors.toMap(i -> i.getLocatie().getLrkNummer(), Function.identity()));
        JsonArray lijst = new JsonArray();
        gegevens.lijst(goab.getVeLocatie(), VeLocatie.class).stream()
                .sorted(Comparator.comparing(l -> l.getLocatie().getNaam(), Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(l -> {
                    KinderopvangLocatie k = l.getLocatie();
                    JsonObject json = new JsonObject();
                    json.addProperty("lrkNummer", l.getLrkNummer());
                    json.addProperty("naam", k.getNaam());
                    json.addProperty("houder", k.getHouder() == null ? null : k.getHouder().getNaam());
                    json.addProperty("plaats", k.getPlaats());
                    json.addProperty("veProgramma", l.getVeProgramma());
                    json.addProperty("vePlaatsen", l.getVePlaatsen());
                    json.addProperty("wijkcode", l.getWijkcode());
                    json.addProperty("voorbeeld", l.isVoorbeeld());
                    PbmInzet uren = inzet.get(l.getLrkNummer());
                    PbmNorm.Toets toets = norm.toets(l.getLrkNummer(), jaar, perLocatie.getOrDefault(l.getLrkNummer(), List.of()),
                            uren == null ? null : uren.getUren());
                    JsonObject pbm = new JsonObject();
                    pbm.addProperty("peutersOpEenJanuari", toets.peutersOpEenJanuari());
                    pbm.addProperty("norm", toets.norm());
                    pbm.addProperty("inzet", toets.inzet());
                    pbm.addProperty("voldoet", toets.voldoet());
                    pbm.addProperty("tekort", toets.tekort());
                    json.add("pbm", pbm);
                    lijst.add(json);
                });
        return lijst;
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        Rechten.wijzigen(account);
        List<String> delen = delen(request);
        Velden velden = new Velden(body(request));
        if (delen.isEmpty()) {
            ok(response, locatie(velden, account));
        } else if (delen.equals(List.of("pbm"))) {
            ok(response, pbm(velden, account));
        } else {
            throw ApiFout.nietGevonden("Het adres " + request.getRequestURI() + " bestaat niet.");
        }
    }

    private JsonObject locatie(Velden velden, Account account) {
        String lrk = velden.code("lrkNummer", "LRK-nummer", "[0-9]{9}", "een LRK-nummer heeft negen cijfers", true);
        String naam = velden.tekst("naam", "Naam", true);
        String plaats = velden.tekst("plaats", "Plaats", false);
        String houder = velden.tekst("houder", "Houder", false);
        String kvk = velden.code("houderKvk", "KvK-nummer van de houder", "[0-9]{8}", "een KvK-nummer heeft acht cijfers", false);
        String programma = velden.tekst("veProgramma", "VE-programma", false);
        Integer plaatsen = velden.geheel("vePlaatsen", "VE-plaatsen", false);
        String wijk = velden.code("wijkcode", "Wijk", "WK[0-9]{6}", "een CBS-wijkcode zoals WK047901", false);
        String gemeente = velden.code("gemeente", "Gemeente", "GM[0-9]{4}", "een CBS-code zoals GM0479", false);
        if (plaatsen != null && plaatsen < 0) {
            velden.fout("vePlaatsen", "VE-plaatsen: mag niet negatief zijn.");
        }
        if (houder != null && kvk == null) {
            velden.fout("houderKvk", "KvK-nummer van de houder: vul het in om de houder vast te leggen.");
        }
        velden.klaar();
        return store.write(account.name(), session -> {
            CoreFactory factory = core.getCoreFactory();
            KinderopvangLocatie k = session.get(core.getOrganisatie(), Sleutels.organisatie("LRK", lrk))
                    .map(KinderopvangLocatie.class::cast).orElseGet(() -> {
                        KinderopvangLocatie nieuw = factory.createKinderopvangLocatie();
                        nieuw.setSleutel(Sleutels.organisatie("LRK", lrk));
                        nieuw.setLrkNummer(lrk);
                        nieuw.setSoort(SoortOpvang.KDV);
                        return nieuw;
                    });
            k.setNaam(naam);
            k.setPlaats(plaats);
            if (gemeente != null) {
                k.setGemeente(Gemeentekeuze.bestaand(core, session, gemeente));
            }
            if (kvk != null) {
                KinderopvangHouder h = session.get(core.getOrganisatie(), Sleutels.organisatie("KVK", kvk))
                        .map(KinderopvangHouder.class::cast).orElseGet(factory::createKinderopvangHouder);
                h.setSleutel(Sleutels.organisatie("KVK", kvk));
                h.setKvkNummer(kvk);
                h.setNaam(houder == null ? (h.getNaam() == null ? kvk : h.getNaam()) : houder);
                session.save(h);
                k.setHouder(h);
            }
            session.save(k);
            VeLocatie l = session.get(goab.getVeLocatie(), lrk).map(VeLocatie.class::cast)
                    .orElseGet(() -> goab.getGoabFactory().createVeLocatie());
            l.setLrkNummer(lrk);
            l.setLocatie(k);
            l.setVeProgramma(programma);
            l.setVePlaatsen(plaatsen);
            l.setWijkcode(wijk);
            JsonObject json = new JsonObject();
            json.addProperty("lrkNummer", lrk);
            json.addProperty("result", session.save(l).name());
            return json;
        });
    }

    private JsonObject pbm(Velden velden, Account account) {
        String lrk = velden.code("lrkNummer", "LRK-nummer", "[0-9]{9}", "een LRK-nummer heeft negen cijfers", true);
        Integer jaar = velden.geheel("jaar", "Jaar", true);
        BigDecimal uren = velden.decimaal("uren", "Uren", true);
        if (uren != null && uren.signum() < 0) {
            velden.fout("uren", "Uren: mag niet negatief zijn.");
        }
        if (jaar != null && (jaar < 2000 || jaar > 2100)) {
            velden.fout("jaar", "Jaar: " + jaar + " ligt niet tussen 2000 en 2100.");
        }
        velden.klaar();
        return store.write(account.name(), session -> {
            VeLocatie l = session.get(goab.getVeLocatie(), lrk).map(VeLocatie.class::cast)
                    .orElseThrow(() -> ApiFout.ongeldig("VE-locatie met LRK-nummer " + lrk + " bestaat niet."));
            PbmInzet inzet = goab.getGoabFactory().createPbmInzet();
            inzet.setLocatie(l);
            inzet.setJaar(jaar);
            inzet.setUren(uren);
            inzet.setSleutel(GoabSleutels.van(inzet));
            JsonObject json = new JsonObject();
            json.addProperty("sleutel", inzet.getSleutel());
            json.addProperty("result", session.save(inzet).name());
            return json;
        });
    }
}
