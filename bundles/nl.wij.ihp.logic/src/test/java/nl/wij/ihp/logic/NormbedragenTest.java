package nl.wij.ihp.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Normbedragen of the VNG model (2022 EUR 2,699, 2023 EUR 2,847, index 2024 +12.72%), indexed by hand. */
class NormbedragenTest {

    static final Normbedragen VNG = new Normbedragen(List.of(
            new Normbedragen.Normbedrag(Voorziening.nieuwbouw, 2022, new BigDecimal("2699"), null),
            new Normbedragen.Normbedrag(Voorziening.nieuwbouw, 2023, new BigDecimal("2847"), null),
            new Normbedragen.Normbedrag(Voorziening.nieuwbouw, 2024, null, new BigDecimal("12.72"))));

    @Test
    void theAmountOfTheYearOrTheLatestBefore() {
        assertEquals(Optional.of(new BigDecimal("2699.00")), VNG.perM2(Voorziening.nieuwbouw, 2022));
        assertEquals(Optional.of(new BigDecimal("2847.00")), VNG.perM2(Voorziening.nieuwbouw, 2023));
        assertTrue(VNG.perM2(Voorziening.nieuwbouw, 2021).isEmpty());
        assertTrue(VNG.perM2(Voorziening.uitbreiding, 2024).isEmpty());
    }

    @Test
    void indexedToTheExecutionYear() {
        // 2,847 x 1.1272 = 3,209.1384
        assertEquals(Optional.of(new BigDecimal("3209.14")), VNG.perM2(Voorziening.nieuwbouw, 2024));
        assertEquals(Optional.of(new BigDecimal("3209.14")), VNG.perM2(Voorziening.nieuwbouw, 2030)); // no later index
        Normbedragen metIndex2025 = new Normbedragen(List.of(
                new Normbedragen.Normbedrag(Voorziening.nieuwbouw, 2023, new BigDecimal("2847"), null),
                new Normbedragen.Normbedrag(Voorziening.nieuwbouw, 2024, null, new BigDecimal("12.72")),
                new Normbedragen.Normbedrag(Voorziening.nieuwbouw, 2025, null, new BigDecimal("3"))));
        // 2,847 x 1.1272 x 1.03 = 3,305.412552
        assertEquals(Optional.of(new BigDecimal("3305.41")), metIndex2025.perM2(Voorziening.nieuwbouw, 2025));
    }

    @Test
    void estimateIsAreaTimesIndexedAmountUnlessTheProjectHasItsOwn() {
        assertEquals(Optional.of(new BigDecimal("3209140.00")),
                VNG.raming(Voorziening.nieuwbouw, 2024, new BigDecimal("1000"), null)); // 1,000 x 3,209.14
        assertEquals(Optional.of(new BigDecimal("50000.00")),
                VNG.raming(Voorziening.nieuwbouw, 2024, new BigDecimal("1000"), new BigDecimal("50000")));
        assertTrue(VNG.raming(Voorziening.nieuwbouw, 2024, null, null).isEmpty());
        assertTrue(VNG.raming(Voorziening.eersteInrichting, 2024, new BigDecimal("10"), null).isEmpty());
    }
}
