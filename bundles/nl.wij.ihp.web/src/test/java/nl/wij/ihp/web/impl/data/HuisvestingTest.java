package nl.wij.ihp.web.impl.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.wij.ihp.model.IhpPackage;
import nl.wij.ihp.model.Project;
import nl.wij.ihp.model.Verordening;
import nl.wij.ihp.web.impl.IhpViewsAccess;

/**
 * The IHP on the real store over in-memory Derby with Zaanstad's real po counts: the normatieve
 * ruimtebehoefte of every po vestiging, capacity from the inventory, forecasts, a changed parameter,
 * and the analytical view's SELECT giving the same figures as the Java rules.
 */
class HuisvestingTest {

    private static final IhpPackage IHP = IhpPackage.eINSTANCE;
    private TestStore t;

    @BeforeEach
    void open() throws Exception {
        t = new TestStore();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void vngDefaultsAreLoadedOnceAndEditsStay() {
        int eerste = Standaardwaarden.zorgDatErZijn(t.store);
        assertEquals(11, eerste, "1 verordening, 1 ruimtenorm, 9 normbedragen");
        assertEquals(0, Standaardwaarden.zorgDatErZijn(t.store));
        t.bewerkingen.wijzig("beleid", IHP.getVerordening(), "VNG|", json("{\"uitbreidingsdrempelProcent\": \"12,5\"}"));
        assertEquals(0, Standaardwaarden.zorgDatErZijn(t.store));
        assertEquals(new BigDecimal("12.5000"), t.store.read(s -> ((Verordening) s.get(IHP.getVerordening(), "VNG|").orElseThrow())
                .getUitbreidingsdrempelProcent()));
    }

    @Test
    void normatieveRuimtebehoefteOfEveryPoVestigingFromTheRealCounts() throws Exception {
        List<TestStore.PoTelling> rows = t.laadZaanstad();
        Standaardwaarden.zorgDatErZijn(t.store);
        assertTrue(rows.size() > 40, "Zaanstad has more than 40 po vestigingen in the file");

        Map<String, Huisvesting.Jaarregel> java = new HashMap<>();
        t.huisvesting.ruimtebehoefte("GM0479").forEach(r -> java.put(r.brin6(), r));
        Map<String, BigDecimal> sql = normatiefUitDeView();
        int bo = 0;
        for (TestStore.PoTelling row : rows) {
            Huisvesting.Jaarregel regel = java.get(row.brin6());
            assertEquals(2019, regel.jaar());
            assertEquals("telling", regel.bron());
            assertEquals(row.leerlingen(), regel.leerlingen());
            if (row.soort().equals("bo")) {
                bo++;
                BigDecimal verwacht = new BigDecimal("200").add(new BigDecimal("5.03").multiply(BigDecimal.valueOf(row.leerlingen())));
                assertEquals(0, verwacht.compareTo(regel.normatiefM2()), row.brin6() + ": 200 + 5.03 x " + row.leerlingen());
            } else {
                assertNull(regel.normatiefM2(), row.brin6() + " (" + row.soort() + ") has no norm in the VNG defaults");
            }
            assertSame(regel.normatiefM2(), sql.get(row.brin6()), row.brin6() + " in ihp.ruimtebehoefte");
            assertEquals("ONBEKEND", regel.oordeel(), "no buildings yet, so no verdict");
        }
        assertTrue(bo > 30, "most are basisscholen");
    }

    @Test
    void aGemeentesOwnVerordeningChangesTheResult() throws Exception {
        List<TestStore.PoTelling> rows = t.laadZaanstad();
        Standaardwaarden.zorgDatErZijn(t.store);
        t.bewerkingen.maak("beleid", IHP.getVerordening(), json("{\"gemeente\":\"GM0479\",\"naam\":\"Verordening Zaanstad\",\"vanafJaar\":2019,"
                + "\"uitbreidingsdrempelProcent\":10}"));
        t.bewerkingen.maak("beleid", IHP.getRuimtenorm(), json("{\"verordening\":\"GM0479|2019\",\"categorie\":\"bo\",\"basisM2\":250,\"perLeerlingM2\":\"5,5\"}"));

        TestStore.PoTelling eerste = rows.stream().filter(r -> r.soort().equals("bo")).findFirst().orElseThrow();
        Huisvesting.Jaarregel regel = t.huisvesting.ruimtebehoefte("GM0479").stream().filter(r -> r.brin6().equals(eerste.brin6()))
                .findFirst().orElseThrow();
        BigDecimal verwacht = new BigDecimal("250").add(new BigDecimal("5.5").multiply(BigDecimal.valueOf(eerste.leerlingen())));
        assertEquals(0, verwacht.compareTo(regel.normatiefM2()));
        assertSame(regel.normatiefM2(), normatiefUitDeView().get(eerste.brin6()), "the view follows the gemeente's norm");

        Fout overlap = assertThrows(Fout.class, () -> t.bewerkingen.maak("beleid", IHP.getRuimtenorm(),
                json("{\"verordening\":\"GM0479|2019\",\"categorie\":\"BO\",\"perLeerlingM2\":6}")));
        assertTrue(overlap.getMessage().contains("overlapt"), overlap.getMessage());
    }

    @Test
    void capacityFromTheInventoryWithoutGymzalenAndEndedTemporaryHousing() throws Exception {
        TestStore.PoTelling school = t.laadZaanstad().stream().filter(r -> r.soort().equals("bo")).findFirst().orElseThrow();
        Standaardwaarden.zorgDatErZijn(t.store);
        gebouw("G1", "school", "1000", null);
        gebouw("G2", "gymzaal", "300", null);
        gebouw("G3", "tijdelijk", "200", "2020-07-31");
        for (String g : List.of("G1", "G2", "G3")) {
            t.bewerkingen.maak("beleid", IHP.getGebruik(), json("{\"gebouw\":\"" + g + "\",\"vestiging\":\"" + school.brin6() + "\"}"));
        }
        t.bewerkingen.maak("beleid", IHP.getLeerlingprognose(), json("{\"vestiging\":\"" + school.brin6()
                + "\",\"jaar\":2021,\"aantal\":" + school.leerlingen() + ",\"bron\":\"DUO\"}"));

        List<Huisvesting.Jaarregel> jaren = t.huisvesting.ruimtebehoefte(t.huisvesting.dossier(school.brin6()).orElseThrow().vestiging());
        assertEquals(List.of(2019, 2021), jaren.stream().map(Huisvesting.Jaarregel::jaar).toList());
        assertEquals(0, new BigDecimal("1200").compareTo(jaren.get(0).beschikbaarM2()), "school + tijdelijk, no gymzaal");
        assertEquals(0, new BigDecimal("1000").compareTo(jaren.get(1).beschikbaarM2()), "the temporary housing ended in 2020");
        BigDecimal normatief = new BigDecimal("200").add(new BigDecimal("5.03").multiply(BigDecimal.valueOf(school.leerlingen())));
        assertEquals(0, new BigDecimal("1000").subtract(normatief).compareTo(jaren.get(1).verschilM2()));

        Map<String, BigDecimal> beschikbaar = new HashMap<>();
        try (Connection c = t.database.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT jaar, beschikbaar_bvo_m2, verschil_m2, bron FROM (" + IhpViewsAccess.ruimtebehoefte()
                        + ") x WHERE brin6 = '" + school.brin6() + "'")) {
            while (r.next()) {
                beschikbaar.put(r.getInt(1) + "|" + r.getString(4), r.getBigDecimal(2));
            }
        }
        assertEquals(0, new BigDecimal("1200").compareTo(beschikbaar.get("2019|telling")));
        assertEquals(0, new BigDecimal("1000").compareTo(beschikbaar.get("2021|prognose")));
    }

    @Test
    void aGemeentesOwnForecastGoesBeforeDuos() throws Exception {
        TestStore.PoTelling school = t.laadZaanstad().get(0);
        Standaardwaarden.zorgDatErZijn(t.store);
        prognose(school.brin6(), 2025, 300, "DUO");
        prognose(school.brin6(), 2025, 250, "gemeente");
        prognose(school.brin6(), 2026, 310, "DUO");
        Map<Integer, Integer> java = new HashMap<>();
        t.huisvesting.ruimtebehoefte("GM0479").stream().filter(r -> r.brin6().equals(school.brin6()) && r.bron().equals("prognose"))
                .forEach(r -> java.put(r.jaar(), r.leerlingen()));
        assertEquals(Map.of(2025, 250, 2026, 310), java);
        Map<Integer, Integer> sql = new HashMap<>();
        try (Connection c = t.database.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT jaar, leerlingen FROM (" + IhpViewsAccess.ruimtebehoefte()
                        + ") x WHERE bron = 'prognose' AND brin6 = '" + school.brin6() + "'")) {
            while (r.next()) {
                sql.put(r.getInt(1), r.getInt(2));
            }
        }
        assertEquals(java, sql);
    }

    @Test
    void badInputIsRefusedInDutchAndNothingIsWritten() throws Exception {
        t.laadZaanstad();
        Fout negatief = assertThrows(Fout.class, () -> t.bewerkingen.maak("beleid", IHP.getGebouw(),
                json("{\"code\":\"G1\",\"naam\":\"X\",\"gemeente\":\"GM0479\",\"soort\":\"school\",\"bvoM2\":\"-5\",\"conditiescore\":7}")));
        assertTrue(negatief.getMessage().contains("mag niet negatief zijn"), negatief.getMessage());
        assertTrue(negatief.getMessage().contains("7 is groter dan 6"), negatief.getMessage());
        Fout onbekend = assertThrows(Fout.class, () -> t.bewerkingen.maak("beleid", IHP.getGebouw(),
                json("{\"code\":\"G1\",\"naam\":\"X\",\"gemeente\":\"GM9999\",\"soort\":\"kasteel\"}")));
        assertTrue(onbekend.getMessage().contains("'GM9999' bestaat niet"), onbekend.getMessage());
        assertTrue(onbekend.getMessage().contains("onbekende keuze 'kasteel'"), onbekend.getMessage());
        assertEquals(0, (int) t.store.read(s -> s.list(IHP.getGebouw()).size()));
    }

    @Test
    void planCostsFollowTheNormbedragenAndTheViewSumsThem() throws Exception {
        List<TestStore.PoTelling> rows = t.laadZaanstad();
        Standaardwaarden.zorgDatErZijn(t.store);
        t.bewerkingen.maak("beleid", IHP.getPlan(), json("{\"code\":\"IHP-2025\",\"naam\":\"IHP Zaanstad\",\"gemeente\":\"GM0479\","
                + "\"status\":\"concept\",\"beginjaar\":2025}"));
        project(1, "nieuwbouw", 2025, "\"m2\":1000", rows.get(0).brin6());
        project(2, "onderhoud", 2026, "\"kostenraming\":50000", rows.get(1).brin6());
        project(3, "renovatie", 2026, "\"kostenraming\":80000", rows.get(1).brin6());
        Fout buiten = assertThrows(Fout.class, () -> project(4, "uitbreiding", 2041, "\"m2\":100", rows.get(0).brin6()));
        assertTrue(buiten.getMessage().contains("2041 valt buiten het plan (2025 tot en met 2040)"), buiten.getMessage());

        Huisvesting.Plandossier plan = t.huisvesting.plan("IHP-2025").orElseThrow();
        // 1,000 m2 x (2,847 x 1.1272 = 3,209.14) = 3,209,140.00
        assertEquals(new BigDecimal("3209140.00"), plan.totalen().van(2025, nl.wij.ihp.logic.Betaler.gemeente));
        assertEquals(new BigDecimal("50000.00"), plan.totalen().van(2026, nl.wij.ihp.logic.Betaler.schoolbestuur));
        assertEquals(List.of(3), plan.totalen().onvolledig().stream().map(r -> r.project().nummer()).toList());
        assertEquals(Map.of("2025|gemeente", new BigDecimal("3209140.00"), "2026|schoolbestuur", new BigDecimal("50000.00")), plantotalen());

        // a new index for 2025 changes the stored cost: 2,847 x 1.1272 x 1.05 = 3,369.60 per m2
        t.bewerkingen.maak("beleid", IHP.getNormbedrag(), json("{\"voorziening\":\"nieuwbouw\",\"jaar\":2025,\"indexProcent\":5}"));
        Project herberekend = (Project) t.store.read(s -> s.get(IHP.getProject(), "IHP-2025|1").orElseThrow());
        assertEquals(new BigDecimal("3369600.00"), herberekend.getBerekendeKosten());
        assertEquals(new BigDecimal("3369600.00"), plantotalen().get("2025|gemeente"));

        t.bewerkingen.nieuweVersie("beleid", "IHP-2025", "IHP-2025-v2", null);
        t.bewerkingen.wijzig("beleid", IHP.getProject(), "IHP-2025-v2|1", json("{\"jaar\":2027}"));
        var verschil = t.huisvesting.verschil("IHP-2025", "IHP-2025-v2");
        assertEquals(1, verschil.size());
        assertEquals("jaar", verschil.get(0).velden().get(0).naam());
        assertEquals("2027", verschil.get(0).velden().get(0).nieuw());
    }

    private Map<String, BigDecimal> plantotalen() throws Exception {
        Map<String, BigDecimal> totalen = new HashMap<>();
        try (Connection c = t.database.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(IhpViewsAccess.plantotalen())) {
            while (r.next()) {
                if (r.getString("plan_code").equals("IHP-2025")) {
                    totalen.put(r.getInt("jaar") + "|" + r.getString("betaler"), r.getBigDecimal("kosten_euro"));
                }
            }
        }
        return totalen;
    }

    private void project(int nummer, String soort, int jaar, String extra, String brin6) {
        t.bewerkingen.maak("beleid", IHP.getProject(), json("{\"plan\":\"IHP-2025\",\"nummer\":" + nummer + ",\"naam\":\"Project " + nummer
                + "\",\"soort\":\"" + soort + "\",\"jaar\":" + jaar + "," + extra + ",\"vestigingen\":[\"" + brin6
                + "\"],\"prioriteit\":\"hoog\",\"status\":\"gepland\"}"));
    }

    private void gebouw(String code, String soort, String m2, String tot) {
        t.bewerkingen.maak("beleid", IHP.getGebouw(), json("{\"code\":\"" + code + "\",\"naam\":\"Gebouw " + code + "\",\"gemeente\":\"GM0479\","
                + "\"soort\":\"" + soort + "\",\"bvoM2\":" + m2 + (tot == null ? "" : ",\"tijdelijkTot\":\"" + tot + "\"") + "}"));
    }

    private void prognose(String brin6, int jaar, int aantal, String bron) {
        t.bewerkingen.maak("beleid", IHP.getLeerlingprognose(), json("{\"vestiging\":\"" + brin6 + "\",\"jaar\":" + jaar
                + ",\"aantal\":" + aantal + ",\"bron\":\"" + bron + "\"}"));
    }

    private Map<String, BigDecimal> normatiefUitDeView() throws Exception {
        Map<String, BigDecimal> result = new HashMap<>();
        try (Connection c = t.database.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IHP");
            s.execute("CREATE VIEW IHP.RUIMTEBEHOEFTE AS " + IhpViewsAccess.ruimtebehoefte());
            try (ResultSet r = s.executeQuery("SELECT brin6, normatief_bvo_m2 FROM IHP.RUIMTEBEHOEFTE WHERE jaar = 2019 AND bron = 'telling'")) {
                while (r.next()) {
                    result.put(r.getString(1), r.getBigDecimal(2));
                }
            }
            s.execute("DROP VIEW IHP.RUIMTEBEHOEFTE");
            s.execute("DROP SCHEMA IHP RESTRICT");
        }
        return result;
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual, String message) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, message);
        } else {
            assertEquals(0, expected.compareTo(actual), message + ": " + expected + " vs " + actual);
        }
    }

    static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }
}
