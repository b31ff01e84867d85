package nl.wij.goab.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class BereikTest {

    private static final LocalDate PEIL = LocalDate.of(2025, 3, 31);
    private final Bereik bereik = new Bereik(Wettelijk.regels());

    private static Peuterfeiten peuter(String code, String wijk, LocalDate geboren, LocalDate indicatie, LocalDate geplaatst) {
        return new Peuterfeiten(code, wijk, geboren, indicatie, geplaatst == null ? null : new Periode(geplaatst, null),
                geplaatst == null ? null : "123456789");
    }

    @Test
    void bereikIsPlacedDoelgroeppeutersOverDoelgroeppeutersPerWijkAndInTotal() {
        LocalDate drie = LocalDate.of(2022, 3, 1); // 3 years old on the peildatum
        List<Peuterfeiten> peuters = List.of(
                peuter("A1", "WK047901", drie, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 9, 1)),
                peuter("A2", "WK047901", drie, LocalDate.of(2024, 6, 1), null),
                peuter("A3", "WK047902", drie, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 1, 6)),
                peuter("A4", "WK047902", drie, LocalDate.of(2025, 4, 1), null),          // indicated after the peildatum
                peuter("A5", "WK047902", LocalDate.of(2023, 3, 1), LocalDate.of(2025, 1, 1), null), // 2 years: too young
                peuter("A6", "WK047902", LocalDate.of(2021, 3, 1), LocalDate.of(2023, 6, 1), null), // 4 on 1 March 2025
                peuter("A7", null, drie, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 9, 1)),
                peuter("A8", "WK047901", drie, null, LocalDate.of(2024, 9, 1)));           // placed, but no indicatie

        List<Bereik.Cijfer> cijfers = bereik.opPeildatum(peuters, PEIL);

        assertEquals(List.of(new Bereik.Cijfer("WK047901", PEIL, 2, 1), new Bereik.Cijfer("WK047902", PEIL, 1, 1),
                new Bereik.Cijfer(Bereik.ONBEKENDE_WIJK, PEIL, 1, 1), new Bereik.Cijfer(null, PEIL, 4, 3)), cijfers);
        assertEquals(0, new BigDecimal("75.0").compareTo(cijfers.get(3).percentage()));
        assertNull(new Bereik.Cijfer(null, PEIL, 0, 0).percentage());
    }

    @Test
    void quarterlyFiguresOnTheLastDayOfEachQuarter() {
        LocalDate geboren = LocalDate.of(2022, 3, 1);
        List<Peuterfeiten> peuters = List.of(
                peuter("A1", "WK047901", geboren, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 2, 3)),
                peuter("A2", "WK047901", geboren, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 5, 5)));
        List<Bereik.Kwartaal> kwartalen = bereik.perKwartaal(peuters, 2025);
        assertEquals(4, kwartalen.size());
        assertEquals(new Bereik.Cijfer(null, LocalDate.of(2025, 3, 31), 2, 1), kwartalen.get(0).bereik());
        assertEquals(1, kwartalen.get(0).gestart());
        assertEquals(new Bereik.Cijfer(null, LocalDate.of(2025, 6, 30), 2, 2), kwartalen.get(1).bereik());
        assertEquals(1, kwartalen.get(1).gestart());
        // Both turn 4 on 1 March 2026: still doelgroep at the end of 2025.
        assertEquals(2, kwartalen.get(3).bereik().doelgroep());
    }

    @Test
    void bereikBelowTheTargetIsSignalledWithoutNamingPeuters() {
        List<Signaleringen.Signalering> signaleringen = Signaleringen.bereik(List.of(
                new Bereik.Cijfer("WK047901", PEIL, 10, 6), new Bereik.Cijfer("WK047902", PEIL, 3, 0),
                new Bereik.Cijfer(null, PEIL, 13, 6)), BigDecimal.valueOf(80));
        assertEquals(2, signaleringen.size(), "a wijk with fewer than 5 doelgroeppeuters is not signalled on its own");
        assertTrue(signaleringen.get(0).bericht().contains("wijk WK047901 is op 2025-03-31 60% (6 van 10"),
                signaleringen.get(0).bericht());
        assertTrue(signaleringen.get(1).bericht().contains("in de hele gemeente"), signaleringen.get(1).bericht());
        assertTrue(Signaleringen.bereik(List.of(new Bereik.Cijfer(null, PEIL, 10, 8)), BigDecimal.valueOf(80)).isEmpty());
    }
}
