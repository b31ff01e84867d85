package nl.wij.core.store.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.store.AuditEntry;
import nl.wij.core.store.ColumnInfo;
import nl.wij.core.store.Migration;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.PackageState;
import nl.wij.core.store.StoreException;
import nl.wij.core.store.StoreException.Reason;
import nl.wij.core.store.StoreWork;
import nl.wij.core.store.TableInfo;
import nl.wij.core.store.dialect.Dialect;
import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.platform.api.db.Database;

/**
 * The model store on the platform database. Tracks {@link EPackage} services (property
 * {@code emf.nsURI}) and {@link Migration} services dynamically; see {@link SchemaManager}. Every
 * available package is announced as a {@code Condition} service ({@link AvailabilityConditions}).
 */
@Component(service = ModelStore.class, immediate = true)
public final class JdbcModelStore implements ModelStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcModelStore.class);

    private final Database database;
    private final Dialect dialect;
    private final Clock clock;
    private final SchemaManager schema;
    private final Consumer<Set<String>> availability;
    /** Shared by units of work, exclusive for schema changes (see {@link SchemaManager}). */
    private final ReentrantReadWriteLock units = new ReentrantReadWriteLock();

    /**
     * The component's constructor. Two parameters, so that Declarative Services, which looks for a
     * public constructor of that many, does not first try (and log an error for) a test constructor.
     */
    @Activate
    public JdbcModelStore(@Reference(name = "database") Database database,
            @Reference(name = "dialects", cardinality = ReferenceCardinality.MULTIPLE,
                    policyOption = ReferencePolicyOption.GREEDY) List<Dialect> dialects) throws SQLException {
        this(database, chooseDialect(database, dialects), Clock.systemUTC(),
                new AvailabilityConditions(FrameworkUtil.getBundle(JdbcModelStore.class).getBundleContext()));
    }

    /** For tests and for callers that choose the dialect themselves; announces availability nowhere. */
    public JdbcModelStore(Database database, Dialect dialect, Clock clock) throws SQLException {
        this(database, dialect, clock, available -> { });
    }

    /**
     * @param availability told the nsURIs of the available packages after every change
     */
    public JdbcModelStore(Database database, Dialect dialect, Clock clock, Consumer<Set<String>> availability)
            throws SQLException {
        this.database = database;
        this.dialect = dialect;
        this.clock = clock;
        this.schema = new SchemaManager(database, dialect, clock, availability, units);
        this.availability = availability;
        LOG.debug("Opslag actief met dialect {}", dialect.name());
    }

    @Deactivate
    void deactivate() {
        if (availability instanceof AvailabilityConditions conditions) {
            conditions.close();
        }
    }

    private static Dialect chooseDialect(Database database, List<Dialect> offered) throws SQLException {
        String product;
        try (Connection connection = database.connect()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        for (Dialect d : offered) {
            if (d.supports(product)) {
                return d;
            }
        }
        Dialect derby = new DerbyDialect();
        if (derby.supports(product)) {
            return derby;
        }
        throw new SQLException("Geen SQL-dialect voor database '" + product + "'; installeer een bundel die er een"
                + " als Dialect-service levert.");
    }

    @Reference(name = "packages", service = EPackage.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, target = "(emf.nsURI=*)")
    public void bindPackage(EPackage ePackage) {
        schema.add(ePackage);
    }

    public void unbindPackage(EPackage ePackage) {
        schema.remove(ePackage);
    }

    @Reference(name = "migrations", service = Migration.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    public void bindMigration(Migration migration) {
        schema.addMigration(migration);
    }

    public void unbindMigration(Migration migration) {
        schema.removeMigration(migration);
    }

    @Override
    public <T> T read(StoreWork<T> work) {
        units.readLock().lock();
        try {
            return readShared(work);
        } finally {
            units.readLock().unlock();
        }
    }

    private <T> T readShared(StoreWork<T> work) {
        StoreCatalog catalog = schema.catalog();
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (JdbcStoreSession session = new JdbcStoreSession(connection, catalog, dialect, null, clock.instant())) {
                T result = work.run(session);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, dialect, catalog);
        }
    }

    @Override
    public <T> T write(String user, StoreWork<T> work) {
        if (user == null || user.isBlank()) {
            throw new StoreException(Reason.ILLEGAL_STATE, "Een wijziging in de opslag heeft een gebruiker nodig"
                    + " (voor het auditspoor).");
        }
        units.readLock().lock();
        try {
            return writeShared(user, work);
        } finally {
            units.readLock().unlock();
        }
    }

    private <T> T writeShared(String user, StoreWork<T> work) {
        StoreCatalog catalog = schema.catalog();
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (JdbcStoreSession session = new JdbcStoreSession(connection, catalog, dialect, user, clock.instant())) {
                T result = work.run(session);
                session.finish();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, dialect, catalog);
        }
    }

    @Override
    public List<AuditEntry> auditTrail(EClass eClass, Object key) {
        StoreCatalog catalog = schema.catalog();
        ClassMap cm = catalog.require(eClass);
        Object canonical;
        try {
            canonical = cm.table.key.codec.keyFromUser(key);
        } catch (RuntimeException e) {
            throw new StoreException(Reason.INVALID, "'" + key + "' is geen geldige sleutel van " + cm.name() + ".", e);
        }
        try (Connection connection = database.connect()) {
            return AuditLog.trail(connection, cm.table.qualified, Codec.auditText(canonical));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, dialect, catalog);
        }
    }

    @Override
    public List<TableInfo> tables() {
        List<TableInfo> tables = new ArrayList<>();
        for (PackageMap p : schema.catalog().packages.values()) {
            p.tables().forEach(t -> tables.add(info(t)));
        }
        tables.sort(Comparator.comparing(TableInfo::qualifiedName));
        return tables;
    }

    @Override
    public Optional<TableInfo> table(EClass eClass) {
        ClassMap cm = schema.catalog().find(eClass);
        return cm == null ? Optional.empty() : Optional.of(info(cm.table.def));
    }

    @Override
    public List<PackageState> packages() {
        return List.copyOf(schema.catalog().states.values());
    }

    private TableInfo info(TableDef t) {
        List<ColumnInfo> columns = t.columns().stream().map(c -> new ColumnInfo(c.name(), dialect.typeName(c.type()),
                c.nullable(), c.role(), c.eClass(), c.feature(), c.refTable(), c.refColumn(), c.documentation(),
                c.values())).toList();
        return new TableInfo(t.nsURI(), t.schema(), t.name(), t.kind(), t.eClass(), t.classes(), t.feature(),
                t.documentation(), columns);
    }
}
