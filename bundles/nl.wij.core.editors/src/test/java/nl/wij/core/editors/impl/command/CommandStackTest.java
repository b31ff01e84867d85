package nl.wij.core.editors.impl.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** The per-user history, without a store: do, undo, redo, a new edit clears redo, bounds, stale steps. */
class CommandStackTest {

    private final List<String> log = new ArrayList<>();
    private final CommandStack stack = new CommandStack(3);

    private static ModelCommand command(String label) {
        JsonObject before = new JsonObject();
        before.addProperty("naam", "oud");
        JsonObject after = new JsonObject();
        after.addProperty("naam", label);
        return new ModelCommand(label, List.of(new Change("core.Gemeente", "GM0479", before, after)));
    }

    private void edit(String label) {
        stack.execute(() -> {
            log.add("do " + label);
            return new CommandStack.Outcome<>(null, command(label));
        });
    }

    private String undo() {
        return stack.undo(c -> {
            log.add("undo " + c.label());
            return c.label();
        });
    }

    private String redo() {
        return stack.redo(c -> {
            log.add("redo " + c.label());
            return c.label();
        });
    }

    @Test
    void undoAndRedoWalkTheHistory() {
        edit("a");
        edit("b");
        assertEquals(new CommandStack.State("b", 2, null, 0), stack.state());
        assertEquals("b", undo());
        assertEquals("a", undo());
        assertEquals(new CommandStack.State(null, 0, "a", 2), stack.state());
        assertEquals("a", redo());
        assertEquals(new CommandStack.State("a", 1, "b", 1), stack.state());
        assertEquals(List.of("do a", "do b", "undo b", "undo a", "redo a"), log);
    }

    @Test
    void aNewEditClearsTheRedoHistory() {
        edit("a");
        edit("b");
        undo();
        edit("c");
        assertEquals(new CommandStack.State("c", 2, null, 0), stack.state());
        EditorException e = assertThrows(EditorException.class, this::redo);
        assertEquals("Er is niets om opnieuw te doen.", e.getMessage());
    }

    @Test
    void anEditThatChangedNothingLeavesTheHistoryAlone() {
        edit("a");
        undo();
        stack.execute(() -> new CommandStack.Outcome<>("unchanged", null));
        assertEquals(new CommandStack.State(null, 0, "a", 1), stack.state(), "redo survives a no-op save");
    }

    @Test
    void onlyTheNewestCommandsAreKept() {
        for (String label : List.of("a", "b", "c", "d")) {
            edit(label);
        }
        assertEquals(3, stack.state().undoCount());
        undo();
        undo();
        undo();
        assertThrows(EditorException.class, this::undo, "a was forgotten");
    }

    @Test
    void aFailedUndoKeepsTheCommandButAStaleOneIsDropped() {
        edit("a");
        edit("b");
        assertThrows(EditorException.class, () -> stack.undo(c -> {
            throw new EditorException(EditorException.Kind.CONFLICT, "wordt nog gebruikt");
        }));
        assertEquals(new CommandStack.State("b", 2, null, 0), stack.state(), "may be retried");
        assertThrows(StaleChange.class, () -> stack.undo(c -> {
            throw new StaleChange("core.Gemeente", "GM0479", "intussen gewijzigd");
        }));
        assertEquals(new CommandStack.State("a", 1, null, 0), stack.state(), "b can never be undone: gone");
        assertEquals("a", undo());
    }

    @Test
    void theInverseOfACommandRunsBackwards() {
        JsonObject one = new JsonObject();
        one.addProperty("naam", "1");
        JsonObject two = new JsonObject();
        two.addProperty("naam", "2");
        ModelCommand c = new ModelCommand("x", List.of(new Change("core.Gemeente", "A", null, one),
                new Change("core.Gemeente", "B", one, two)));
        List<Change> undo = c.undoChanges();
        assertEquals("B", undo.get(0).key());
        assertEquals(two, undo.get(0).before());
        assertEquals("A", undo.get(1).key());
        assertEquals(true, undo.get(1).isDelete());
    }
}
