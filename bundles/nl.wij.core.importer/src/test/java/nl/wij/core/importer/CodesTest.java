package nl.wij.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0114", "114", "GM0114", "gm114", " 0114 ", "Gm 114"})
    void gemeenteCodeInEveryForm(String raw) {
        assertEquals("GM0114", Codes.gemeenteCode(raw));
    }

    @Test
    void shortGemeenteCodesArePadded() {
        assertEquals("GM0086", Codes.gemeenteCode("86"));
        assertEquals("GM0003", Codes.gemeenteCode("3"));
        assertEquals("GM1970", Codes.gemeenteCode("1970"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GM", "0", "0000", "12345", "GM01145", "Emmen", "11 4", "-114"})
    void invalidGemeenteCodes(String raw) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Codes.gemeenteCode(raw));
        assertTrue(e.getMessage().contains("gemeentecode"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"16AH,00,16AH00", "16AH,0,16AH00", "16AH,1,16AH01", "16ah,12,16AH12", "16AH,16AH00,16AH00",
            ",16AH03,16AH03", "'', 16ah03 ,16AH03"})
    void brin6FromFullCodeOrSuffix(String brin4, String code, String expected) {
        assertEquals(expected, Codes.brin6(brin4, code));
    }

    @Test
    void brin6Mistakes() {
        assertThrows(IllegalArgumentException.class, () -> Codes.brin6("16AH", "17AB00"), "code of another BRIN");
        assertThrows(IllegalArgumentException.class, () -> Codes.brin6(null, "00"), "suffix without BRIN");
        assertThrows(IllegalArgumentException.class, () -> Codes.brin6("16AH", "123"));
        assertThrows(IllegalArgumentException.class, () -> Codes.brin6("16AH", "AB"));
        assertThrows(IllegalArgumentException.class, () -> Codes.brin6("1AH", "00"), "invalid BRIN");
    }

    @Test
    void brin4IsTwoDigitsAndTwoLetters() {
        assertTrue(Codes.isBrin4("00AO"));
        assertTrue(Codes.isBrin4(" 31fu "));
        assertFalse(Codes.isBrin4("AB12"));
        assertFalse(Codes.isBrin4("1234"));
        assertFalse(Codes.isBrin4("16AH0"));
        assertFalse(Codes.isBrin4(null));
        assertEquals("16AH", Codes.brin4("16ah"));
    }

    @ParameterizedTest
    @CsvSource({
        "leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv, 2019-10-01",
        "gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv, 2019-10-01",
        "leerlingen_2019_2020.csv, 2019-10-01",
        "leerlingen-20192020.csv, 2019-10-01",
        "Leerlingen vo per vestiging naar onderwijstype 2023, 2023-10-01",
        "telling-2019-10-01.csv, 2019-10-01",
        "telling-20200115.csv, 2020-01-15",
    })
    void peildatumFromNameOrTitle(String name, LocalDate expected) {
        assertEquals(Optional.of(expected), Codes.peildatumUitNaam(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"leerlingen-vo.csv", "alle-vestigingen-bo.csv", "vergelijking-2017-2019.csv",
            "leerlingen-v12.csv", "x-2019-2021.csv"})
    void noPeildatumWithoutOneYearOrSchoolYear(String name) {
        assertEquals(Optional.empty(), Codes.peildatumUitNaam(name));
    }

    @Test
    void peildatumOverrideAlwaysWinsAndNeverToday() {
        LocalDate override = LocalDate.of(2018, 10, 1);
        assertEquals(override, Codes.peildatum(override, "leerlingen-2019.csv"));
        assertEquals(LocalDate.of(2019, 10, 1), Codes.peildatum(null, "leerlingen-2019.csv"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Codes.peildatum(null, "leerlingen.csv"));
        assertTrue(e.getMessage().contains("--peildatum"), e.getMessage());
    }

    @Test
    void suppressedCountsStaySuppressed() {
        Aantal klein = Codes.aantal("<5");
        assertTrue(klein.onderdrukt());
        assertNull(klein.waarde());
        assertTrue(Codes.aantal(" < 5 ").onderdrukt());
        assertEquals(Aantal.of(0), Codes.aantal("0"));
        assertEquals(Aantal.of(139), Codes.aantal(" 139"));
        assertThrows(IllegalArgumentException.class, () -> Codes.aantal("veel"));
        assertThrows(IllegalArgumentException.class, () -> Codes.aantal("12,5"));
        assertThrows(IllegalArgumentException.class, () -> Codes.aantal("-3"));
        assertThrows(IllegalArgumentException.class, () -> Codes.aantal(""));
    }

    @Test
    void aSumWithASuppressedPartIsSuppressed() {
        assertEquals(Aantal.suppressed(), Aantal.of(10).plus(Aantal.suppressed()));
        assertEquals(Aantal.suppressed(), Aantal.suppressed().plus(Aantal.zero()));
        assertEquals(Aantal.of(15), Aantal.of(10).plus(Aantal.of(5)));
        assertFalse(Aantal.suppressed().isZero());
        assertThrows(IllegalArgumentException.class, () -> new Aantal(5, true));
        assertThrows(IllegalArgumentException.class, () -> new Aantal(null, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234,5|1234.5", "9562,58992805755|9562.58992805755", "3561|3561",
            "1234.5|1234.5", "1.234,5|1234.5", "0|0", "-2,5|-2.5"})
    void decimals(String raw, String expected) {
        assertEquals(new BigDecimal(expected), Codes.decimaal(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ver", "1,2,3", "12,", ",5"})
    void notDecimals(String raw) {
        assertThrows(IllegalArgumentException.class, () -> Codes.decimaal(raw));
    }

    @Test
    void datesAndPostcodesAndRegions() {
        assertEquals(LocalDate.of(2019, 10, 1), Codes.datum("20191001"));
        assertEquals(LocalDate.of(2019, 10, 1), Codes.datum("2019-10-01"));
        assertEquals(LocalDate.of(2019, 10, 1), Codes.datum("1-10-2019"));
        assertThrows(IllegalArgumentException.class, () -> Codes.datum("20191301"));
        assertThrows(IllegalArgumentException.class, () -> Codes.datum("oktober"));
        assertEquals("7383 BH", Codes.postcode("7383BH"));
        assertEquals("7822 HG", Codes.postcode("7822 HG"));
        assertEquals("7822 HG", Codes.postcode("7822hg"));
        assertEquals("7822 HG", Codes.postcode(" 7822  HG "));
        assertEquals("B-2000", Codes.postcode(" B-2000 "));
        assertNull(Codes.postcode("   "));
        assertEquals("08", Codes.regioCode("8"));
        assertEquals("08", Codes.regioCode("08"));
        assertEquals("08", Codes.regioCode("008"));
        assertEquals("123", Codes.regioCode("123"));
        assertEquals("VO2001", Codes.regioCode("vo2001"));
        assertNull(Codes.regioCode(" "));
    }

    @ParameterizedTest
    @CsvSource({"Bo,bo", "Sbo,sbo", "So,so", "Vso,vso", "VSO,vso", "Speciaal basisonderwijs,sbo"})
    void soortPo(String raw, String expected) {
        assertEquals(expected, Codes.soortPo(raw));
    }

    @Test
    void fileKindFromTheCommandLine() {
        assertEquals(FileKind.VESTIGINGEN_PO, FileKind.parse("vestigingen-po"));
        assertEquals(FileKind.LEERLINGEN_VO, FileKind.parse("LEERLINGEN_VO"));
        assertEquals(FileKind.LEERLINGEN_PO, FileKind.parse("leerlingen po"));
        assertThrows(IllegalArgumentException.class, () -> FileKind.parse("vsv"));
    }
}
