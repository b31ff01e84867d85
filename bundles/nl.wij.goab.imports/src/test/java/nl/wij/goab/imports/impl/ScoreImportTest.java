package nl.wij.goab.imports.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wij.core.importer.ImportProblem;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Instelling;
import nl.wij.core.model.Vestiging;
import nl.wij.core.imports.ClassCount;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.store.impl.JdbcModelStore;
import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.goab.model.GoabPackage;
import nl.wij.testing.TestDatabase;

/** The real CBS file and broken variants through the importer into the real store on in-memory Derby. */
class ScoreImportTest {

    private static final CorePackage CORE = CorePackage.eINSTANCE;
    private static final GoabPackage GOAB = GoabPackage.eINSTANCE;

    @TempDir
    Path dir;

    private TestDatabase database;
    private JdbcModelStore store;
    private CbsScoreImporter imports;

    @BeforeEach
    void start() throws SQLException {
        database = new TestDatabase();
        store = new JdbcModelStore(database, new DerbyDialect(), Clock.systemUTC());
        store.bindPackage(CORE);
        store.bindPackage(GOAB);
        imports = new CbsScoreImporter(new ScoreSchrijver(store, CORE, GOAB), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void theRealFileIsReadCompletelyAndEqualsTheFile() throws Exception {
        Map<String, CbsBestand.Rij> file = CbsBestand.tabel1(CbsBestand.echt());

        Scoreblad.Lezing lezing = Scoreblad.lees(CbsBestand.echt(), null);

        assertEquals(List.of(), lezing.problemen());
        assertEquals("Tabel 1", lezing.blad());
        assertEquals(LocalDate.of(2019, 10, 1), lezing.peildatum(), "from the title: ..., 1 oktober 2019");
        assertEquals(file.size(), lezing.regels().size());
        assertEquals(file.keySet().stream().toList(), lezing.regels().stream().map(Scoreblad.Regel::brin6).toList());
        for (Scoreblad.Regel regel : lezing.regels()) {
            CbsBestand.Rij rij = file.get(regel.brin6());
            assertEquals(rij.leerlingen(), regel.leerlingen(), regel.brin6());
            assertEquals(0, rij.score().compareTo(regel.score()), regel.brin6());
        }
        assertTrue(lezing.regels().stream().anyMatch(Scoreblad.Regel::onbetrouwbaar), "footnote a is kept");
        assertEquals(java.util.Optional.of(CbsScoreImporter.KIND), imports.recognise(CbsBestand.echt()));
    }

    @Test
    void importOnceWritesEveryRowCreatingUnknownVestigingenAndAgainChangesNothing() throws Exception {
        Map<String, CbsBestand.Rij> file = CbsBestand.tabel1(CbsBestand.echt());
        String known = file.keySet().iterator().next();
        store.write("test", session -> {
            Gemeente gemeente = CORE.getCoreFactory().createGemeente();
            gemeente.setCode("GM0479");
            gemeente.setNaam("Zaanstad");
            Instelling instelling = CORE.getCoreFactory().createInstelling();
            instelling.setBrin4(known.substring(0, 4));
            Vestiging vestiging = CORE.getCoreFactory().createVestiging();
            vestiging.setBrin6(known);
            vestiging.setNaam("De Bekende School");
            vestiging.setInstelling(instelling);
            vestiging.setGemeente(gemeente);
            return session.saveAll(List.of(gemeente, instelling, vestiging));
        });

        ImportReport eerste = importeer(CbsBestand.echt(), null);

        assertTrue(eerste.accepted(), eerste.problems().toString());
        assertEquals(CbsScoreImporter.KIND, eerste.kind());
        assertEquals(LocalDate.of(2019, 10, 1), eerste.peildatum());
        assertEquals(new ClassCount("Achterstandsscore", file.size(), 0, 0, "Achterstandsscores"), eerste.count("Achterstandsscore").orElseThrow());
        assertEquals(new ClassCount("Vestiging", file.size() - 1, 0, 0, "Vestigingen"), eerste.count("Vestiging").orElseThrow());
        assertEquals(file.size(), count("SELECT COUNT(*) FROM GOAB_DATA.ACHTERSTANDSSCORE"));
        BigDecimal sum = file.values().stream().map(CbsBestand.Rij::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(decimal("SELECT SUM(SCORE) FROM GOAB_DATA.ACHTERSTANDSSCORE")));
        assertEquals("De Bekende School", text("SELECT NAAM FROM CORE_DATA.VESTIGING WHERE BRIN6 = '" + known + "'"),
                "a known vestiging keeps what DUO told");
        assertEquals("GM0479", text("SELECT GEMEENTE_CODE FROM CORE_DATA.VESTIGING WHERE BRIN6 = '" + known + "'"));
        long audit = count("SELECT COUNT(*) FROM WIJ_STORE.AUDIT");

        ImportReport tweede = importeer(CbsBestand.echt(), null);

        assertEquals(new ClassCount("Achterstandsscore", 0, 0, file.size(), "Achterstandsscores"), tweede.count("Achterstandsscore").orElseThrow());
        assertEquals(0, tweede.created() + tweede.updated());
        assertEquals(audit, count("SELECT COUNT(*) FROM WIJ_STORE.AUDIT"), "a re-import audits nothing");
    }

    @Test
    void aLaterYearWithAnotherSheetNameHeaderRowAndTitleIsReadByContent() throws Exception {
        Path later = dir.resolve("achterstandsscores-2022.xlsx");
        new TestWerkmap()
                .blad("Toelichting", Map.of(1, List.of("Uitleg over de achterstandsscore")))
                .blad("Tabel 3", Map.of(
                        2, List.of("Tabel 3"),
                        3, List.of("Achterstandsscore per basisschoolvestiging, 1 oktober 2022"),
                        6, List.of("Brin vestiging", "Bekostigde leerlingen", "Achterstandsscore"),
                        8, List.of(" 00ap00 ", 120, 12.5),
                        9, Arrays.asList("01AB01", 30, 0, "a"),
                        11, List.of("Bron: CBS")))
                .schrijf(later);

        Scoreblad.Lezing lezing = Scoreblad.lees(later, null);

        assertEquals(List.of(), lezing.problemen());
        assertEquals("Tabel 3", lezing.blad());
        assertEquals(LocalDate.of(2022, 10, 1), lezing.peildatum());
        assertEquals(List.of(new Scoreblad.Regel(8, "00AP00", 120, new BigDecimal("12.50"), false),
                new Scoreblad.Regel(9, "01AB01", 30, new BigDecimal("0.00"), true)), lezing.regels());
        assertEquals(LocalDate.of(2023, 1, 1), Scoreblad.lees(later, LocalDate.of(2023, 1, 1)).peildatum(),
                "the caller's peildatum wins");
    }

    @Test
    void aSheetWithoutTheHeaderRowIsRefusedAndWritesNothing() throws Exception {
        Path geenKop = dir.resolve("scores.xlsx");
        new TestWerkmap().blad("Tabel 1", Map.of(1, List.of("Achterstandsscore per basisschoolvestiging, 1 oktober 2019"),
                6, List.of("00AP00", 100, 33.02))).schrijf(geenKop);

        ImportReport uitslag = importeer(geenKop, null);

        assertFalse(uitslag.accepted());
        assertTrue(imports.recognise(geenKop).isEmpty());
        ImportProblem problem = uitslag.problems().get(0);
        assertEquals("scores.xlsx", problem.file());
        assertEquals(0, problem.line());
        assertTrue(problem.message().contains("Geen werkblad met de kopregel"), problem.message());
        assertFalse(Scoreblad.herken(geenKop));
        assertEquals(0, count("SELECT COUNT(*) FROM GOAB_DATA.ACHTERSTANDSSCORE"));
        assertEquals(0, count("SELECT COUNT(*) FROM CORE_DATA.VESTIGING"));
    }

    @Test
    void badCellsAreNamedByLineAndColumnAndNothingIsWritten() throws Exception {
        Path fout = dir.resolve("fout.xlsx");
        new TestWerkmap().blad("Tabel 1", Map.of(
                2, List.of("Achterstandsscore per basisschoolvestiging, 1 oktober 2019"),
                4, List.of("School (BRIN vestiging)", "Aantal bekostigde leerlingen", "Achterstandsscore"),
                6, List.of("00AP00", 100, 33.02),
                7, List.of("00AR00", "veel", 1),
                8, List.of("0AR00", 10, 1),
                9, List.of("00AP00", 10, 1),
                10, List.of("00AS00", 10, -3))).schrijf(fout);

        ImportReport uitslag = importeer(fout, null);

        assertEquals(List.of("fout.xlsx, regel 7, kolom Aantal bekostigde leerlingen (2): Cel B7: Dit is geen aantal."
                        + " (waarde: \"veel\")",
                "fout.xlsx, regel 8, kolom School (BRIN vestiging) (1): Cel A8: Dit is geen vestigingscode (BRIN6): twee"
                        + " cijfers, twee letters en twee cijfers, zoals 16AH00. (waarde: \"0AR00\")",
                "fout.xlsx, regel 9, kolom School (BRIN vestiging) (1): Cel A9: Vestiging 00AP00 staat ook al op regel 6."
                        + " (waarde: \"00AP00\")",
                "fout.xlsx, regel 10, kolom Achterstandsscore (3): Cel C10: De achterstandsscore moet tussen 0 en 1.000.000"
                        + " liggen. (waarde: \"-3\")"),
                uitslag.problems().stream().map(ImportProblem::toString).toList());
        assertEquals(0, count("SELECT COUNT(*) FROM GOAB_DATA.ACHTERSTANDSSCORE"));
    }

    @Test
    void aFileThatIsNoWorkbookOrLacksADateIsRefusedWithAMessage() throws Exception {
        Path csv = dir.resolve("scores.xlsx");
        Files.writeString(csv, "BRIN;score\n00AP00;1\n");
        assertTrue(importeer(csv, null).problems().get(0).message().contains("geen zip-pakket"));
        assertTrue(imports.recognise(csv).isEmpty());

        Path zonderDatum = dir.resolve("zonder-datum.xlsx");
        new TestWerkmap().blad("Tabel 1", Map.of(
                4, List.of("School (BRIN vestiging)", "Aantal bekostigde leerlingen", "Achterstandsscore"),
                6, List.of("00AP00", 100, 33.02))).schrijf(zonderDatum);
        ImportProblem geenDatum = importeer(zonderDatum, null).problems().get(0);
        assertTrue(geenDatum.message().contains("De peildatum staat niet in de titel"), geenDatum.message());
        assertTrue(importeer(zonderDatum, LocalDate.of(2019, 10, 1)).accepted());
    }

    private ImportReport importeer(Path file, LocalDate peildatum) {
        return imports.importFile(file, CbsScoreImporter.KIND, new ImportRequest("import:test", CbsScoreImporter.KIND, peildatum),
                records -> { });
    }

    private long count(String sql) throws SQLException {
        return decimal(sql).longValue();
    }

    private BigDecimal decimal(String sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getBigDecimal(1) == null ? BigDecimal.ZERO : r.getBigDecimal(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
