package nl.wij.goab.demo.impl;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.KinderopvangLocatie;
import nl.wij.core.model.SoortOpvang;
import nl.wij.core.model.support.Datums;
import nl.wij.core.model.support.Sleutels;
import nl.wij.core.store.ModelStore;
import nl.wij.goab.model.CriteriumSoort;
import nl.wij.goab.model.Doelgroepcriterium;
import nl.wij.goab.model.Doelgroepdefinitie;
import nl.wij.goab.model.GoabFactory;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.Maatregel;
import nl.wij.goab.model.MaatregelSoort;
import nl.wij.goab.model.Maatregeljaar;
import nl.wij.goab.model.PbmInzet;
import nl.wij.goab.model.Peuter;
import nl.wij.goab.model.RedenNietDeelname;
import nl.wij.goab.model.Uitkering;
import nl.wij.goab.model.VeLocatie;
import nl.wij.goab.model.support.GoabSleutels;

/**
 * Writes the example data of {@code demo/voorbeeld.json} in one store transaction as {@code goab:demo},
 * every object that can say so marked {@code voorbeeld}. Years are relative to this year and dates
 * to today, so the demo shows current figures and signaleringen whenever it runs.
 */
final class Voorbeelden {

    static final String USER = "goab:demo";

    private final ModelStore store;
    private final CorePackage core;
    private final GoabPackage goab;
    private final LocalDate vandaag;

    Voorbeelden(ModelStore store, CorePackage core, GoabPackage goab, Clock clock) {
        this.store = store;
        this.core = core;
        this.goab = goab;
        this.vandaag = LocalDate.now(clock);
    }

