package nl.wij.ihp.imports.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Instelling;
import nl.wij.core.model.Vestiging;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.impl.JdbcModelStore;
import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.ihp.model.IhpPackage;
import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.db.DatabaseStatus;

/**
 * The forecast import on the real store over in-memory Derby, with Zaanstad's real basisschool
 * vestigingen (from the real DUO file) and TEST DATA forecasts in DUO's format for them.
 */
class PrognoseImporterTest {

    @TempDir
    Path dir;

    private String url;
    private ModelStore store;
    private PrognoseImporter importer;
    private List<String> vestigingen;

    @BeforeEach
    void open() throws Exception {
        url = "jdbc:derby:memory:ihp-import-" + UUID.randomUUID();
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
        JdbcModelStore jdbc = new JdbcModelStore(database, new DerbyDialect(), Clock.systemUTC());
        jdbc.bindPackage(CorePackage.eINSTANCE);
        jdbc.bindPackage(IhpPackage.eINSTANCE);
        store = jdbc;
        importer = new PrognoseImporter(store);
        vestigingen = ZaanstadPrognose.vestigingen();
        Gemeente zaanstad = CoreFactory.eINSTANCE.createGemeente();
        zaanstad.setCode("GM0479");
        zaanstad.setNaam("Zaanstad");
        List<EObject> objects = new ArrayList<>(List.of(zaanstad));
        for (String brin6 : vestigingen) {
            Instelling instelling = (Instelling) objects.stream().filter(o -> o instanceof Instelling i && i.getBrin4().equals(brin6.substring(0, 4)))
                    .findFirst().orElseGet(() -> {
                        Instelling i = CoreFactory.eINSTANCE.createInstelling();
                        i.setBrin4(brin6.substring(0, 4));
                        objects.add(i);
                        return i;
                    });
            Vestiging v = CoreFactory.eINSTANCE.createVestiging();
            v.setBrin6(brin6);
            v.setNaam("Vestiging " + brin6);
            v.setInstelling(instelling);
            v.setGemeente(zaanstad);
            objects.add(v);
        }
        store.write("test", s -> s.saveAll(objects));
    }

    @AfterEach
    void close() {
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful drop as an exception (SQLState 08006).
        }
    }

    @Test
    void oneTransactionPerFileAndAgainChangesNothing() throws Exception {
        Path file = ZaanstadPrognose.schrijf(dir, "wpoprognoses-zaanstad.csv", ZaanstadPrognose.HEADER, ZaanstadPrognose.regels(vestigingen));
        assertEquals(Optional.of("ihp-prognose-duo"), importer.recognise(file));
        AtomicLong records = new AtomicLong();

        ImportReport eerste = importer.importFile(file, "ihp-prognose-duo", new ImportRequest("import:beleid", null, null), records::set);
        assertTrue(eerste.accepted(), eerste.problems().toString());
        assertEquals(vestigingen.size() * 16, eerste.created());
        assertEquals(vestigingen.size() * 16L, records.get());
        assertEquals("UTF-8 (BOM)", eerste.encoding());
        assertEquals(vestigingen.size() * 16, prognoses());

        ImportReport tweede = importer.importFile(file, "ihp-prognose-duo", new ImportRequest("import:beleid", null, null), r -> { });
        assertEquals(0, tweede.created() + tweede.updated());
        assertEquals(vestigingen.size() * 16, tweede.unchanged());
    }

    @Test
    void anUnknownVestigingRefusesTheWholeFile() throws Exception {
        List<String> regels = new ArrayList<>(ZaanstadPrognose.regels(vestigingen.subList(0, 2)));
        regels.add("99XX,00,BAO,2030,100");
        Path file = ZaanstadPrognose.schrijf(dir, "onbekend.csv", ZaanstadPrognose.HEADER, regels);
        ImportReport report = importer.importFile(file, "ihp-prognose-duo", new ImportRequest("import:beleid", null, null), r -> { });
        assertFalse(report.accepted());
        assertEquals("onbekend.csv, regel 34: Vestiging 99XX00 is onbekend; lees eerst de vestigingen van DUO in. (waarde: \"99XX00\")",
                report.problems().get(0).toString());
        assertEquals(0, prognoses(), "nothing of the file was written");
    }

    @Test
    void aBrokenLineRefusesTheFileWithItsLocation() throws Exception {
        Path file = ZaanstadPrognose.schrijf(dir, "negatief.csv", ZaanstadPrognose.HEADER,
                List.of(vestigingen.get(0).substring(0, 4) + ",00,BAO,2030,-3"));
        ImportReport report = importer.importFile(file, "ihp-prognose-duo", new ImportRequest("import:beleid", null, null), r -> { });
        assertEquals("negatief.csv, regel 2, kolom PROGNOSEAANTALLEN (5): Een negatief aantal kan niet. (waarde: \"-3\")",
                report.problems().get(0).toString());
        assertEquals(0, prognoses());
    }

    private int prognoses() {
        return store.read(s -> s.list(IhpPackage.eINSTANCE.getLeerlingprognose()).size());
    }
}
