package nl.wij.ihp.web.impl.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Assumptions;

import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Instelling;
import nl.wij.core.model.Leerlingtelling;
import nl.wij.core.model.Onderwijssoort;
import nl.wij.core.model.Vestiging;
import nl.wij.core.model.support.Sleutels;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.impl.JdbcModelStore;
import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.ihp.model.IhpPackage;
import nl.wij.platform.api.db.Database;
import nl.wij.platform.api.db.DatabaseStatus;

/**
 * The real model store on a fresh in-memory Derby database with the real core and IHP models, the
 * IHP components on it, and Zaanstad's po vestigingen and pupil counts read from the real DUO file
 * (the store's implementation classes are on the test class path; in a framework they are private).
 */
public final class TestStore implements AutoCloseable {

    /** 2026, the year the signaleringen judge in these tests. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    static final Path DUO = Path.of(System.getProperty("wij.shared.data", "../../../shared/data")).resolve("duo");
    static final String PO_TELLING = "gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv";

    public final ModelStore store;
    public final Database database;
    public final Huisvesting huisvesting;
    public final Bewerkingen bewerkingen;
    private final String url;

    public TestStore() throws SQLException {
        this(available -> { });
    }

    /** With a listener for the packages the store makes available (what its condition services announce). */
    public TestStore(Consumer<Set<String>> availability) throws SQLException {
        url = "jdbc:derby:memory:ihp-" + UUID.randomUUID();
        DriverManager.getConnection(url + ";create=true").close();
        database = new Database() {
            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url);
            }

            @Override
            public DatabaseStatus status() {
                return new DatabaseStatus(true, "Apache Derby", "memory");
            }
        };
        JdbcModelStore jdbc = new JdbcModelStore(database, new DerbyDialect(), Clock.systemUTC(), availability);
        jdbc.bindPackage(CorePackage.eINSTANCE);
        jdbc.bindPackage(IhpPackage.eINSTANCE);
        store = jdbc;
        huisvesting = new Huisvesting(store, database, CLOCK);
        bewerkingen = new Bewerkingen(store);
    }

    /** One po vestiging's row of the real count file: BRIN6, name, soort literal, pupils. */
    public record PoTelling(String brin6, String naam, String soort, int leerlingen) {
    }

    /** Zaanstad's rows (GEMEENTENUMMER 479) of the real po count file, 1 October 2019; skips the test without the file. */
    public static List<PoTelling> zaanstad() throws IOException {
        Path file = DUO.resolve(PO_TELLING);
        Assumptions.assumeTrue(Files.isRegularFile(file), "the real DUO files are not here: " + file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        List<String> header = List.of(lines.get(0).split(";", -1));
        List<PoTelling> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";", -1);
            if (f.length == header.size() && f[header.indexOf("GEMEENTENUMMER")].strip().equals("479")) {
                String nummer = f[header.indexOf("VESTIGINGSNUMMER")].strip();
                rows.add(new PoTelling(f[header.indexOf("BRIN_NUMMER")].strip() + (nummer.length() == 1 ? "0" + nummer : nummer),
                        f[header.indexOf("INSTELLINGSNAAM_VESTIGING")].strip(), f[header.indexOf("SOORT_PO")].strip().toLowerCase(),
                        Integer.parseInt(f[header.indexOf("LEERLINGEN")].strip())));
            }
        }
        return rows;
    }

    /** Stores Zaanstad with its po vestigingen and their counts of 1 October 2019. */
    public List<PoTelling> laadZaanstad() throws IOException {
        List<PoTelling> rows = zaanstad();
        CoreFactory f = CoreFactory.eINSTANCE;
        Gemeente zaanstad = f.createGemeente();
        zaanstad.setCode("GM0479");
        zaanstad.setNaam("Zaanstad");
        Map<String, EObject> objects = new LinkedHashMap<>();
        objects.put("GM0479", zaanstad);
        for (PoTelling row : rows) {
            Instelling instelling = (Instelling) objects.computeIfAbsent(row.brin6().substring(0, 4), brin4 -> {
                Instelling i = f.createInstelling();
                i.setBrin4(brin4);
                return i;
            });
            Vestiging v = f.createVestiging();
            v.setBrin6(row.brin6());
            v.setNaam(row.naam());
            v.setInstelling(instelling);
            v.setGemeente(zaanstad);
            v.setSoort(Onderwijssoort.get(row.soort()));
            objects.put(row.brin6(), v);
            Leerlingtelling t = f.createLeerlingtelling();
            t.setVestiging(v);
            t.setPeildatum(datum(2019, 10, 1));
            t.setSoort(v.getSoort());
            t.setAantal(row.leerlingen());
            t.setSleutel(Sleutels.van(t));
            objects.put(t.getSleutel(), t);
        }
        store.write("test", s -> s.saveAll(objects.values()));
        return rows;
    }

    /** A pupil count of a vestiging in a year (1 October). */
    public void telling(String brin6, int jaar, int aantal) {
        store.write("test", s -> {
            Vestiging v = (Vestiging) s.get(CorePackage.Literals.VESTIGING, brin6).orElseThrow();
            Leerlingtelling t = CoreFactory.eINSTANCE.createLeerlingtelling();
            t.setVestiging(v);
            t.setPeildatum(datum(jaar, 10, 1));
            t.setSoort(v.getSoort());
            t.setAantal(aantal);
            t.setSleutel(Sleutels.van(t));
            return s.save(t);
        });
    }

    public static Date datum(int jaar, int maand, int dag) {
        return Date.from(LocalDate.of(jaar, maand, dag).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    @Override
    public void close() {
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful drop as an exception (SQLState 08006).
        }
    }
}
