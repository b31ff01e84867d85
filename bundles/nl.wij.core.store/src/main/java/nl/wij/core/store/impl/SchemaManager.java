package nl.wij.core.store.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.store.Migration;
import nl.wij.core.store.PackageState;
import nl.wij.core.store.PackageState.Status;
import nl.wij.core.store.SchemaChange;
import nl.wij.core.store.dialect.Dialect;
import nl.wij.core.store.dialect.SqlFailure;
import nl.wij.platform.api.db.Database;

/**
 * Keeps the tables in step with the packages that come and go. Each arrival derives the package's
 * tables, compares them with what {@code WIJ_STORE} recorded and, in one transaction, applies the
 * additive changes (or a bundle's {@link Migration} for destructive ones) and records the new
 * shape. A package that cannot be mapped, or changed destructively without a migration, is
 * refused and nothing in the database changes; other packages are not affected. A package that
 * refers to another one waits until that one is available. A package that leaves keeps its data.
 */
final class SchemaManager {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaManager.class);

    private final Database database;
    private static final int SCHEMA_ATTEMPTS = 5;

    private final Dialect dialect;
    private final Clock clock;
    private final Metadata metadata;
    private final SchemaDeriver deriver;
    private final SchemaUpdater updater;
    private final Object lock = new Object();
    private final ReentrantReadWriteLock units;
    /** Registered packages by nsURI; guarded by {@link #lock}. */
    private final Map<String, EPackage> registered = new LinkedHashMap<>();
    private final List<Migration> migrations = new CopyOnWriteArrayList<>();
    private final Consumer<Set<String>> availability;
    private volatile StoreCatalog catalog = StoreCatalog.EMPTY;

    /**
     * @param availability told the nsURIs of the available packages after every change (under the
     *        manager's lock, so in order)
     * @param units held shared by every unit of work of the store, exclusively by schema changes
     */
    SchemaManager(Database database, Dialect dialect, Clock clock, Consumer<Set<String>> availability,
            ReentrantReadWriteLock units) throws SQLException {
        this.database = database;
        this.units = units;
        this.dialect = dialect;
        this.clock = clock;
        this.availability = availability;
        this.metadata = new Metadata(dialect);
        this.deriver = new SchemaDeriver(dialect);
        this.updater = new SchemaUpdater(dialect);
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                metadata.ensure(connection);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    StoreCatalog catalog() {
        return catalog;
    }

    void add(EPackage ePackage) {
        synchronized (lock) {
            registered.put(ePackage.getNsURI(), ePackage);
            process(ePackage.getNsURI());
            retryWaiting();
            announce();
        }
    }

    void remove(EPackage ePackage) {
        synchronized (lock) {
            String nsURI = ePackage.getNsURI();
            if (registered.get(nsURI) != ePackage) {
                return;
            }
            registered.remove(nsURI);
            PackageState old = catalog.states.get(nsURI);
            catalog = catalog.without(nsURI, new PackageState(nsURI, old == null ? null : old.schema(), Status.REMOVED,
                    List.of("Pakket " + nsURI + " is afgemeld; de gegevens blijven bewaard.")));
            LOG.info("Opslag: pakket {} afgemeld; tabellen en gegevens blijven bewaard", nsURI);
            announce();
        }
    }

    void addMigration(Migration migration) {
        migrations.add(migration);
        synchronized (lock) {
            PackageState state = catalog.states.get(migration.nsURI());
            if (state != null && state.status() == Status.REFUSED && registered.containsKey(migration.nsURI())) {
                process(migration.nsURI());
                retryWaiting();
                announce();
            }
        }
    }

    void removeMigration(Migration migration) {
        migrations.remove(migration);
    }

    /** The nsURIs of the packages available now. */
    Set<String> available() {
        return Set.copyOf(catalog.packages.keySet());
    }

    private void announce() {
        availability.accept(available());
    }

    private void retryWaiting() {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (String nsURI : new ArrayList<>(registered.keySet())) {
                PackageState state = catalog.states.get(nsURI);
                if (state != null && state.status() == Status.WAITING && process(nsURI)) {
                    progress = true;
                }
            }
        }
    }

    /** Maps one registered package; true when it is available afterwards. */
    private boolean process(String nsURI) {
        EPackage ePackage = registered.get(nsURI);
        SchemaDeriver.Result result = deriver.derive(ePackage, uri -> catalog.packages.get(uri));
        String schema = Names.schema(ePackage.getNsPrefix(), dialect.maxIdentifierLength());
        if (!result.problems().isEmpty()) {
            return refuse(nsURI, schema, result.problems());
        }
        if (!result.waitingFor().isEmpty()) {
            List<String> messages = result.waitingFor().stream().map(uri -> "Pakket " + nsURI
                    + " verwijst naar pakket " + uri + ", dat (nog) niet beschikbaar is in de opslag.").toList();
            catalog = catalog.without(nsURI, new PackageState(nsURI, schema, Status.WAITING, messages));
            LOG.info("Opslag: pakket {} wacht op {}", nsURI, result.waitingFor());
            return false;
        }
        PackageMap map = result.map();
        List<String> messages;
        try {
            messages = applyExclusively(map);
        } catch (SQLException e) {
            return refuse(nsURI, schema, List.of("Pakket " + nsURI + ": de database is niet bereikbaar ("
                    + e.getMessage() + ")."));
        }
        if (!messages.isEmpty()) {
            return refuse(nsURI, schema, messages);
        }
        catalog = catalog.with(map, new PackageState(nsURI, map.schema(), Status.AVAILABLE, List.of()));
        return true;
    }

    /**
     * Brings the tables in line with the map in one transaction, while no unit of work of the store
     * runs: Derby's DDL (a foreign key to a core table, say) and an import writing those tables can
     * otherwise deadlock, and either the import or the module's schema would be lost. A conflict
     * with other database work (views, accounts) is retried a few times.
     *
     * @return refusal messages; empty when the schema was brought up to date and committed
     * @throws SQLException when the database cannot be reached
     */
    private List<String> applyExclusively(PackageMap map) throws SQLException {
        for (int attempt = 1;; attempt++) {
            // A thread inside a unit of work cannot wait for the others to finish (it would wait for itself).
            Lock exclusive = units.getReadHoldCount() == 0 ? units.writeLock() : null;
            if (exclusive != null) {
                exclusive.lock();
            }
            try (Connection connection = database.connect()) {
                connection.setAutoCommit(false);
                try {
                    List<String> messages = migrate(connection, map);
                    if (messages.isEmpty()) {
                        connection.commit();
                    } else {
                        connection.rollback();
                    }
                    return messages;
                } catch (SQLException e) {
                    connection.rollback();
                    if (attempt >= SCHEMA_ATTEMPTS || dialect.classify(e) != SqlFailure.CONFLICT) {
                        return List.of(notUpdated(map, e));
                    }
                    LOG.info("Opslag: pakket {}: het schema botste met ander werk in de database ({}); poging {} van {}",
                            map.nsURI(), e.getMessage(), attempt + 1, SCHEMA_ATTEMPTS);
                } catch (RuntimeException e) {
                    connection.rollback();
                    return List.of(notUpdated(map, e));
                }
            } finally {
                if (exclusive != null) {
                    exclusive.unlock();
                }
            }
            pause(attempt);
        }
    }

    private static String notUpdated(PackageMap map, Exception e) {
        return "Pakket " + map.nsURI() + ": het schema kon niet worden bijgewerkt; er is niets gewijzigd ("
                + e.getMessage() + ").";
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Applies everything in the open transaction; returns refusal messages instead when needed. */
    private List<String> migrate(Connection connection, PackageMap map) throws SQLException {
        String nsURI = map.nsURI();
        Optional<String> owner = metadata.schemaOwner(connection, map.schema(), nsURI);
        if (owner.isPresent()) {
            return List.of("Pakket " + nsURI + ": schema " + map.schema() + " hoort al bij pakket " + owner.get()
                    + " (zelfde nsPrefix); geef het pakket een eigen nsPrefix.");
        }
        Metadata.Recorded recorded = metadata.load(connection, nsURI);
        List<SchemaChange> changes = SchemaDiff.compare(nsURI, recorded.tables(), map.tables());
        List<SchemaChange> destructive = changes.stream().filter(c -> c.kind().destructive()).toList();
        Map<Migration, List<SchemaChange>> plan = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (SchemaChange change : destructive) {
            Optional<Migration> migration = migrations.stream()
                    .filter(m -> nsURI.equals(m.nsURI()) && m.handles(change)).findFirst();
            if (migration.isPresent()) {
                plan.computeIfAbsent(migration.get(), m -> new ArrayList<>()).add(change);
            } else {
                refused.add(change.message());
            }
        }
        if (!refused.isEmpty()) {
            refused.add("Pakket " + nsURI + " is niet beschikbaar in de opslag tot het model weer past of de bundel een"
                    + " Migration levert; er is niets gewijzigd.");
            return refused;
        }
        for (Map.Entry<Migration, List<SchemaChange>> step : plan.entrySet()) {
            LOG.info("Opslag: pakket {}: migratie {} voor {}", nsURI, step.getKey().getClass().getName(),
                    step.getValue().stream().map(SchemaChange::message).collect(Collectors.joining(" ")));
            step.getKey().migrate(connection, step.getValue());
        }
        updater.apply(connection, map, changes, !plan.isEmpty());
        if (!recorded.matches(map)) {
            metadata.record(connection, map, recorded, clock.instant());
        }
        List<String> additive = changes.stream().filter(c -> !c.kind().destructive()).map(SchemaChange::message)
                .toList();
        if (recorded.tables().isEmpty()) {
            LOG.info("Opslag: pakket {} in schema {}: {} tabellen aangemaakt ({})", nsURI, map.schema(),
                    map.tables().size(), map.tables().stream().map(TableDef::name).collect(Collectors.joining(", ")));
        } else if (additive.isEmpty() && plan.isEmpty()) {
            LOG.info("Opslag: pakket {} in schema {}: schema ongewijzigd", nsURI, map.schema());
        } else {
            LOG.info("Opslag: pakket {} in schema {} bijgewerkt: {}", nsURI, map.schema(), String.join("; ", additive));
        }
        return List.of();
    }

    private boolean refuse(String nsURI, String schema, List<String> messages) {
        catalog = catalog.without(nsURI, new PackageState(nsURI, schema, Status.REFUSED, messages));
        messages.forEach(m -> LOG.warn("Opslag: {}", m));
        return false;
    }
}
