package nl.wij.core.importer.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderAndEncodingTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"BRIN NUMMER", "BRINNUMMER", "BRIN_NUMMER", "brin-nummer ", "Brin Nummer  ", "INSTELLINGSCODE"})
    void brinHeaderSpellings(String spelling) {
        Header header = new Header(List.of("X", spelling, "Y"));
        assertEquals(1, header.indexOf(Column.BRIN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"VESTIGINGSNUMMER", "VESTIGINGSCODE", "vestigings_nummer", "Vestigingscode "})
    void vestigingHeaderSpellings(String spelling) {
        assertEquals(0, new Header(List.of(spelling)).indexOf(Column.VESTIGING));
    }

    @Test
    void theFirstAliasWinsWhenAFileHasSeveral() {
        Header header = new Header(List.of("INSTELLINGSNAAM", "VESTIGINGSNAAM"));
        assertEquals(1, header.indexOf(Column.NAAM));
        assertFalse(header.has(Column.STRAAT));
    }

    @Test
    void voCountColumnsSplitBySexWinOverTotals() {
        Header header = new Header(List.of("LEER- OF VERBLIJFSJAAR 1 - MAN", "LEER- OF VERBLIJFSJAAR 1 - VROUW",
                "LEERJAAR 1", "LEERJAAR 2 TOTAAL"));
        var columns = VoTellingMapper.countColumns(header);
        assertEquals(List.of(1, 2), List.copyOf(columns.keySet()));
        assertEquals(List.of(0, 1), java.util.Arrays.stream(columns.get(1)).boxed().toList());
        assertEquals(List.of(3), java.util.Arrays.stream(columns.get(2)).boxed().toList());
    }

    @Test
    void encodings() throws Exception {
        assertEquals(TextEncoding.UTF_8, sniff("a;b\n1;2\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(TextEncoding.UTF_8, sniff("a;b\nFrysl\u00e2n;2\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(TextEncoding.WINDOWS_1252, sniff("a;b\nFrysl\u00e2n;2\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(TextEncoding.UTF_8_BOM, sniff(bytes(0xEF, 0xBB, 0xBF, 'a', ';', 'b')));
        assertEquals(TextEncoding.WINDOWS_1252, sniff(bytes('a', ';', 0xC0, 0xAF)), "overlong UTF-8 is not UTF-8");
        assertEquals(TextEncoding.WINDOWS_1252, sniff(bytes('a', ';', 0xED, 0xA0, 0x80)), "a surrogate is not UTF-8");
        assertEquals(TextEncoding.WINDOWS_1252, sniff(bytes('a', ';', 0xC3)), "cut-off sequence at the end");
        FatalProblem zip = assertThrows(FatalProblem.class, () -> sniff(bytes('P', 'K', 3, 4, 0, 0)));
        assertTrue(zip.getMessage().contains("Excel"));
    }

    @Test
    void windows1252DecodesC1BytesAsPrintableCharacters() throws Exception {
        Path file = Files.write(dir.resolve("w.csv"), bytes(0x92, 0x80, 0xE9, 0x81));
        try (Reader reader = TextEncoding.WINDOWS_1252.open(file)) {
            char[] chars = new char[8];
            int n = reader.read(chars);
            assertEquals("\u2019\u20ac\u00e9\u0081", new String(chars, 0, n));
        }
    }

    private TextEncoding sniff(byte[] content) throws Exception {
        return EncodingSniffer.sniff(Files.write(dir.resolve("f.csv"), content));
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
