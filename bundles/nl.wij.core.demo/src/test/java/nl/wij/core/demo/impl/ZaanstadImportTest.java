package nl.wij.core.demo.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import nl.wij.core.importer.DuoReaders;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.impl.ImportDispatcher;
import nl.wij.core.imports.impl.duo.DuoFileImporter;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Vestiging;
import nl.wij.core.store.impl.JdbcModelStore;
import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.db.DatabaseStatus;

/** The shipped extract imports without a problem and gives Zaanstad with its schools and counts. */
class ZaanstadImportTest {

    @Test
    void theExtractGivesZaanstadWithItsSchools() throws Exception {
        String url = "jdbc:derby:memory:demo-" + UUID.randomUUID();
        DriverManager.getConnection(url + ";create=true").close();
        Database database = new Database() {
            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url);
            }

            @Override
            public DatabaseStatus status() {
                return new DatabaseStatus(true, "Apache Derby", "memory");
            }
        };
        JdbcModelStore store = new JdbcModelStore(database, new DerbyDialect(), Clock.systemUTC());
        store.bindPackage(CorePackage.eINSTANCE);
        ImportDispatcher imports = new ImportDispatcher(25, Clock.systemUTC());
        imports.addImporter(new DuoFileImporter(store, DuoReaders.create(), CorePackage.eINSTANCE, 10_000, 50));
        Path shipped = Path.of(System.getProperty("wij.demo.resources", "src/main/resources/demo"));

        for (String file : ZaanstadDemo.FILES) {
            ImportReport report = imports.importFile(shipped.resolve(file), new ImportRequest(ZaanstadDemo.USER, null, null));
            assertTrue(report.accepted(), file + ": " + report.problems());
            assertEquals(List.of(), report.warnings(), file);
        }

        List<EObject> vestigingen = store.read(s -> s.list(CorePackage.eINSTANCE.getVestiging()));
        assertTrue(vestigingen.size() >= 45 + 14, "45 bo and 14 vo vestigingen, and (v)so schools from the counts");
        assertTrue(vestigingen.stream().map(Vestiging.class::cast).allMatch(v -> v.getGemeente() != null
                && v.getGemeente().getCode().equals("GM0479")), "every demo vestiging is in Zaanstad");
        Gemeente zaanstad = (Gemeente) store.read(s -> s.get(CorePackage.eINSTANCE.getGemeente(), "GM0479")).orElseThrow();
        assertEquals("Zaanstad", zaanstad.getNaam());
        assertEquals("Noord-Holland", zaanstad.getProvincie());
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException dropped) {
            // 08006
        }
    }
}
