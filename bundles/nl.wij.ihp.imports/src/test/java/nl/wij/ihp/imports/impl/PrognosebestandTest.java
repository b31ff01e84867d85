package nl.wij.ihp.imports.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wij.core.importer.ImportProblem;

/** Reading forecast files: DUO's format and its variants, the gemeente's own, and broken files. */
class PrognosebestandTest {

    @TempDir
    Path dir;

    @Test
    void duosFormatForTheRealZaanstadVestigingen() throws Exception {
        List<String> vestigingen = ZaanstadPrognose.vestigingen();
        Path file = ZaanstadPrognose.schrijf(dir, "wpoprognoses-zaanstad.csv", ZaanstadPrognose.HEADER, ZaanstadPrognose.regels(vestigingen));

        assertEquals(Optional.of(Prognosebestand.Soort.DUO), Prognosebestand.herken(file));
        Prognosebestand.Gelezen gelezen = Prognosebestand.lees(file, Prognosebestand.Soort.DUO, "wpoprognoses-zaanstad.csv");
        assertEquals(List.of(), gelezen.problemen());
        assertEquals("UTF-8 (BOM)", gelezen.encoding());
        assertEquals(vestigingen.size() * 16, gelezen.prognoses().size());
        Prognosebestand.Regel eerste = gelezen.prognoses().get(0);
        assertEquals(vestigingen.get(0), eerste.brin6());
        assertEquals(2020, eerste.jaar());
        assertEquals(ZaanstadPrognose.aantal(0, 2020), eerste.aantal());
        assertEquals("BAO", eerste.type());
        assertEquals(2, eerste.regel());
    }

    @Test
    void headerVariantsSemicolonsQuotesAndTheWholeBrin6() throws Exception {
        Path file = Files.writeString(dir.resolve("prognose.csv"), "BRIN_NUMMER; Vestigings-nummer ;SOORT_PO;Jaar;PROGNOSE_AANTALLEN\n"
                + "\"27ZT\";\"27ZT01\";BAO;2030;212\n27ZT;1;BAO;2031;215\n", Charset.forName("windows-1252"));
        Prognosebestand.Gelezen gelezen = Prognosebestand.lees(file, Prognosebestand.Soort.DUO, "prognose.csv");
        assertEquals(List.of(), gelezen.problemen());
        assertEquals(List.of("27ZT01", "27ZT01"), gelezen.prognoses().stream().map(Prognosebestand.Regel::brin6).toList());
    }

    @Test
    void theGemeentesOwnForecast() throws Exception {
        Path file = Files.writeString(dir.resolve("eigen.csv"), "BRIN6;JAAR;LEERLINGEN;ONDERWIJSTYPE;OPGESTELD\n27ZT00;2030;250;;2024\n");
        assertEquals(Optional.of(Prognosebestand.Soort.GEMEENTE), Prognosebestand.herken(file));
        Prognosebestand.Gelezen gelezen = Prognosebestand.lees(file, Prognosebestand.Soort.GEMEENTE, "eigen.csv");
        assertEquals(List.of(new Prognosebestand.Regel(2, "27ZT00", 2030, 250, null, 2024)), gelezen.prognoses());
    }

    @Test
    void everyProblemNamesLineAndColumnAndNothingIsKept() throws Exception {
        Path file = ZaanstadPrognose.schrijf(dir, "kapot.csv", ZaanstadPrognose.HEADER, List.of(
                "27ZT,00,BAO,2030,212",
                "27ZT,00,BAO,2031,-5",
                "27ZT,00,BAO,twintig,10",
                "2ZT,00,BAO,2032,10",
                "27ZT,00,BAO,2033",
                "27ZT,00,BAO,2030,215"));
        Prognosebestand.Gelezen gelezen = Prognosebestand.lees(file, Prognosebestand.Soort.DUO, "kapot.csv");
        assertEquals(List.of(), gelezen.prognoses(), "a file with problems keeps nothing");
        List<String> problemen = gelezen.problemen().stream().map(ImportProblem::toString).toList();
        assertEquals(List.of(
                "kapot.csv, regel 3, kolom PROGNOSEAANTALLEN (5): Een negatief aantal kan niet. (waarde: \"-5\")",
                "kapot.csv, regel 4, kolom JAAR (4): Dit is geen geheel getal. (waarde: \"twintig\")",
                "kapot.csv, regel 5, kolom INSTELLINGSCODE (1): Een instellingscode (BRIN) is twee cijfers en twee letters, bijvoorbeeld 16AH. (waarde: \"2ZT\")",
                "kapot.csv, regel 6: De regel heeft 4 velden, de kopregel 5. (waarde: \"27ZT,00,BAO,2033\")",
                "kapot.csv, regel 7: Vestiging 27ZT00 heeft voor 2030 en type BAO al een eerdere regel. (waarde: \"27ZT,00,BAO,2030,215\")"),
                problemen);
    }

    @Test
    void notAForecastFileIsNotRecognisedAndAMissingColumnIsNamed() throws Exception {
        Path vestigingen = ZaanstadPrognose.DUO.resolve("alle-vestigingen-bo.csv");
        if (Files.isRegularFile(vestigingen)) {
            assertEquals(Optional.empty(), Prognosebestand.herken(vestigingen));
        }
        Path file = Files.writeString(dir.resolve("half.csv"), "INSTELLINGSCODE,VESTIGINGSCODE,JAAR\n27ZT,00,2030\n");
        Prognosebestand.Gelezen gelezen = Prognosebestand.lees(file, Prognosebestand.Soort.DUO, "half.csv");
        assertEquals(1, gelezen.problemen().size());
        assertTrue(gelezen.problemen().get(0).toString().startsWith("half.csv, regel 1, kolom PROGNOSEAANTALLEN: Kolom PROGNOSEAANTALLEN ontbreekt"),
                gelezen.problemen().toString());
        Path leeg = Files.writeString(dir.resolve("leeg.csv"), "");
        assertEquals("leeg.csv: Het bestand is leeg.", Prognosebestand.lees(leeg, Prognosebestand.Soort.DUO, "leeg.csv").problemen().get(0).toString());
    }
}
