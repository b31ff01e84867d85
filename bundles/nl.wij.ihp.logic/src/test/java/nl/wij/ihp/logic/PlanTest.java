package nl.wij.ihp.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Who pays, the plan totals per year and payer, and the difference between two versions. */
class PlanTest {

    private final Plantotalen rules = new Plantotalen(NormbedragenTest.VNG, false);

    @Test
    void whoPaysByLawAndWithDoordecentralisatie() {
        assertEquals(Optional.of(Betaler.gemeente), Voorziening.vervanging.betaler(false, null));
        assertEquals(Optional.of(Betaler.schoolbestuur), Voorziening.vervanging.betaler(true, null));
        assertEquals(Optional.of(Betaler.schoolbestuur), Voorziening.onderhoud.betaler(false, null));
        assertEquals(Optional.of(Betaler.schoolbestuur), Voorziening.onderhoud.betaler(true, null));
        assertTrue(Voorziening.renovatie.betaler(false, null).isEmpty(), "renovatie is a grey zone");
        assertEquals(Optional.of(Betaler.gemeente), Voorziening.renovatie.betaler(false, Betaler.gemeente));
    }

    @Test
    void totalsPerYearAndPayerLeaveOutVervallenAndListTheIncomplete() {
        List<Planproject> projecten = List.of(
                project(1, Voorziening.nieuwbouw, 2024, "1000", null, null, "gepland"),      // 3,209,140.00 gemeente
                project(2, Voorziening.onderhoud, 2024, null, "50000", null, "gepland"),     // 50,000 schoolbestuur
                project(3, Voorziening.renovatie, 2025, null, "200000", null, "gepland"),    // no payer
                project(4, Voorziening.uitbreiding, 2025, "200", "999999", null, "vervallen"), // does not count
                project(5, Voorziening.eersteInrichting, 2025, null, null, null, "gepland"), // no cost
                project(6, Voorziening.tijdelijkeHuisvesting, 2025, null, "120000", null, "gepland"));
        Plantotalen.Totalen totalen = rules.totalen(projecten);

        assertEquals(new BigDecimal("3209140.00"), totalen.van(2024, Betaler.gemeente));
        assertEquals(new BigDecimal("50000.00"), totalen.van(2024, Betaler.schoolbestuur));
        assertEquals(new BigDecimal("120000.00"), totalen.van(2025, Betaler.gemeente));
        assertEquals(BigDecimal.ZERO, totalen.van(2025, Betaler.schoolbestuur));
        assertEquals(new BigDecimal("3379140.00"), totalen.totaal());
        assertEquals(Map.of(Betaler.gemeente, new BigDecimal("3329140.00"), Betaler.schoolbestuur, new BigDecimal("50000.00")),
                totalen.perBetaler());
        assertEquals(List.of(3, 5), totalen.onvolledig().stream().map(r -> r.project().nummer()).toList());
    }

    @Test
    void doordecentralisatieMovesTheGemeentesShareToTheSchoolbesturen() {
        Plantotalen.Totalen totalen = new Plantotalen(NormbedragenTest.VNG, true)
                .totalen(List.of(project(1, Voorziening.nieuwbouw, 2024, "1000", null, null, "gepland")));
        assertEquals(new BigDecimal("3209140.00"), totalen.van(2024, Betaler.schoolbestuur));
        assertEquals(BigDecimal.ZERO, totalen.van(2024, Betaler.gemeente));
    }

    @Test
    void versionsDifferPerProjectNumber() {
        List<Planproject> concept = List.of(
                project(1, Voorziening.nieuwbouw, 2024, "1000", null, null, "gepland"),
                project(2, Voorziening.onderhoud, 2024, null, "50000", null, "gepland"),
                project(3, Voorziening.renovatie, 2025, null, "200000", null, "gepland"));
        List<Planproject> vastgesteld = List.of(
                project(1, Voorziening.nieuwbouw, 2023, "1000", null, null, "gepland"), // a year earlier: 2,847,000.00
                project(2, Voorziening.onderhoud, 2024, null, "50000", null, "gepland"),
                project(4, Voorziening.uitbreiding, 2026, "100", null, null, "gepland"));
        List<Planverschil.Wijziging> verschil = new Planverschil(rules, rules).vergelijk(concept, vastgesteld);

        assertEquals(List.of(1, 3, 4), verschil.stream().map(Planverschil.Wijziging::nummer).toList());
        Planverschil.Wijziging eerste = verschil.get(0);
        assertEquals(Planverschil.Soort.GEWIJZIGD, eerste.soort());
        assertEquals(List.of(new Planverschil.Veld("jaar", "2024", "2023"),
                new Planverschil.Veld("kosten", "3209140.00", "2847000.00")), eerste.velden());
        assertEquals(Planverschil.Soort.VERWIJDERD, verschil.get(1).soort());
        assertEquals(Planverschil.Soort.TOEGEVOEGD, verschil.get(2).soort());
    }

    static Planproject project(int nummer, Voorziening soort, int jaar, String m2, String raming, Betaler betaler, String status) {
        return new Planproject(nummer, "Project " + nummer, soort, jaar, m2 == null ? null : new BigDecimal(m2),
                raming == null ? null : new BigDecimal(raming), betaler, status, "hoog");
    }
}
