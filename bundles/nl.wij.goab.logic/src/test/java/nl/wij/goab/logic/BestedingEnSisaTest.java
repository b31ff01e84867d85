package nl.wij.goab.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BestedingEnSisaTest {

    private static BigDecimal euro(String bedrag) {
        return new BigDecimal(bedrag);
    }

    @Test
    void overAndUnderspending() {
        Besteding over = new Besteding("schakelklas", 2025, euro("10000"), euro("12500"));
        assertEquals(Besteding.Stand.OVERBESTEED, over.stand());
        assertEquals(0, euro("2500").compareTo(over.verschil()));
        assertEquals(0, euro("125.0").compareTo(over.percentage()));
        assertEquals(Besteding.Stand.ONDERBESTEED, new Besteding("x", 2025, euro("100"), euro("40")).stand());
        assertEquals(Besteding.Stand.BINNEN_BEGROTING, new Besteding("x", 2025, euro("100"), euro("100.00")).stand());
        Besteding onbekend = new Besteding("x", 2025, euro("100"), null);
        assertEquals(Besteding.Stand.ONBEKEND, onbekend.stand());
        assertNull(onbekend.verschil());

        String bericht = Signaleringen.besteding(over, "Schakelklas Noord").orElseThrow().bericht();
        assertEquals("Maatregel Schakelklas Noord is in 2025 overbesteed: € 12.500,00 besteed, € 10.000,00 begroot (125%).",
                bericht);
        assertTrue(Signaleringen.besteding(new Besteding("x", 2025, euro("100"), euro("40")), "x").isEmpty());
    }

    @Test
    void sisaSumsTheConfiguredFigureOfTheCoveredKindsPerYear() {
        Sisa.Indicator ve = new Sisa.Indicator("G2B/01", "Besteding voorschoolse educatie", Set.of("voorschoolseEducatie"),
                Sisa.Grootheid.besteed, 2019, null);
        Sisa.Indicator overig = new Sisa.Indicator("G2B/02", "Besteding overige activiteiten",
                Set.of("schakelklas", "zomerschool"), Sisa.Grootheid.besteed, null, null);
        Sisa.Indicator deelnemers = new Sisa.Indicator("X/03", "Deelnemers schakelklassen", Set.of("schakelklas"),
                Sisa.Grootheid.deelnemers, null, 2024);
        List<Sisa.Cijfers> cijfers = List.of(
                new Sisa.Cijfers("ve-noord", "voorschoolseEducatie", 2025, 40, 38, euro("200000"), euro("190000.50")),
                new Sisa.Cijfers("ve-zuid", "voorschoolseEducatie", 2025, 30, 30, euro("150000"), euro("151000")),
                new Sisa.Cijfers("schakel", "schakelklas", 2025, 15, 12, euro("60000"), null),
                new Sisa.Cijfers("zomer", "zomerschool", 2025, 100, 80, euro("20000"), euro("18000")),
                new Sisa.Cijfers("ve-noord", "voorschoolseEducatie", 2024, 40, 35, euro("180000"), euro("170000")));

        List<Sisa.Waarde> regels = Sisa.verantwoording(2025, List.of(ve, overig, deelnemers), cijfers);

        assertEquals(2, regels.size(), "X/03 ends in 2024");
        assertEquals(0, euro("341000.50").compareTo(regels.get(0).waarde()));
        assertEquals(List.of("ve-noord", "ve-zuid"), regels.get(0).maatregelen());
        assertEquals(0, euro("18000").compareTo(regels.get(1).waarde()));
        assertEquals(List.of("schakel"), regels.get(1).onbekend(), "unknown spending is reported, not counted as 0");
        assertEquals(0, BigDecimal.valueOf(12).compareTo(
                Sisa.verantwoording(2024, List.of(deelnemers), List.of(new Sisa.Cijfers("schakel", "schakelklas", 2024, 15, 12,
                        null, null))).get(0).waarde()));
    }
}
