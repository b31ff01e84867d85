package nl.wij.goab.web.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.wij.core.model.support.Datums;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.SaveSummary;
import nl.wij.core.store.StoreException;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.Grootheid;
import nl.wij.goab.model.MaatregelSoort;
import nl.wij.goab.model.RegelCode;
import nl.wij.goab.model.Regelparameter;
import nl.wij.goab.model.SisaIndicator;
import nl.wij.goab.model.support.GoabSleutels;
import nl.wij.platform.api.lifecycle.AfterStartup;

/**
 * Puts the default rule values and SiSa mapping ({@code standaard/regels.json} in this bundle: data,
 * not code) in the store when it has none yet, as user {@code goab:standaard}. Waits in the
 * background until the store has mapped the GOAB model; only under {@code wij run}, never for a
 * command such as {@code wij verify}. What the gemeente changed is never overwritten: each part is
 * written only while its class is empty.
 */
@Component(immediate = true)
public final class Standaardregels {

    private static final Logger LOG = LoggerFactory.getLogger(Standaardregels.class);
    static final String USER = "goab:standaard";
    private static final long WACHT_MS = 60_000;
    private static final int POGINGEN = 5;

    private final ModelStore store;
    private final GoabPackage goab;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "wij-goab-standaardregels"));
    private AfterStartup afterStartup;

    @Activate
    public Standaardregels(BundleContext context, @Reference ModelStore store, @Reference GoabPackage goab) {
        this(store, goab);
        if ("false".equals(context.getProperty("org.apache.felix.http.enable"))) {
            LOG.debug("Standaardregels onderwijskansen: een opdracht zonder werkbank; de volgende 'wij run' zet ze");
            return;
        }
        URL bron = context.getBundle().getEntry("standaard/regels.json");
        afterStartup = AfterStartup.run(context, () -> worker.execute(() -> laad(bron)));
    }

    Standaardregels(ModelStore store, GoabPackage goab) {
        this.store = store;
        this.goab = goab;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (afterStartup != null) {
            afterStartup.close();
        }
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void laad(URL bron) {
        try {
            long deadline = System.currentTimeMillis() + WACHT_MS;
            while (store.table(goab.getRegelparameter()).isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            for (int poging = 1; ; poging++) {
                try (InputStream in = bron.openStream()) {
                    SaveSummary saved = schrijf(in);
                    LOG.info("Standaardregels onderwijskansen: {} nieuw", saved.created());
                    return;
                } catch (StoreException e) {
                    // Another write at start-up (the demo's imports) may hold the audit trail: try again shortly.
                    if (e.reason() != StoreException.Reason.CONFLICT || poging == POGINGEN) {
                        throw e;
                    }
                    Thread.sleep(1000L * poging);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Standaardregels onderwijskansen niet geladen: {}", e.getMessage());
        }
    }

    /** Writes the defaults of each part whose class is still empty; returns what was saved. */
    SaveSummary schrijf(InputStream json) throws IOException {
        JsonObject standaard;
        try (Reader reader = new InputStreamReader(json, StandardCharsets.UTF_8)) {
            standaard = JsonParser.parseReader(reader).getAsJsonObject();
        }
        return store.write(USER, session -> {
            List<EObject> nieuw = new ArrayList<>();
            if (session.list(goab.getRegelparameter()).isEmpty()) {
                for (JsonElement e : standaard.getAsJsonArray("parameters")) {
                    JsonObject p = e.getAsJsonObject();
                    Regelparameter parameter = goab.getGoabFactory().createRegelparameter();
                    parameter.setRegel(RegelCode.get(p.get("regel").getAsString()));
                    parameter.setWaarde(new BigDecimal(p.get("waarde").getAsString()));
                    parameter.setGeldigVanaf(Datums.datum(LocalDate.parse(p.get("geldigVanaf").getAsString())));
                    parameter.setBron(p.get("bron").getAsString());
                    parameter.setToelichting(p.get("toelichting").getAsString());
                    parameter.setSleutel(GoabSleutels.van(parameter));
                    nieuw.add(parameter);
                }
            }
            if (session.list(goab.getSisaIndicator()).isEmpty()) {
                for (JsonElement e : standaard.getAsJsonArray("sisa")) {
                    JsonObject s = e.getAsJsonObject();
                    SisaIndicator indicator = goab.getGoabFactory().createSisaIndicator();
                    indicator.setCode(s.get("code").getAsString());
                    indicator.setOmschrijving(s.get("omschrijving").getAsString());
                    indicator.setGrootheid(Grootheid.get(s.get("grootheid").getAsString()));
                    s.getAsJsonArray("soorten").forEach(soort -> indicator.getSoorten().add(MaatregelSoort.get(soort.getAsString())));
                    indicator.setToelichting(s.get("toelichting").getAsString());
                    nieuw.add(indicator);
                }
            }
            return session.saveAll(nieuw);
        });
    }
}
