package nl.wij.goab.web.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wij.goab.logic.Regel;
import nl.wij.goab.model.RegelCode;
import nl.wij.workbench.api.Problem;

class GoabProblemSourceTest extends GoabFixture {

    private GoabProblemSource source() {
        return new GoabProblemSource(store, GOAB, Clock.fixed(VANDAAG.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
    }

    @Test
    void theFourSignaleringenAppearWithTheirViewsAndNamePeutersOnlyAsCounts() {
        vulGemeente();

        List<Problem> problems = source().problems();

        assertEquals(List.of("nl.wij.goab.web.problem/uren/peuters", "nl.wij.goab.web.problem/pbm/123456789|2025",
                "nl.wij.goab.web.problem/bereik/WK047901", "nl.wij.goab.web.problem/bereik/totaal",
                "nl.wij.goab.web.problem/besteding/schakelklas-noord|2025"), problems.stream().map(Problem::id).toList());
        assertEquals(List.of(GoabContribution.PEUTERS, GoabContribution.LOCATIES, GoabContribution.MONITOR,
                GoabContribution.MONITOR, GoabContribution.BUDGET), problems.stream().map(Problem::target).toList());
        // Two placed peuters with 8 hours a week from 2 December 2024 until 10 January 2026: far below 960.
        assertTrue(problems.get(0).message().startsWith("Minder dan 5 peuters kunnen"), problems.get(0).message());
        // Two VE peuters on 1 January 2025: norm 20 hours, 10 recorded.
        assertTrue(problems.get(1).message().contains("10 uur ingezet, de norm is 20 uur (2 VE-peuters op 1 januari)"),
                problems.get(1).message());
        assertTrue(problems.get(3).message().contains("ligt op 2025-03-15 onder de streefwaarde van 80% (minder dan 5 van 6"
                + " doelgroeppeuters geplaatst)"),
                problems.get(3).message());
        problems.forEach(p -> assertFalse(p.message().contains("T-000"), p.message()));
    }

    @Test
    void anEmptyStoreHasNoSignaleringen() {
        assertEquals(List.of(), source().problems());
    }

    @Test
    void everyRuleOfTheModelHasALogicRuleAndAShippedDefault() {
        for (RegelCode code : RegelCode.VALUES) {
            Regel regel = Regel.valueOf(code.getLiteral());
            assertTrue(store.read(s -> new Gegevens(GOAB, s).regels()).zoek(regel, VANDAAG).isPresent(), code.getLiteral());
        }
        assertEquals(RegelCode.VALUES.size(), Regel.values().length);
    }
}