    /** Returns the number of objects written. */
    int schrijf(JsonObject json) {
        return store.write(USER, session -> {
            GoabFactory f = goab.getGoabFactory();
            Gemeente gemeente = (Gemeente) session.get(core.getGemeente(), json.get("gemeente").getAsString()).orElseThrow();
            List<EObject> objecten = new ArrayList<>();
            for (JsonElement e : json.getAsJsonArray("uitkeringen")) {
                JsonObject u = e.getAsJsonObject();
                Uitkering uitkering = f.createUitkering();
                uitkering.setGemeente(gemeente);
                uitkering.setJaar(jaar(u));
                uitkering.setBedrag(u.get("bedrag").getAsBigDecimal());
                uitkering.setBeschikking(u.get("beschikking").getAsString());
                uitkering.setVoorbeeld(true);
                uitkering.setSleutel(GoabSleutels.van(uitkering));
                objecten.add(uitkering);
            }
            for (JsonElement e : json.getAsJsonArray("maatregelen")) {
                JsonObject m = e.getAsJsonObject();
                Maatregel maatregel = f.createMaatregel();
                maatregel.setCode(m.get("code").getAsString());
                maatregel.setNaam(m.get("naam").getAsString());
                maatregel.setSoort(MaatregelSoort.get(m.get("soort").getAsString()));
                maatregel.setAanbieder(m.get("aanbieder").getAsString());
                maatregel.setDoelgroep(m.get("doelgroep").getAsString());
                maatregel.setGemeente(gemeente);
                maatregel.setVoorbeeld(true);
                objecten.add(maatregel);
                for (JsonElement j : m.getAsJsonArray("jaren")) {
                    JsonObject c = j.getAsJsonObject();
                    Maatregeljaar cijfers = f.createMaatregeljaar();
                    cijfers.setMaatregel(maatregel);
                    cijfers.setJaar(jaar(c));
                    cijfers.setPlaatsen(c.has("plaatsen") ? c.get("plaatsen").getAsInt() : null);
                    cijfers.setDeelnemers(c.has("deelnemers") ? c.get("deelnemers").getAsInt() : null);
                    cijfers.setBegroot(c.has("begroot") ? c.get("begroot").getAsBigDecimal() : null);
                    cijfers.setBesteed(c.has("besteed") ? c.get("besteed").getAsBigDecimal() : null);
                    cijfers.setSleutel(GoabSleutels.van(cijfers));
                    objecten.add(cijfers);
                }
            }
            JsonObject d = json.getAsJsonObject("doelgroep");
            Doelgroepdefinitie definitie = f.createDoelgroepdefinitie();
            definitie.setGemeente(gemeente);
            definitie.setJaar(jaar(d));
            definitie.setOmschrijving(d.get("omschrijving").getAsString());
            definitie.setVoorbeeld(true);
            definitie.setSleutel(GoabSleutels.van(definitie));
            objecten.add(definitie);
            Map<String, Doelgroepcriterium> criteria = new HashMap<>();
            for (JsonElement e : d.getAsJsonArray("criteria")) {
                JsonObject c = e.getAsJsonObject();
                Doelgroepcriterium criterium = f.createDoelgroepcriterium();
                criterium.setDefinitie(definitie);
                criterium.setCode(c.get("code").getAsString());
                criterium.setSoort(CriteriumSoort.get(c.get("soort").getAsString()));
                criterium.setOmschrijving(c.get("omschrijving").getAsString());
                criterium.setSleutel(GoabSleutels.van(criterium));
                criteria.put(criterium.getCode(), criterium);
                objecten.add(criterium);
            }
            Map<String, VeLocatie> locaties = new HashMap<>();
            for (JsonElement e : json.getAsJsonArray("locaties")) {
                JsonObject l = e.getAsJsonObject();
                String lrk = l.get("lrk").getAsString();
                KinderopvangLocatie kdv = core.getCoreFactory().createKinderopvangLocatie();
                kdv.setSleutel(Sleutels.organisatie("LRK", lrk));
                kdv.setLrkNummer(lrk);
                kdv.setNaam(l.get("naam").getAsString());
                kdv.setSoort(SoortOpvang.KDV);
                kdv.setGemeente(gemeente);
                kdv.setPlaats("Zaandam");
                VeLocatie locatie = f.createVeLocatie();
                locatie.setLrkNummer(lrk);
                locatie.setLocatie(kdv);
                locatie.setVeProgramma(l.get("programma").getAsString());
                locatie.setVePlaatsen(l.get("plaatsen").getAsInt());
                locatie.setWijkcode(l.get("wijk").getAsString());
                locatie.setVoorbeeld(true);
                PbmInzet inzet = f.createPbmInzet();
                inzet.setLocatie(locatie);
                inzet.setJaar(vandaag.getYear());
                inzet.setUren(l.get("pbm").getAsBigDecimal());
                inzet.setSleutel(GoabSleutels.van(inzet));
                locaties.put(lrk, locatie);
                objecten.addAll(List.of(kdv, locatie, inzet));
            }
            for (JsonElement e : json.getAsJsonArray("peuters")) {
                JsonObject p = e.getAsJsonObject();
                Peuter peuter = f.createPeuter();
                peuter.setCode(p.get("code").getAsString());
                peuter.setGeboortedatum(dagenGeleden(p, "leeftijdDagen"));
                peuter.setWijkcode(p.get("wijk").getAsString());
                peuter.setIndicatiedatum(dagenGeleden(p, "indicatieDagen"));
                peuter.setIndicatiecriterium(criteria.get(p.get("criterium").getAsString()));
                if (p.has("locatie")) {
                    peuter.setLocatie(locaties.get(p.get("locatie").getAsString()));
                    peuter.setPlaatsingVanaf(dagenGeleden(p, "geplaatstDagen"));
                    p.getAsJsonArray("uren").forEach(u -> peuter.getUrenPerDag().add(BigDecimal.valueOf(u.getAsDouble())));
                }
                if (p.has("reden")) {
                    peuter.setRedenNietDeelname(RedenNietDeelname.get(p.get("reden").getAsString()));
                }
                peuter.setVoorbeeld(true);
                objecten.add(peuter);
            }
            return session.saveAll(objecten).total();
        });
    }

    private int jaar(JsonObject json) {
        return vandaag.getYear() + json.get("jaar").getAsInt();
    }

    private java.util.Date dagenGeleden(JsonObject json, String veld) {
        return Datums.datum(vandaag.minusDays(json.get(veld).getAsLong()));
    }
}
