package nl.wij.ihp.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Normatieve ruimtebehoefte and schoolyard, worked out by hand. */
class RuimtebehoefteTest {

    /** The VNG model for the basisonderwijs: 200 m2 BVO plus 5.03 m2 BVO per pupil. */
    private static final Ruimtebehoefte VNG = new Ruimtebehoefte(List.of(norm("bo", "200", "5.03")));

    @Test
    void basisonderwijsUnderTheVngModel() {
        assertEquals(new BigDecimal("703.00"), VNG.normatiefM2(List.of(bo(100))).orElseThrow()); // 200 + 503
        assertEquals(new BigDecimal("1392.11"), VNG.normatiefM2(List.of(bo(237))).orElseThrow()); // 200 + 1192.11
        assertEquals(new BigDecimal("200.00"), VNG.normatiefM2(List.of(bo(0))).orElseThrow());
    }

    @Test
    void aGemeentesOwnParametersChangeTheResult() {
        Ruimtebehoefte eigen = new Ruimtebehoefte(List.of(norm("bo", "250", "5.5")));
        assertEquals(new BigDecimal("800.00"), eigen.normatiefM2(List.of(bo(100))).orElseThrow()); // 250 + 550
    }

    @Test
    void voTakesTheNormOfTheOnderwijstypeElseOfTheSoortAndOneBase() {
        Ruimtebehoefte vo = new Ruimtebehoefte(List.of(norm("HAVO", "300", "8"), norm("VWO", "300", "8.5"), norm("vo", "500", "7")));
        List<Leerlinggroep> groepen = List.of(new Leerlinggroep("vo", "HAVO lj 4-5", 100),
                new Leerlinggroep("vo", "VWO lj 4-6", 50), new Leerlinggroep("vo", "MAVO lj 3-4", 20));
        // base max(300, 300, 500) = 500; 100 x 8 = 800; 50 x 8.5 = 425; 20 x 7 = 140
        assertEquals(new BigDecimal("1865.00"), vo.normatiefM2(groepen).orElseThrow());
    }

    @Test
    void withoutANormTheNeedIsUnknownNotPartial() {
        assertTrue(VNG.normatiefM2(List.of(bo(100), new Leerlinggroep("sbo", null, 10))).isEmpty());
        assertTrue(VNG.normatiefM2(List.of()).isEmpty());
    }

    @Test
    void negativePupilsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> bo(-1));
    }

    @Test
    void schoolyardThreePerPupilBetween300And600() {
        BigDecimal drie = new BigDecimal("3");
        BigDecimal min = new BigDecimal("300");
        BigDecimal max = new BigDecimal("600");
        assertEquals(new BigDecimal("300.00"), Ruimtebehoefte.schoolpleinM2(50, drie, min, max)); // 150 -> minimum
        assertEquals(new BigDecimal("450.00"), Ruimtebehoefte.schoolpleinM2(150, drie, min, max));
        assertEquals(new BigDecimal("600.00"), Ruimtebehoefte.schoolpleinM2(200, drie, min, max));
        assertEquals(new BigDecimal("600.00"), Ruimtebehoefte.schoolpleinM2(250, drie, min, max)); // 750 -> maximum
    }

    static Ruimtenorm norm(String categorie, String basis, String perLeerling) {
        return new Ruimtenorm(categorie, new BigDecimal(basis), new BigDecimal(perLeerling));
    }

    static Leerlinggroep bo(int aantal) {
        return new Leerlinggroep("bo", null, aantal);
    }
}
