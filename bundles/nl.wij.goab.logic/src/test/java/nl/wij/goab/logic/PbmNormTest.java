package nl.wij.goab.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The PBM-VE norm on 1 January, with peuters arriving and leaving around it. */
class PbmNormTest {

    private static final LocalDate GEBOREN = LocalDate.of(2022, 6, 1);
    private final PbmNorm norm = new PbmNorm(Wettelijk.regels());

    private static Peuterfeiten geplaatst(String code, LocalDate van, LocalDate tot) {
        return new Peuterfeiten(code, null, GEBOREN, van, new Periode(van, tot), "123456789");
    }

    @Test
    void onlyPeutersPlacedOnTheFirstOfJanuaryCount() {
        List<Peuterfeiten> peuters = List.of(
                geplaatst("A001", LocalDate.of(2024, 12, 2), null),              // placed before: counts
                geplaatst("A002", LocalDate.of(2025, 1, 1), null),               // starts on 1 January: counts
                geplaatst("A003", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 1, 1)), // leaves on 1 January: counts
                geplaatst("A004", LocalDate.of(2025, 1, 2), null),               // arrives after it: does not count
                geplaatst("A005", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 31)), // left before it
                new Peuterfeiten("A006", null, GEBOREN, null, null, null));      // not placed

        PbmNorm.Toets toets = norm.toets("123456789", 2025, peuters, BigDecimal.valueOf(25));

        assertEquals(3, toets.peutersOpEenJanuari());
        assertEquals(0, BigDecimal.valueOf(30).compareTo(toets.norm()), "10 hours x 3 peuters");
        assertFalse(toets.voldoet());
        assertEquals(0, BigDecimal.valueOf(5).compareTo(toets.tekort()));
        assertTrue(norm.toets("123456789", 2025, peuters, BigDecimal.valueOf(30)).voldoet());
        assertFalse(norm.toets("123456789", 2025, peuters, null).voldoet(), "no recorded hours do not meet a norm of 30");
    }

    @Test
    void beforeTheRuleExistedThereIsNoNorm() {
        assertThrows(OntbrekendeRegel.class, () -> norm.toets("123456789", 2021, List.of(), BigDecimal.ONE));
    }
}
