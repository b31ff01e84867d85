package nl.wij.core.editors.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import nl.wij.core.editors.impl.command.CommandStacks;
import nl.wij.core.editors.impl.command.ModelEditor;
import nl.wij.workbench.api.Problem;

/** Validation of stored objects as signaleringen, on the real store with the real core model. */
class ModelProblemSourceTest {

    private TestStore test;
    private ModelProblemSource problems;
    private ModelEditor editor;

    @BeforeEach
    void start() throws SQLException {
        test = new TestStore();
        EObject gemeente = TestStore.create("Gemeente", "code", "GM0479", "naam", "Zaanstad");
        EObject instelling = TestStore.create("Instelling", "brin4", "16AH");
        EObject good = TestStore.create("Vestiging", "brin6", "16AH00", "naam", "Goed", "instelling", instelling,
                "gemeente", gemeente);
        EObject bad = TestStore.create("Vestiging", "brin6", "16AH01", "naam", "Fout", "instelling", instelling,
                "postcode", "1501AB");
        test.store.write("import", s -> s.saveAll(List.of(gemeente, instelling, good, bad)));
        problems = new ModelProblemSource(test.store, test.registry, Duration.ofMinutes(5), 1000, 100, Clock.systemUTC());
        editor = new ModelEditor(test.store, test.registry, new CommandStacks(10, 10), List.of(problems));
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void anInvalidStoredObjectIsASignaleringThatLinksToIt() {
        List<Problem> list = problems.problems();
        assertEquals(1, list.size(), list.toString());
        Problem p = list.get(0);
        assertEquals(Problem.Severity.FOUT, p.severity());
        assertEquals("nl.wij.core.editors.problem/core.Vestiging/16AH01/0", p.id());
        assertTrue(p.message().startsWith("Vestiging Fout (16AH01): Postcode van het bezoekadres: '1501AB' heeft niet de juiste vorm."),
                p.message());
        assertEquals("Vestiging", p.source());
        assertEquals("nl.wij.core.editors.view.formulier", p.target());
        assertEquals("postcode", problems.objectProblems().get(0).finding().feature().getName());
    }

    @Test
    void anEditUpdatesTheSignaleringenAtOnce() {
        problems.problems();
        editor.update("anna", TestStore.eClass("Vestiging"), "16AH01",
                JsonParser.parseString("{\"postcode\":null}").getAsJsonObject());
        assertEquals(List.of(), problems.problems(), "fixed object: no more problem, without a new sweep");
    }

    @Test
    void idsAreEncodedLikeEncodeUriComponent() {
        assertEquals("RMC%7C08%7CGM0114%7C", ModelProblemSource.encode("RMC|08|GM0114|"));
        assertEquals("a%20b%2Fc%C3%A9", ModelProblemSource.encode("a b/cé"));
    }

    @Test
    void aSweepStopsAtItsLimit() {
        ModelProblemSource capped = new ModelProblemSource(test.store, test.registry, Duration.ofMinutes(5), 2, 100,
                Clock.systemUTC());
        List<Problem> list = capped.problems();
        assertTrue(list.stream().anyMatch(p -> p.severity() == Problem.Severity.INFO
                && p.message().equals("De modelcontrole heeft de eerste 2 objecten gecontroleerd; de rest is overgeslagen.")),
                list.toString());
    }
}
