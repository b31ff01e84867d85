package nl.wij.core.model.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Leerlingtelling;
import nl.wij.core.model.Lidmaatschapsrol;
import nl.wij.core.model.Onderwijssoort;
import nl.wij.core.model.Regio;
import nl.wij.core.model.RegioLidmaatschap;
import nl.wij.core.model.RegioType;
import nl.wij.core.model.Vestiging;

class SleutelsTest {

    private static final LocalDate PEILDATUM = LocalDate.of(2019, 10, 1);

    @Test
    void regioKeyIsTypeAndSourceCode() {
        assertEquals("RMC|08", Sleutels.regio(RegioType.RMC, "08"));
        assertEquals("SWV_VO|VO2001", Sleutels.regio(RegioType.SWV_VO, " VO2001 "));
        assertNotEquals(Sleutels.regio(RegioType.RMC, "08"), Sleutels.regio(RegioType.COROP, "08"));
    }

    @Test
    void membershipKeyAddsGemeenteAndFirstDay() {
        assertEquals("RMC|08|GM0114|", Sleutels.regioLidmaatschap("RMC|08", "GM0114", null));
        assertEquals("RMC|08|GM0114|2019-08-01",
                Sleutels.regioLidmaatschap("RMC|08", "GM0114", LocalDate.of(2019, 8, 1)));
    }

    @Test
    void pupilCountKeyHasFiveParts() {
        assertEquals("16AH00|2019-10-01|bo||", Sleutels.leerlingtelling("16AH00", PEILDATUM, Onderwijssoort.BO, null, null));
        assertEquals("00AH00|2019-10-01|vo|HAVO lj 4-5|4",
                Sleutels.leerlingtelling("00AH00", PEILDATUM, Onderwijssoort.VO, "HAVO lj 4-5 ", 4));
        assertEquals("00AH00|2019-10-01|vo|HAVO/VWO lj 3|3",
                Sleutels.leerlingtelling("00AH00", PEILDATUM, Onderwijssoort.VO, "HAVO/VWO lj 3", 3));
    }

    @Test
    void separatorInsideAPartIsEscaped() {
        assertEquals("00AH00|2019-10-01|vo|A\\|B|", Sleutels.leerlingtelling("00AH00", PEILDATUM, Onderwijssoort.VO, "A|B", null));
        assertNotEquals(Sleutels.leerlingtelling("00AH00", PEILDATUM, Onderwijssoort.VO, "A|1", null),
                Sleutels.leerlingtelling("00AH00", PEILDATUM, Onderwijssoort.VO, "A", 1));
    }

    @Test
    void organisatieKeyIsRegisterAndNumber() {
        assertEquals("LRK|123456789", Sleutels.organisatie("lrk", "123456789"));
        assertEquals("KVK|12345678", Sleutels.organisatie("KVK", "12345678"));
    }

    @Test
    void missingPartsAreRefusedInWords() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Sleutels.leerlingtelling(" ", PEILDATUM, Onderwijssoort.BO, null, null));
        assertEquals("De sleutel van een leerlingtelling vraagt een vestiging (BRIN6).", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sleutels.leerlingtelling("16AH00", null, Onderwijssoort.BO, null, null));
        assertThrows(IllegalArgumentException.class, () -> Sleutels.leerlingtelling("16AH00", PEILDATUM, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> Sleutels.regio(null, "08"));
        assertThrows(IllegalArgumentException.class, () -> Sleutels.van(CoreFactory.eINSTANCE.createRegioLidmaatschap()));
    }

    @Test
    void keysFollowFromTheObjects() {
        Regio regio = CoreFactory.eINSTANCE.createRegio();
        regio.setType(RegioType.RMC);
        regio.setCode("08");
        Gemeente emmen = CoreFactory.eINSTANCE.createGemeente();
        emmen.setCode("GM0114");
        RegioLidmaatschap lid = CoreFactory.eINSTANCE.createRegioLidmaatschap();
        lid.setRegio(regio);
        lid.setGemeente(emmen);
        lid.setRol(Lidmaatschapsrol.CONTACTGEMEENTE);
        lid.setGeldigVanaf(Datums.datum(LocalDate.of(2019, 8, 1)));
        assertEquals("RMC|08", Sleutels.van(regio));
        assertEquals("RMC|08|GM0114|2019-08-01", Sleutels.van(lid));

        Vestiging vestiging = CoreFactory.eINSTANCE.createVestiging();
        vestiging.setBrin6("16AH00");
        Leerlingtelling telling = CoreFactory.eINSTANCE.createLeerlingtelling();
        telling.setVestiging(vestiging);
        telling.setPeildatum(Datums.datum(PEILDATUM));
        telling.setSoort(Onderwijssoort.BO);
        assertEquals(Sleutels.leerlingtelling("16AH00", PEILDATUM, Onderwijssoort.BO, null, null), Sleutels.van(telling));
    }
}
