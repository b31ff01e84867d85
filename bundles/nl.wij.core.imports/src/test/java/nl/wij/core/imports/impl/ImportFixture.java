package nl.wij.core.imports.impl;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import nl.wij.core.importer.DuoReaders;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.impl.duo.DuoFileImporter;
import nl.wij.core.model.CorePackage;
import nl.wij.core.store.ColumnInfo;
import nl.wij.core.store.ColumnRole;
import nl.wij.core.store.TableInfo;
import nl.wij.core.store.impl.JdbcModelStore;
import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.testing.TestDatabase;

/**
 * The import service with the built-in DUO importer on the real model store on a fresh in-memory
 * Derby, with the core model.
 */
abstract class ImportFixture {

    static final CorePackage MODEL = CorePackage.eINSTANCE;

    TestDatabase database;
    JdbcModelStore store;
    ImportDispatcher imports;

    @BeforeEach
    void startStore() throws SQLException {
        database = new TestDatabase();
        store = new JdbcModelStore(database, new DerbyDialect(), Clock.systemUTC());
        store.bindPackage(MODEL);
        imports = withDuo(25_000);
    }

    /** The import service with only the built-in DUO importer, writing {@code batchSize} objects per batch. */
    ImportDispatcher withDuo(int batchSize) {
        ImportDispatcher service = new ImportDispatcher(25, Clock.systemUTC());
        service.addImporter(new DuoFileImporter(store, DuoReaders.create(), MODEL, batchSize, 50));
        return service;
    }

    @AfterEach
    void stopStore() {
        database.close();
    }

    ImportReport importFile(Path file) {
        return imports.importFile(file, new ImportRequest("import:test", null, null));
    }

    ImportReport importFile(Path file, LocalDate peildatum) {
        return imports.importFile(file, new ImportRequest("import:test", null, peildatum));
    }

    /** Stored objects of a class, counted in its table (restricted to the class where the table holds a hierarchy). */
    long rows(EClass eClass) throws SQLException {
        TableInfo table = store.table(eClass).orElseThrow();
        String where = "";
        if (table.classes().size() > 1) {
            ColumnInfo discriminator = table.columns().stream().filter(c -> c.role() == ColumnRole.DISCRIMINATOR)
                    .findFirst().orElseThrow();
            where = " WHERE " + discriminator.name() + " = '" + eClass.getName() + "'";
        }
        return count("SELECT COUNT(*) FROM " + table.qualifiedName() + where);
    }

    /** Rows per model class the import writes, plus the audit trail. */
    Map<String, Long> allRows() throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (EClass eClass : List.of(MODEL.getGemeente(), MODEL.getRegio(), MODEL.getRegioLidmaatschap(),
                MODEL.getBevoegdGezag(), MODEL.getInstelling(), MODEL.getVestiging(), MODEL.getLeerlingtelling())) {
            rows.put(eClass.getName(), rows(eClass));
        }
        rows.put("audit", auditRows());
        return rows;
    }

    long auditRows() throws SQLException {
        return count("SELECT COUNT(*) FROM WIJ_STORE.AUDIT");
    }

    long count(String sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
