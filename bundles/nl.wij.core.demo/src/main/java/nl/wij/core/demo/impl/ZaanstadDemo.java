package nl.wij.core.demo.impl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
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

import nl.wij.core.imports.ImportFailure;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.ImportService;
import nl.wij.core.model.CorePackage;
import nl.wij.core.store.ColumnInfo;
import nl.wij.core.store.ColumnRole;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.TableInfo;
import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.lifecycle.AfterStartup;

/**
 * Loads the demo gemeente Zaanstad: when the workbench runs ({@code wij run}) and the store holds no
 * vestiging yet, imports the four shipped extracts of the real DUO files (README.md) through the
 * {@link ImportService}, as user {@code import:demo}, in a background thread so the framework's start
 * does not wait, and logs each report. Commands ({@code wij import}, {@code verify}, ...) run without
 * HTTP and never load the demo, so they never compete with it for the database.
 */
@Component(immediate = true)
@Designate(ocd = ZaanstadDemo.Config.class)
public final class ZaanstadDemo {

    private static final Logger LOG = LoggerFactory.getLogger(ZaanstadDemo.class);

    /** The extracts in import order: vestigingen first, so the counts find their vestigingen. */
    static final List<String> FILES = List.of("alle-vestigingen-bo.csv", "alle-vestigingen-vo.csv",
            "gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv",
            "leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv");
    static final String USER = "import:demo";
    /** Set to {@code false} by the launcher for commands other than {@code run}. */
    static final String HTTP_ENABLED = "org.apache.felix.http.enable";
    private static final long STORE_WAIT_MS = 60_000;

    @ObjectClassDefinition(name = "WIJ demo Zaanstad", description = "Laadt de demogemeente Zaanstad in een lege werkbank.")
    public @interface Config {
        @AttributeDefinition(name = "Aan", description = "Laad de demogegevens als de opslag nog geen vestiging heeft.")
        boolean enabled() default true;
    }

    private final BundleContext context;
    private final ImportService imports;
    private final ModelStore store;
    private final CorePackage model;
    private final Database database;
    private final ExecutorService worker;
    private AfterStartup afterStartup;

    @Activate
    public ZaanstadDemo(BundleContext context, Config config, @Reference(name = "imports") ImportService imports,
            @Reference(name = "store") ModelStore store, @Reference(name = "model") CorePackage model,
            @Reference(name = "database") Database database) {
        this.context = context;
        this.imports = imports;
        this.store = store;
        this.model = model;
        this.database = database;
        boolean command = "false".equals(context.getProperty(HTTP_ENABLED));
        if (!config.enabled() || command) {
            LOG.debug("Demo Zaanstad niet geladen ({})", command ? "opdracht zonder werkbank" : "uitgezet");
            this.worker = null;
            return;
        }
        this.worker = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "wij-demo-zaanstad"));
        this.afterStartup = AfterStartup.run(context, () -> worker.execute(this::load));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (worker != null) {
            afterStartup.close();
            worker.shutdownNow();
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Demo Zaanstad: het inlezen stopte niet binnen 30 seconden");
            }
        }
    }

    private void load() {
        try {
            Optional<TableInfo> table = awaitTable(model.getVestiging());
            if (table.isEmpty()) {
                LOG.warn("Demo Zaanstad niet geladen: de opslag heeft na {} s nog geen tabel voor Vestiging",
                        STORE_WAIT_MS / 1000);
                return;
            }
            if (hasRows(table.get(), model.getVestiging())) {
                LOG.debug("Demo Zaanstad niet geladen: de opslag heeft al vestigingen");
                return;
            }
            Path dir = context.getDataFile("demo").toPath();
            Files.createDirectories(dir);
            LOG.info("Demo Zaanstad: de opslag is leeg; de gegevens van Zaanstad uit DUO worden ingelezen");
            for (String name : FILES) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                ImportReport report = imports.importFile(copy(name, dir), new ImportRequest(USER, null, null));
                if (!report.accepted()) {
                    LOG.warn("Demo Zaanstad: {} geweigerd: {}", name, report.problems());
                    return;
                }
                LOG.info("Demo Zaanstad: {} ingelezen in {} ms: {}", name, report.duration().toMillis(),
                        report.classes().stream().map(c -> c.eClass() + " " + c.created() + " nieuw/" + c.updated()
                                + " gewijzigd/" + c.unchanged() + " ongewijzigd").collect(Collectors.joining(", ")));
            }
        } catch (ImportFailure | IOException | SQLException e) {
            LOG.warn("Demo Zaanstad niet (helemaal) geladen: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The store maps the core model when its package service arrives; wait for that. */
    private Optional<TableInfo> awaitTable(EClass eClass) throws InterruptedException {
        long deadline = System.currentTimeMillis() + STORE_WAIT_MS;
        Optional<TableInfo> table = store.table(eClass);
        while (table.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            table = store.table(eClass);
        }
        return table;
    }

    /** Whether the class's table holds one of its objects (restricted by class in a hierarchy table). */
    private boolean hasRows(TableInfo table, EClass eClass) throws SQLException {
        String where = "";
        if (table.classes().size() > 1) {
            Optional<ColumnInfo> discriminator = table.columns().stream()
                    .filter(c -> c.role() == ColumnRole.DISCRIMINATOR).findFirst();
            if (discriminator.isPresent()) {
                where = " WHERE " + discriminator.get().name() + " = ?";
            }
        }
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + table.qualifiedName() + where
                        + " FETCH FIRST 1 ROWS ONLY")) {
            if (!where.isEmpty()) {
                query.setString(1, eClass.getName());
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Copies a shipped extract out of the bundle under its own name (the name carries the vo peildatum). */
    private Path copy(String name, Path dir) throws IOException {
        URL entry = context.getBundle().getEntry("demo/" + name);
        if (entry == null) {
            throw new IOException("demo/" + name + " ontbreekt in de bundel");
        }
        Path target = dir.resolve(name);
        try (InputStream in = entry.openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
