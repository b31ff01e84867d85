package nl.wij.ihp.web.impl.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
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

import nl.wij.core.store.ModelStore;
import nl.wij.core.store.StoreException;
import nl.wij.ihp.model.IhpPackage;
import nl.wij.ihp.model.Normbedrag;
import nl.wij.ihp.model.Ruimtenorm;
import nl.wij.ihp.model.Verordening;
import nl.wij.ihp.model.support.IhpSleutels;
import nl.wij.platform.api.lifecycle.AfterStartup;

/**
 * Puts the VNG-model defaults (verordening, ruimtenorm for the basisonderwijs, normbedragen with their
 * index; {@code standaard/vng-modelverordening.json}) in the store when they are absent, as user
 * {@code ihp:standaard}. Present objects are never touched, so a beheerder's edits of the defaults
 * stay. The component starts once the store has the IHP package (its availability condition) and
 * loads in the background, so the framework's start does not wait.
 */
@Component(service = Standaardwaarden.class, immediate = true, property = "osgi.ds.satisfying.condition.target="
        + "(&(osgi.condition.id=" + ModelStore.PACKAGE_CONDITION + ")(emf.nsURI=" + IhpPackage.eNS_URI + "))")
public final class Standaardwaarden {

    static final String USER = "ihp:standaard";
    private static final String RESOURCE = "/standaard/vng-modelverordening.json";
    private static final Logger LOG = LoggerFactory.getLogger(Standaardwaarden.class);
    private static final IhpPackage IHP = IhpPackage.eINSTANCE;

    private final ModelStore store;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "wij-ihp-standaard"));
    private final AfterStartup afterStartup;

    @Activate
    public Standaardwaarden(BundleContext context, @Reference ModelStore store) {
        this.store = store;
        this.afterStartup = AfterStartup.run(context, () -> worker.execute(this::laad));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        afterStartup.close();
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Loads the defaults that are absent; answers how many objects were created (0 when all were there). */
    int zorgDatErZijn() {
        return zorgDatErZijn(store);
    }

    static int zorgDatErZijn(ModelStore store) {
        List<EObject> objecten = objecten();
        return store.write(USER, s -> {
            int nieuw = 0;
            for (EObject object : objecten) {
                Object key = object.eGet(object.eClass().getEIDAttribute());
                if (s.get(object.eClass(), key).isEmpty()) {
                    s.save(object);
                    nieuw++;
                }
            }
            return nieuw;
        });
    }

    private void laad() {
        try {
            int nieuw = zorgDatErZijn();
            if (nieuw > 0) {
                LOG.info("VNG-standaardwaarden voor onderwijshuisvesting geladen: {} objecten", nieuw);
            }
        } catch (StoreException e) {
            LOG.warn("VNG-standaardwaarden niet geladen: {}", e.getMessage());
        }
    }

    /** The defaults as model objects with their keys, in save order (verordening before its norms). */
    static List<EObject> objecten() {
        JsonObject data;
        try (InputStream in = Standaardwaarden.class.getResourceAsStream(RESOURCE);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            data = JsonParser.parseReader(reader).getAsJsonObject();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("De standaardwaarden " + RESOURCE + " zijn niet te lezen: " + e.getMessage(), e);
        }
        List<EObject> objecten = new ArrayList<>();
        EObject verordening = EcoreUtil.create(IHP.getVerordening());
        zet(verordening, data.getAsJsonObject("verordening"));
        String sleutel = IhpSleutels.van((Verordening) verordening);
        verordening.eSet(IHP.getVerordening_Sleutel(), sleutel);
        objecten.add(verordening);
        for (JsonElement regel : data.getAsJsonArray("ruimtenormen")) {
            Ruimtenorm norm = (Ruimtenorm) EcoreUtil.create(IHP.getRuimtenorm());
            zet(norm, regel.getAsJsonObject());
            norm.setVerordening((Verordening) verordening);
            norm.setSleutel(IhpSleutels.van(norm));
            objecten.add(norm);
        }
        for (JsonElement regel : data.getAsJsonArray("normbedragen")) {
            Normbedrag bedrag = (Normbedrag) EcoreUtil.create(IHP.getNormbedrag());
            zet(bedrag, regel.getAsJsonObject());
            bedrag.setSleutel(IhpSleutels.van(bedrag));
            objecten.add(bedrag);
        }
        return objecten;
    }

    private static void zet(EObject object, JsonObject values) {
        values.entrySet().forEach(e -> {
            var feature = object.eClass().getEStructuralFeature(e.getKey());
            if (feature == null) {
                throw new IllegalStateException(RESOURCE + ": onbekend veld " + e.getKey() + " bij " + object.eClass().getName());
            }
            object.eSet(feature, Waarden.waarde(((EAttribute) feature).getEAttributeType(), e.getValue()));
        });
    }
}
