package nl.wij.ihp.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The signalering rules on cases worked out by hand. */
class SignaleringsregelsTest {

    @Test
    void threeConsecutiveCountedYearsBelowTheNorm() {
        Map<Integer, Integer> tellingen = Map.of(2016, 30, 2017, 20, 2018, 21, 2019, 22);
        assertEquals(Optional.of(List.of(2017, 2018, 2019)), Signaleringsregels.onderOpheffingsnorm(tellingen, 23, false));
        assertTrue(Signaleringsregels.onderOpheffingsnorm(tellingen, 23, true).isEmpty(), "50 km / 10 km exemption");
        assertTrue(Signaleringsregels.onderOpheffingsnorm(Map.of(2017, 20, 2018, 23, 2019, 22), 23, false).isEmpty(),
                "exactly the norm is not below it");
    }

    @Test
    void aGapYearBreaksTheRun() {
        Map<Integer, Integer> tellingen = new TreeMap<>(Map.of(2017, 20, 2018, 21, 2020, 19, 2021, 18));
        assertTrue(Signaleringsregels.onderOpheffingsnorm(tellingen, 23, false).isEmpty(), "2019 was not counted");
        tellingen.put(2022, 17);
        assertEquals(Optional.of(List.of(2020, 2021, 2022)), Signaleringsregels.onderOpheffingsnorm(tellingen, 23, false));
    }

    @Test
    void aBuildingOutlivesItsLifespanTheYearAfterItReachesIt() {
        assertFalse(Signaleringsregels.verouderdZonderProject(1980, 40, 2020, false));
        assertTrue(Signaleringsregels.verouderdZonderProject(1980, 40, 2021, false));
        assertFalse(Signaleringsregels.verouderdZonderProject(1980, 40, 2021, true), "a project is planned");
        assertFalse(Signaleringsregels.verouderdZonderProject(null, 40, 2021, false), "unknown building year");
        assertTrue(Signaleringsregels.verouderdZonderProject(1990, 30, 2021, false), "the building's own lifespan");
    }

    @Test
    void indoorClimate() {
        assertEquals(List.of("Frisse Scholen klasse C", "geen ventilatiemeting bekend"), Signaleringsregels.binnenklimaat("C", null));
        assertEquals(List.of("geen ventilatiemeting bekend"), Signaleringsregels.binnenklimaat("B", false));
        assertEquals(List.of(), Signaleringsregels.binnenklimaat("A", true));
    }

    @Test
    void theFirstForecastYearWithAShortageAboveTheThreshold() {
        Capaciteitstoets toets = new Capaciteitstoets(new BigDecimal("10"));
        Map<Integer, Capaciteitstoets.Uitkomst> prognose = Map.of(
                2026, toets.toets(new BigDecimal("1050"), new BigDecimal("1000")),   // krap
                2027, toets.toets(new BigDecimal("1150"), new BigDecimal("1000")),   // tekort
                2028, toets.toets(new BigDecimal("1200"), new BigDecimal("1000")));  // tekort
        assertEquals(Optional.of(2027), Signaleringsregels.eersteTekortjaar(prognose));
        assertTrue(Signaleringsregels.eersteTekortjaar(Map.of(2026, prognose.get(2026))).isEmpty());
    }
}
