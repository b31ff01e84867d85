package nl.wij.goab.demo.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.ImportService;
import nl.wij.core.imports.ImportStatus;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Vestiging;
import nl.wij.core.store.ModelStore;
import nl.wij.goab.model.GoabPackage;
import nl.wij.platform.api.lifecycle.AfterStartup;

/**
 * The GOAB part of the demo gemeente Zaanstad, under {@code wij run} only: once the core demo has
 * put Zaanstad's schools in the store, imports the real CBS achterstandsscores of those schools
 * (the shipped extract, through the import service, as {@code import:demo-onderwijskansen}) and writes the example
 * budget, measures, VE-locaties, doelgroepdefinitie and peuters of {@code demo/voorbeeld.json}, all
 * marked {@code voorbeeld}, when the store has no measure yet.
 */
@Component(immediate = true)
@Designate(ocd = ZaanstadOnderwijskansen.Config.class)
public final class ZaanstadOnderwijskansen {

    private static final Logger LOG = LoggerFactory.getLogger(ZaanstadOnderwijskansen.class);
    static final String SCORES = "achterstandsscores-zaanstad-2019.xlsx";
    static final String KIND = "goab-achterstandsscores";
    static final String USER = "import:demo-onderwijskansen";
    /** The audit user and number of files of the core demo (nl.wij.core.demo), which goes first. */
    private static final String KERN_DEMO = "import:demo";
    private static final int KERN_BESTANDEN = 4;
    private static final String HTTP_ENABLED = "org.apache.felix.http.enable";
    private static final Duration WACHT = Duration.ofMinutes(3);

    @ObjectClassDefinition(name = "WIJ demo onderwijskansen Zaanstad",
            description = "Laadt de achterstandsscores en de voorbeeldgegevens onderwijskansen van de demogemeente Zaanstad.")
    public @interface Config {
        @AttributeDefinition(name = "Aan", description = "Laad de demogegevens als de opslag nog geen maatregel heeft.")
        boolean enabled() default true;
    }

    private final BundleContext context;
    private final ImportService imports;
    private final ModelStore store;
    private final CorePackage core;
    private final GoabPackage goab;
    private final ExecutorService worker;
    private AfterStartup afterStartup;

    @Activate
    public ZaanstadOnderwijskansen(BundleContext context, Config config, @Reference ImportService imports,
            @Reference ModelStore store, @Reference CorePackage core, @Reference GoabPackage goab) {
        this.context = context;
        this.imports = imports;
        this.store = store;
        this.core = core;
        this.goab = goab;
        boolean command = "false".equals(context.getProperty(HTTP_ENABLED));
        if (!config.enabled() || command) {
            this.worker = null;
            return;
        }
        this.worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "wij-demo-onderwijskansen"));
        this.afterStartup = AfterStartup.run(context, () -> worker.execute(this::laad));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (worker != null) {
            afterStartup.close();
            worker.shutdownNow();
            worker.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private void laad() {
        try {
            if (!wachtOpScholen()) {
                LOG.info("Demo onderwijskansen niet geladen: de demo Zaanstad was na {} niet klaar", WACHT);
                return;
            }
            if (!store.read(s -> s.list(goab.getMaatregel()).isEmpty())) {
                LOG.debug("Demo onderwijskansen niet geladen: er zijn al maatregelen");
                return;
            }
            Path dir = context.getDataFile("demo").toPath();
            Files.createDirectories(dir);
            Path scores = dir.resolve(SCORES);
            try (InputStream in = entry("demo/" + SCORES).openStream()) {
                Files.copy(in, scores, StandardCopyOption.REPLACE_EXISTING);
            }
            ImportReport report = imports.importFile(scores, new ImportRequest(USER, KIND, null));
            LOG.info("Demo onderwijskansen: {} {}", SCORES, report.accepted() ? "ingelezen" : "geweigerd: " + report.problems());
            JsonObject voorbeeld;
            try (Reader reader = new InputStreamReader(entry("demo/voorbeeld.json").openStream(), StandardCharsets.UTF_8)) {
                voorbeeld = JsonParser.parseReader(reader).getAsJsonObject();
            }
            int saved = new Voorbeelden(store, core, goab, Clock.systemDefaultZone()).schrijf(voorbeeld);
            LOG.info("Demo onderwijskansen: {} voorbeeldobjecten (budget, maatregelen, locaties, peuters) opgeslagen", saved);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Demo onderwijskansen niet (helemaal) geladen: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until the core demo is done: Zaanstad's schools (with their gemeente) are in the store and
     * none of its four imports is still waiting or running. Writing while it writes would make two
     * transactions compete for the audit trail's identity column.
     */
    private boolean wachtOpScholen() throws InterruptedException {
        long deadline = System.nanoTime() + WACHT.toNanos();
        while (System.nanoTime() < deadline) {
            if (store.table(goab.getAchterstandsscore()).isPresent() && store.table(core.getVestiging()).isPresent()
                    && kernDemoKlaar() && store.read(s -> s.list(core.getVestiging(), core.getVestiging_Gemeente(), "GM0479")
                            .stream().anyMatch(v -> ((Vestiging) v).getGemeente() != null))) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** No import of the core demo is waiting or running, and if it imported, all four of its files are done. */
    private boolean kernDemoKlaar() {
        List<ImportStatus> demo = imports.recent().stream().filter(i -> KERN_DEMO.equals(i.user())).toList();
        boolean bezig = demo.stream().anyMatch(i -> i.state() == ImportStatus.State.WACHT || i.state() == ImportStatus.State.BEZIG);
        return !bezig && (demo.isEmpty() || demo.size() >= KERN_BESTANDEN || demo.stream()
                .anyMatch(i -> i.state() == ImportStatus.State.GEWEIGERD || i.state() == ImportStatus.State.MISLUKT));
    }

    private URL entry(String name) throws IOException {
        URL url = context.getBundle().getEntry(name);
        if (url == null) {
            throw new IOException(name + " ontbreekt in de bundel");
        }
        return url;
    }
}
