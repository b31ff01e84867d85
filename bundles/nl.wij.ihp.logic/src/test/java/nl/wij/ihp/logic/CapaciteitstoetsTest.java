package nl.wij.ihp.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Capacity against need around the 10% threshold of the VNG model. */
class CapaciteitstoetsTest {

    private final Capaciteitstoets toets = new Capaciteitstoets(new BigDecimal("10"));

    @Test
    void exactlyTenPercentShortIsNotYetAnUitbreiding() {
        Capaciteitstoets.Uitkomst uitkomst = toets.toets(m2("1100"), m2("1000"));
        assertEquals(new BigDecimal("-100.00"), uitkomst.verschilM2());
        assertEquals(new BigDecimal("-10.00"), uitkomst.verschilProcent());
        assertEquals(Oordeel.KRAP, uitkomst.oordeel());
    }

    @Test
    void justOverTenPercentShortIsATekort() {
        Capaciteitstoets.Uitkomst uitkomst = toets.toets(m2("1100.01"), m2("1000"));
        assertEquals(new BigDecimal("-10.00"), uitkomst.verschilProcent()); // shown rounded, judged exactly
        assertEquals(Oordeel.TEKORT, uitkomst.oordeel());
    }

    @Test
    void surplusesAroundTheThreshold() {
        assertEquals(Oordeel.PASSEND, toets.toets(m2("1000"), m2("1000")).oordeel());
        assertEquals(Oordeel.PASSEND, toets.toets(m2("900"), m2("1000")).oordeel()); // +10%
        Capaciteitstoets.Uitkomst overschot = toets.toets(m2("890"), m2("1000"));
        assertEquals(new BigDecimal("11.00"), overschot.verschilProcent());
        assertEquals(Oordeel.OVERSCHOT, overschot.oordeel());
    }

    @Test
    void noSpaceAtAllIsATekortWithoutPercentage() {
        Capaciteitstoets.Uitkomst uitkomst = toets.toets(m2("703"), m2("0"));
        assertEquals(Oordeel.TEKORT, uitkomst.oordeel());
        assertNull(uitkomst.verschilProcent());
        assertEquals(new BigDecimal("-703.00"), uitkomst.verschilM2());
    }

    @Test
    void unknownNeedOrSpaceIsOnbekend() {
        assertEquals(Oordeel.ONBEKEND, toets.toets(null, m2("1000")).oordeel());
        assertEquals(Oordeel.ONBEKEND, toets.toets(m2("1000"), null).oordeel());
    }

    @Test
    void anotherThresholdIsAnotherVerdict() {
        assertEquals(Oordeel.TEKORT, new Capaciteitstoets(new BigDecimal("5")).toets(m2("1060"), m2("1000")).oordeel());
    }

    private static BigDecimal m2(String value) {
        return new BigDecimal(value);
    }
}
