package nl.wij.ihp.web.impl.data;

import static nl.wij.ihp.web.impl.data.HuisvestingTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.wij.ihp.model.IhpPackage;

/** The signaleringen on the real store, judged in 2026 (TestStore.CLOCK). */
class SignalenTest {

    private static final IhpPackage IHP = IhpPackage.eINSTANCE;
    private TestStore t;
    private Signalen signalen;
    private String school;

    @BeforeEach
    void open() throws Exception {
        t = new TestStore();
        school = t.laadZaanstad().stream().filter(r -> r.soort().equals("bo")).findFirst().orElseThrow().brin6();
        Standaardwaarden.zorgDatErZijn(t.store);
        signalen = new Signalen(t.store, t.huisvesting);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void anOldBuildingWithoutAProjectAndItsIndoorClimate() {
        t.bewerkingen.maak("beleid", IHP.getGebouw(), json("{\"code\":\"G1\",\"naam\":\"De Linde\",\"gemeente\":\"GM0479\",\"soort\":\"school\","
                + "\"bouwjaar\":1980,\"frisseScholenKlasse\":\"C\",\"ventilatieGemeten\":true}"));
        assertEquals(List.of("levensduur|G1", "binnenklimaat|G1"), regels());
        assertTrue(signalen.alle().get(0).tekst().contains("46 jaar oud, ouder dan de levensduur van 40 jaar"), signalen.alle().get(0).tekst());

        t.bewerkingen.maak("beleid", IHP.getPlan(), json("{\"code\":\"IHP\",\"naam\":\"IHP\",\"gemeente\":\"GM0479\",\"status\":\"concept\",\"beginjaar\":2026}"));
        t.bewerkingen.maak("beleid", IHP.getProject(), json("{\"plan\":\"IHP\",\"nummer\":1,\"naam\":\"Vervanging De Linde\",\"soort\":\"vervanging\","
                + "\"gebouw\":\"G1\",\"jaar\":2028,\"m2\":900,\"prioriteit\":\"hoog\",\"status\":\"gepland\"}"));
        t.bewerkingen.wijzig("beleid", IHP.getGebouw(), "G1", json("{\"frisseScholenKlasse\":\"B\"}"));
        assertEquals(List.of(), regels(), "a project is planned; class B with a measurement is fine");
    }

    @Test
    void aShortageAboveTheThresholdInAForecastYear() {
        t.bewerkingen.maak("beleid", IHP.getGebouw(), json("{\"code\":\"G2\",\"naam\":\"Klein\",\"gemeente\":\"GM0479\",\"soort\":\"school\","
                + "\"ventilatieGemeten\":true,\"frisseScholenKlasse\":\"A\"}"));
        t.bewerkingen.maak("beleid", IHP.getGebruik(), json("{\"gebouw\":\"G2\",\"vestiging\":\"" + school + "\",\"bvoM2\":1000}"));
        // 2030: 200 + 5.03 x 160 = 1004.80, within 10% of 1000; 2031: 200 + 5.03 x 200 = 1206, 20.6% short
        t.bewerkingen.maak("beleid", IHP.getLeerlingprognose(), json("{\"vestiging\":\"" + school + "\",\"jaar\":2030,\"aantal\":160,\"bron\":\"DUO\"}"));
        t.bewerkingen.maak("beleid", IHP.getLeerlingprognose(), json("{\"vestiging\":\"" + school + "\",\"jaar\":2031,\"aantal\":200,\"bron\":\"DUO\"}"));
        assertEquals(List.of("tekort|" + school), regels());
        assertTrue(signalen.alle().get(0).tekst().contains("in 2031 volgens de prognose een tekort van 206.00 m2 BVO (20.60%)"),
                signalen.alle().get(0).tekst());
    }

    @Test
    void belowTheOpheffingsnormThreeCountedYearsUnlessExempted() {
        t.bewerkingen.maak("beleid", IHP.getVerordening(), json("{\"gemeente\":\"GM0479\",\"naam\":\"Verordening Zaanstad\",\"vanafJaar\":2015,"
                + "\"opheffingsnorm\":23,\"uitbreidingsdrempelProcent\":10,\"levensduurJaren\":40}"));
        // the real 2019 count of the school is far above 23; three small earlier years with a gap make no run
        t.telling(school, 2015, 20);
        t.telling(school, 2016, 21);
        t.telling(school, 2018, 22);
        assertEquals(List.of(), regels());
        t.telling(school, 2017, 19);
        assertEquals(List.of("opheffingsnorm|" + school), regels());
        t.bewerkingen.maak("beleid", IHP.getVrijstelling(), json("{\"vestiging\":\"" + school + "\",\"grond\":\"richting50km\"}"));
        assertEquals(List.of(), regels());
    }

    private List<String> regels() {
        return signalen.alle().stream().map(s -> s.regel() + "|" + s.sleutel()).toList();
    }
}
