package nl.wij.goab.demo.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.store.impl.JdbcModelStore;
import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.goab.imports.impl.CbsScoreImporter;
import nl.wij.goab.model.Achterstandsscore;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.Maatregel;
import nl.wij.goab.model.Peuter;
import nl.wij.goab.model.Uitkering;
import nl.wij.goab.model.VeLocatie;
import nl.wij.testing.TestDatabase;

/**
 * The shipped extract is exactly the real CBS rows of Zaanstad's basisschool vestigingen (those of
 * the real DUO file with GEMEENTENUMMER 0479), and the example data all carry the mark voorbeeld.
 */
class ZaanstadOnderwijskansenTest {

    private static final CorePackage CORE = CorePackage.eINSTANCE;
    private static final GoabPackage GOAB = GoabPackage.eINSTANCE;

    @Test
    void theExtractHoldsTheRealScoresOfEveryZaanstadSchool() throws Exception {
        Map<String, BigDecimal[]> extract = scores(Path.of("src/main/resources/demo/" + ZaanstadOnderwijskansen.SCORES));
        Map<String, BigDecimal[]> echt = scores(shared("cbs/achterstandsscores-scholen-2019.xlsx"));

        Set<String> zaanstad = new TreeSet<>();
        List<String> lines = Files.readAllLines(shared("duo/alle-vestigingen-bo.csv"), StandardCharsets.ISO_8859_1);
        List<String> header = List.of(lines.get(0).split(";", -1));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(";", -1);
            if (fields.length > 1 && fields[header.indexOf("GEMEENTENUMMER")].strip().equals("0479")) {
                zaanstad.add(fields[header.indexOf("VESTIGINGSNUMMER")].strip());
            }
        }
        zaanstad.retainAll(echt.keySet());
        assertEquals(zaanstad, new TreeSet<>(extract.keySet()));
        extract.forEach((brin6, rij) -> {
            assertEquals(0, echt.get(brin6)[0].compareTo(rij[0]), brin6);
            assertEquals(0, echt.get(brin6)[1].compareTo(rij[1]), brin6);
        });
    }

    @Test
    void theExamplesAreWrittenAndAllMarkedVoorbeeld() throws Exception {
        try (TestDatabase database = new TestDatabase()) {
            JdbcModelStore store = store(database);
            store.write("test", s -> {
                Gemeente g = CORE.getCoreFactory().createGemeente();
                g.setCode("GM0479");
                g.setNaam("Zaanstad");
                return s.save(g);
            });
            int saved;
            try (InputStream in = Files.newInputStream(Path.of("src/main/resources/demo/voorbeeld.json"))) {
                saved = new Voorbeelden(store, CORE, GOAB, Clock.systemDefaultZone())
                        .schrijf(JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject());
            }
            assertTrue(saved > 30, "written: " + saved);
            store.read(s -> {
                s.list(GOAB.getPeuter()).forEach(p -> assertTrue(((Peuter) p).isVoorbeeld(), ((Peuter) p).getCode()));
                s.list(GOAB.getMaatregel()).forEach(m -> assertTrue(((Maatregel) m).isVoorbeeld()));
                s.list(GOAB.getUitkering()).forEach(u -> assertTrue(((Uitkering) u).isVoorbeeld()));
                s.list(GOAB.getVeLocatie()).forEach(l -> assertTrue(((VeLocatie) l).isVoorbeeld()));
                assertEquals(14, s.list(GOAB.getPeuter()).size());
                s.list(GOAB.getPeuter()).forEach(p -> assertTrue(((Peuter) p).getCode().startsWith("VB-")));
                return null;
            });
        }
    }

    /** BRIN6 to pupils and score, as the real importer reads a file into a fresh store. */
    private static Map<String, BigDecimal[]> scores(Path file) throws SQLException {
        try (TestDatabase database = new TestDatabase()) {
            JdbcModelStore store = store(database);
            ImportReport report = new CbsScoreImporter(store, CORE, GOAB).importFile(file, "goab-achterstandsscores",
                    new ImportRequest("import:test", "goab-achterstandsscores", null), n -> { });
            assertTrue(report.accepted(), report.problems().toString());
            Map<String, BigDecimal[]> scores = new HashMap<>();
            store.read(s -> {
                s.list(GOAB.getAchterstandsscore()).forEach(o -> {
                    Achterstandsscore a = (Achterstandsscore) o;
                    scores.put(a.getVestiging().getBrin6(),
                            new BigDecimal[] {BigDecimal.valueOf(a.getBekostigdeLeerlingen()), a.getScore()});
                });
                return null;
            });
            return scores;
        }
    }

    private static JdbcModelStore store(TestDatabase database) throws SQLException {
        JdbcModelStore store = new JdbcModelStore(database, new DerbyDialect(), Clock.systemUTC());
        store.bindPackage(CORE);
        store.bindPackage(GOAB);
        return store;
    }

    private static Path shared(String name) throws IOException {
        Path file = Path.of(System.getProperty("wij.shared.data", "../../../shared/data")).toAbsolutePath().normalize().resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("missing real data file " + file + " (set -Dwij.shared.data)");
        }
        return file;
    }
}
