package nl.wij.goab.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScoresTest {

    @Test
    void perGemeenteCountsSumsAndTheShareOfPupilsInHighScoreSchools() {
        BigDecimal drempel = new BigDecimal("50");
        List<Scores.School> scholen = List.of(
                new Scores.School("00AA00", "GM0479", 200, new BigDecimal("100.00")), // 50 per 100: high (equal)
                new Scores.School("00AB00", "GM0479", 100, new BigDecimal("49.99")),  // just below
                new Scores.School("00AC00", "GM0479", 100, BigDecimal.ZERO),
                new Scores.School("00AD00", "GM0363", 50, new BigDecimal("40")),      // 80 per 100: high
                new Scores.School("00AE00", null, 10, BigDecimal.TEN));               // no gemeente: left out

        List<Scores.Gemeente> gemeenten = Scores.perGemeente(scholen, drempel);

        assertEquals(2, gemeenten.size());
        Scores.Gemeente amsterdam = gemeenten.get(0);
        assertEquals("GM0363", amsterdam.gemeente());
        assertEquals(0, new BigDecimal("100.0").compareTo(amsterdam.aandeelHoog()));
        Scores.Gemeente zaanstad = gemeenten.get(1);
        assertEquals(3, zaanstad.vestigingen());
        assertEquals(400, zaanstad.leerlingen());
        assertEquals(0, new BigDecimal("149.99").compareTo(zaanstad.somScore()));
        assertEquals(200, zaanstad.leerlingenHoog());
        assertEquals(0, new BigDecimal("50.0").compareTo(zaanstad.aandeelHoog()));
        assertFalse(Scores.hoog(new Scores.School("x", "GM0479", 0, BigDecimal.TEN), drempel), "no pupils, no share");
        assertTrue(Scores.hoog(scholen.get(0), drempel));
        assertNull(new Scores.Gemeente("GM0001", 0, 0, BigDecimal.ZERO, 0).aandeelHoog());
    }
}
