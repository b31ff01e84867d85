package nl.wij.goab.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The hour rules on hand-worked cases. The peuter is born on 1 July 2021, so she is 2.5 on Monday
 * 1 January 2024 and 4 on Tuesday 1 July 2025: the window is Monday 1 January 2024 up to and
 * including Monday 30 June 2025, 366 + 181 = 547 days = 78 whole weeks and one Monday.
 */
class VeUrenTest {

    private static final LocalDate GEBOREN = LocalDate.of(2021, 7, 1);
    private static final LocalDate TWEE_EN_HALF = LocalDate.of(2024, 1, 1);
    private final VeUren uren = new VeUren(Wettelijk.regels());

    @Test
    void aPeuterStartingOnTheDaySheTurnsTwoAndAHalfWith16HoursAWeekReachesTheNorm() {
        // Monday to Thursday 4 hours: 78 weeks x 16 h + the last Monday 4 h = 1252 h.
        VeUren.Raming raming = uren.raming(GEBOREN, new Periode(TWEE_EN_HALF, null), Weekrooster.van(4, 4, 4, 4, 0), List.of());

        assertEquals(TWEE_EN_HALF, raming.vensterVan());
        assertEquals(LocalDate.of(2025, 6, 30), raming.vensterTot());
        assertEquals(0, BigDecimal.valueOf(1252).compareTo(raming.uren()));
        assertEquals(78 * 4 + 1, raming.dagen());
        assertTrue(raming.haalbaar());
        assertEquals(0, raming.tekort().signum());
    }

    @Test
    void daysBeforeTwoAndAHalfDoNotCount() {
        // Placed a month early: the same 1252 h, the window starts at 2.5 years.
        VeUren.Raming raming = uren.raming(GEBOREN, new Periode(LocalDate.of(2023, 12, 1), null),
                Weekrooster.van(4, 4, 4, 4, 0), List.of());
        assertEquals(0, BigDecimal.valueOf(1252).compareTo(raming.uren()));
    }

    @Test
    void aLateStartCannotReachTheNorm() {
        // From Monday 6 January 2025 to Monday 30 June 2025: 25 weeks x 16 h + 4 h = 404 h; 556 short.
        VeUren.Raming raming = uren.raming(GEBOREN, new Periode(LocalDate.of(2025, 1, 6), null),
                Weekrooster.van(4, 4, 4, 4, 0), List.of());
        assertEquals(0, BigDecimal.valueOf(404).compareTo(raming.uren()));
        assertFalse(raming.haalbaar());
        assertEquals(0, BigDecimal.valueOf(556).compareTo(raming.tekort()));
    }

    @Test
    void onlySixHoursADayCount() {
        // Monday and Tuesday 8 h (16 h planned a week): 6 + 6 count. 78 x 12 + 6 (last Monday) = 942 h,
        // short of 960, although 78 x 16 + 8 = 1256 h are planned; 78 x 4 + 2 = 314 h do not count.
        VeUren.Raming raming = uren.raming(GEBOREN, new Periode(TWEE_EN_HALF, null), Weekrooster.van(8, 8, 0, 0, 0), List.of());
        assertEquals(0, BigDecimal.valueOf(942).compareTo(raming.uren()));
        assertEquals(0, BigDecimal.valueOf(314).compareTo(raming.urenNietGeteld()));
        assertFalse(raming.haalbaar());
    }

    @Test
    void holidaysDoNotCount() {
        // Summer: Monday 15 July - Friday 23 August 2024 (6 weeks), Christmas: Monday 23 December 2024
        // - Friday 3 January 2025 (2 weeks). 8 weeks x 16 h = 128 h less: 1252 - 128 = 1124 h.
        List<Periode> vakanties = List.of(new Periode(LocalDate.of(2024, 7, 13), LocalDate.of(2024, 8, 25)),
                new Periode(LocalDate.of(2024, 12, 21), LocalDate.of(2025, 1, 5)));
        VeUren.Raming raming = uren.raming(GEBOREN, new Periode(TWEE_EN_HALF, null), Weekrooster.van(4, 4, 4, 4, 0), vakanties);
        assertEquals(0, BigDecimal.valueOf(1124).compareTo(raming.uren()));
        assertTrue(raming.haalbaar());

        // With 12 h a week (Monday to Wednesday): 78 x 12 + 4 = 940, minus 8 x 12 = 844 h: short.
        VeUren.Raming twaalf = uren.raming(GEBOREN, new Periode(TWEE_EN_HALF, null), Weekrooster.van(4, 4, 4, 0, 0), vakanties);
        assertEquals(0, BigDecimal.valueOf(844).compareTo(twaalf.uren()));
        assertFalse(twaalf.haalbaar());
    }

    @Test
    void aPlacementThatEndsEarlyCountsToItsLastDay() {
        // 1 January - Sunday 30 June 2024: 26 weeks x 16 h = 416 h.
        VeUren.Raming raming = uren.raming(GEBOREN, new Periode(TWEE_EN_HALF, LocalDate.of(2024, 6, 30)),
                Weekrooster.van(4, 4, 4, 4, 0), List.of());
        assertEquals(0, BigDecimal.valueOf(416).compareTo(raming.uren()));
    }

    @Test
    void theRulesAreDataValidOnTheFirstDayOfThePlacement() {
        // A gemeente that offers 1100 hours from 2024: the same placement is now short.
        List<Parameter> eigen = new ArrayList<>(Wettelijk.regels().parameters());
        eigen.add(Wettelijk.p(Regel.veMinimumUren, 1300, LocalDate.of(2024, 1, 1)));
        VeUren.Raming raming = new VeUren(new Regelboek(eigen)).raming(GEBOREN, new Periode(TWEE_EN_HALF, null),
                Weekrooster.van(4, 4, 4, 4, 0), List.of());
        assertEquals(0, BigDecimal.valueOf(1300).compareTo(raming.minimum()));
        assertFalse(raming.haalbaar());

        // Before 1 August 2020 no value is known: a clear message instead of a guess.
        OntbrekendeRegel missing = assertThrows(OntbrekendeRegel.class, () -> uren.raming(LocalDate.of(2017, 1, 1),
                new Periode(LocalDate.of(2019, 7, 1), null), Weekrooster.van(4, 4, 4, 4, 0), List.of()));
        assertTrue(missing.getMessage().contains("veStartleeftijdMaanden"), missing.getMessage());
    }

    @Test
    void aRoosterIsFiveDaysOfAtMost24Hours() {
        assertThrows(IllegalArgumentException.class, () -> Weekrooster.van(4, 4, 4, 4));
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> Weekrooster.van(25, 0, 0, 0, 0));
        assertTrue(tooMany.getMessage().contains("tussen 0 en 24"), tooMany.getMessage());
    }
}
