package nl.wij.goab.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InvoercontroleTest {

    private static final LocalDate VANDAAG = LocalDate.of(2025, 3, 1);

    private static List<BigDecimal> uren(double... waarden) {
        return java.util.Arrays.stream(waarden).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void aPeuterBornInTheFutureOrWithMoreThan24HoursADayIsRefusedByField() {
        List<Bevinding> toekomst = Invoercontrole.peuter(VANDAAG, LocalDate.of(2025, 3, 2), null, List.of(), null, null);
        assertEquals(List.of(new Bevinding("geboortedatum", "De geboortedatum 2025-03-02 ligt in de toekomst.")), toekomst);

        List<Bevinding> teVeel = Invoercontrole.peuter(VANDAAG, LocalDate.of(2022, 1, 1), null, uren(4, 25, 0, 0, 0), null, null);
        assertEquals(List.of(new Bevinding("urenPerDag", "Uren op dinsdag moeten tussen 0 en 24 liggen; gekregen: 25.0.")),
                teVeel);

        List<Bevinding> omgekeerd = Invoercontrole.peuter(VANDAAG, LocalDate.of(2022, 1, 1), LocalDate.of(2021, 12, 1),
                uren(4, 4), LocalDate.of(2024, 9, 1), LocalDate.of(2024, 8, 1));
        assertEquals(List.of("indicatiedatum", "urenPerDag", "plaatsingTot"), omgekeerd.stream().map(Bevinding::veld).toList());

        assertTrue(Invoercontrole.peuter(VANDAAG, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1), uren(4, 4, 4, 4, 0),
                LocalDate.of(2024, 7, 1), null).isEmpty());
    }

    @Test
    void aBudgetLineInAYearWithoutUitkeringIsRefused() {
        List<Bevinding> onbekend = Invoercontrole.maatregeljaar(2031, Set.of(2025, 2024), 10, 8, BigDecimal.TEN, null);
        assertEquals(List.of(new Bevinding("jaar", "Voor 2031 is geen uitkering GOAB vastgelegd; leg eerst het budget van dat"
                + " jaar vast (bekende jaren: 2024, 2025).")), onbekend);
        assertEquals(List.of("besteed"), Invoercontrole.maatregeljaar(2025, Set.of(2025), null, null, null,
                BigDecimal.valueOf(-1)).stream().map(Bevinding::veld).toList());
        assertEquals(List.of("jaar", "bedrag"), Invoercontrole.uitkering(1999, BigDecimal.valueOf(-5)).stream()
                .map(Bevinding::veld).toList());
    }

    @Test
    void peuterSignaleringenAreCountsNeverCodes() {
        VeUren uren = new VeUren(Wettelijk.regels());
        LocalDate geboren = LocalDate.of(2023, 1, 1);
        VeUren.Raming kort = uren.raming(geboren, new Periode(LocalDate.of(2025, 7, 1), null), Weekrooster.van(2, 2, 0, 0, 0),
                List.of());
        VeUren.Raming voorbij = uren.raming(LocalDate.of(2020, 1, 1), new Periode(LocalDate.of(2022, 7, 1), null),
                Weekrooster.van(2, 0, 0, 0, 0), List.of());
        String bericht = Signaleringen.uren(List.of(kort, kort, voorbij), VANDAAG).orElseThrow().bericht();
        assertEquals("Minder dan 5 peuters kunnen met de geplande uren voor de vierde verjaardag niet de 960 uur voorschoolse"
                + " educatie halen. Bekijk de plaatsingen onder Peuters.", bericht);
        assertTrue(Signaleringen.uren(List.of(voorbij), VANDAAG).isEmpty(), "a window that has ended is history");
        assertEquals("1.252", Signaleringen.getal(BigDecimal.valueOf(1252)));
        assertEquals("62,5", Signaleringen.getal(new BigDecimal("62.5")));
    }
}
