package nl.wij.core.editors.impl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Leerlingtelling;
import nl.wij.core.model.Onderwijssoort;
import nl.wij.core.model.Onderwijsstructuur;
import nl.wij.core.model.Vestiging;
import nl.wij.core.model.support.Datums;

/** JSON to EObject and back, for the real generated core model. */
class JsonValuesTest {

    private final Gemeente zaanstad = gemeente("GM0479", "Zaanstad");
    private final JsonValues.Resolver resolver = (type, key) -> type.isInstance(zaanstad) && key.equals("GM0479")
            ? Optional.of(zaanstad) : Optional.empty();

    private static Gemeente gemeente(String code, String naam) {
        Gemeente g = CoreFactory.eINSTANCE.createGemeente();
        g.setCode(code);
        g.setNaam(naam);
        return g;
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static List<String> messages(InvalidValues e) {
        return e.findings().stream().map(Finding::message).toList();
    }

    @Test
    void convertsEveryKindOfValue() {
        Vestiging v = CoreFactory.eINSTANCE.createVestiging();
        JsonValues.apply(v, json("""
                {"brin6":" 16AH00 ","naam":"De Regenboog","gemeente":"GM0479","soort":"bo",
                 "onderwijsstructuur":["VBO","MAVO"],"openbaar":true,"postcode":"1501 AB"}"""), resolver, true);
        assertEquals("16AH00", v.getBrin6(), "text is trimmed");
        assertSame(zaanstad, v.getGemeente());
        assertEquals(Onderwijssoort.BO, v.getSoort());
        assertEquals(List.of(Onderwijsstructuur.VBO, Onderwijsstructuur.MAVO), v.getOnderwijsstructuur());
        assertTrue(v.isOpenbaar());

        Leerlingtelling t = CoreFactory.eINSTANCE.createLeerlingtelling();
        JsonValues.apply(t, json("{\"sleutel\":\"x\",\"peildatum\":\"2019-10-01\",\"aantal\":\"312\",\"leerjaar\":3}"),
                resolver, true);
        assertEquals(LocalDate.of(2019, 10, 1), Datums.dag(t.getPeildatum()));
        assertEquals(312, t.getAantal(), "numeric text from a form is accepted");
        assertEquals(3, t.getLeerjaar());
    }

    @Test
    void writesValuesBackAsJson() {
        Vestiging v = CoreFactory.eINSTANCE.createVestiging();
        v.setBrin6("16AH00");
        v.setGemeente(zaanstad);
        v.getOnderwijsstructuur().add(Onderwijsstructuur.PRO);
        JsonObject values = JsonValues.values(v);
        assertEquals(json("{\"class\":\"core.Gemeente\",\"key\":\"GM0479\",\"label\":\"Zaanstad (GM0479)\"}"),
                values.get("gemeente"));
        assertEquals("[\"PRO\"]", values.get("onderwijsstructuur").toString());
        assertTrue(values.get("soort").isJsonNull(), "unsettable and not set");
        assertEquals(false, values.get("openbaar").getAsBoolean());

        Leerlingtelling t = CoreFactory.eINSTANCE.createLeerlingtelling();
        t.setPeildatum(Datums.datum(LocalDate.of(2024, 10, 1)));
        assertEquals("2024-10-01", JsonValues.values(t).get("peildatum").getAsString());
        assertEquals("{\"class\":\"core.Gemeente\",\"key\":\"GM0479\"}",
                JsonValues.snapshot(v, List.of(CorePackage.Literals.VESTIGING__GEMEENTE)).get("gemeente").toString(),
                "snapshots carry no labels");
    }

    @Test
    void everyBadValueIsNamedByItsFieldAllAtOnce() {
        Leerlingtelling t = CoreFactory.eINSTANCE.createLeerlingtelling();
        InvalidValues e = assertThrows(InvalidValues.class, () -> JsonValues.apply(t, json("""
                {"aantal":"veel","leerjaar":2.5,"soort":"hbo","peildatum":"1 oktober","onderdrukt":"misschien",
                 "vestiging":"99XX00","kleur":"rood"}"""), resolver, true));
        assertEquals(List.of(
                "Aantal leerlingen: 'veel' is geen geheel getal.",
                "Leerjaar: '2.5' is geen geheel getal.",
                "Soort: onbekende waarde 'hbo'; kies uit bo, sbo, so, vso, vo, mbo.",
                "Datum waarop geteld is: '1 oktober' is geen datum; schrijf die als jjjj-mm-dd, bijvoorbeeld 2024-10-01.",
                "Onderdrukt: verwacht ja of nee (true of false), niet 'misschien'.",
                "Getelde vestiging: er is geen vestiging met sleutel '99XX00'.",
                "Onbekend veld 'kleur': Leerlingtelling heeft geen eigenschap met die naam."), messages(e));
        assertEquals("aantal", e.findings().get(0).feature().getName());
        assertNull(e.findings().get(6).feature());
        assertNull(t.getAantal(), "nothing is applied when anything is wrong");
    }

    @Test
    void wrongShapesAndOverflowAreRefused() {
        Leerlingtelling t = CoreFactory.eINSTANCE.createLeerlingtelling();
        InvalidValues e = assertThrows(InvalidValues.class, () -> JsonValues.apply(t,
                json("{\"aantal\":[1],\"leerjaar\":99999999999}"), resolver, true));
        assertEquals(List.of("Aantal leerlingen: verwacht één waarde, geen lijst.",
                "Leerjaar: '99999999999' is te groot of te klein (van -2147483648 tot en met 2147483647)."), messages(e));
        Vestiging v = CoreFactory.eINSTANCE.createVestiging();
        e = assertThrows(InvalidValues.class, () -> JsonValues.apply(v,
                json("{\"onderwijsstructuur\":\"VBO\"}"), resolver, true));
        assertEquals(List.of("Onderwijsstructuur: verwacht een lijst van waarden ([...])."), messages(e));
        e = assertThrows(InvalidValues.class, () -> JsonValues.apply(v,
                json("{\"onderwijsstructuur\":[\"VBO\",\"vbo\"]}"), resolver, true));
        assertEquals(List.of("Onderwijsstructuur: waarde 2 staat er al in."), messages(e));
    }

    @Test
    void theKeyOfAStoredObjectCannotChange() {
        Gemeente g = gemeente("GM0479", "Zaanstad");
        InvalidValues e = assertThrows(InvalidValues.class, () -> JsonValues.apply(g,
                json("{\"code\":\"GM0480\"}"), resolver, false));
        assertEquals("CBS-gemeentecode is de sleutel en kan niet worden gewijzigd; maak een nieuw object en verwijder het oude.",
                messages(e).get(0));
        JsonValues.apply(g, json("{\"code\":\"GM0479\",\"naam\":\"Zaanstad!\"}"), resolver, false);
        assertEquals("Zaanstad!", g.getNaam(), "the same key is fine");
    }

    @Test
    void emptyMeansNoValue() {
        Vestiging v = CoreFactory.eINSTANCE.createVestiging();
        v.setSoort(Onderwijssoort.VO);
        v.setDenominatie("Openbaar");
        v.setGemeente(zaanstad);
        JsonValues.apply(v, json("{\"soort\":null,\"denominatie\":\"\",\"gemeente\":null}"), resolver, false);
        assertTrue(!v.isSetSoort(), "an unsettable feature is unset");
        assertNull(v.getDenominatie());
        assertNull(v.getGemeente());
    }
}
