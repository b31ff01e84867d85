package nl.wij.core.editors.impl.command;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One user's undo and redo history: a bounded stack of executed {@link ModelCommand}s.
 * <p>
 * <b>Why not EMF.Edit's {@code BasicCommandStack}.</b> EMF.Edit's commands hold the live
 * {@code EObject}s of an editing domain's {@code ResourceSet} and undo by mutating them in memory;
 * that model assumes one long-lived, in-memory model per editor, saved as a whole. Here every
 * request is stateless: objects are detached copies loaded in one store transaction and gone after
 * it, other users and importers change the same rows in between, and the database, not a resource,
 * is the truth. So a command here is data (class, key, the changed features' old and new values as
 * JSON, see {@link Change}); undo is a <em>new</em> write in a new transaction that first checks
 * that the stored object still holds what the command left behind (else it is a
 * {@link StaleChange} and someone else's later work is not overwritten), and that write is audited
 * like any other, so the audit trail shows both the change and its undoing instead of losing
 * history. The stack itself is plain memory per user, bounded, and lost at a restart (the audit
 * trail is not).
 * <p>
 * All operations of one stack are serialized: the work passed in runs while the stack is locked,
 * so an edit and an undo of the same user cannot interleave.
 */
public final class CommandStack {

    /** What the buttons show: the labels of the next undo and redo, and how many there are. */
    public record State(String undoLabel, int undoCount, String redoLabel, int redoCount) {
    }

    /** The result of a new edit: its answer and the command it executed ({@code null}: nothing changed). */
    public record Outcome<T>(T result, ModelCommand command) {
    }

    private final int depth;
    private final Deque<ModelCommand> undo = new ArrayDeque<>();
    private final Deque<ModelCommand> redo = new ArrayDeque<>();

    /** @param depth how many commands can be undone; older ones are forgotten */
    public CommandStack(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1");
        }
        this.depth = depth;
    }

    /**
     * Runs a new edit. When it executed a command, that command becomes the next to undo and the
     * redo history is cleared (a new edit branches off).
     */
    public synchronized <T> T execute(Supplier<Outcome<T>> edit) {
        Outcome<T> outcome = edit.get();
        if (outcome.command() != null) {
            undo.push(outcome.command());
            while (undo.size() > depth) {
                undo.removeLast();
            }
            redo.clear();
        }
        return outcome.result();
    }

    /**
     * Undoes the newest command with {@code apply}, which writes its inverse. On success the command
     * moves to the redo history. A {@link StaleChange} drops the command (it can never be undone);
     * any other failure leaves the history as it was (the user may fix the cause and try again).
     *
     * @throws EditorException CONFLICT when there is nothing to undo
     */
    public synchronized <T> T undo(Function<ModelCommand, T> apply) {
        ModelCommand command = undo.peek();
        if (command == null) {
            throw new EditorException(EditorException.Kind.CONFLICT, "Er is niets om ongedaan te maken.");
        }
        try {
            T result = apply.apply(command);
            undo.pop();
            redo.push(command);
            return result;
        } catch (StaleChange e) {
            undo.remove(command);
            throw e;
        }
    }

    /** Redoes the command undone last; the mirror image of {@link #undo}. */
    public synchronized <T> T redo(Function<ModelCommand, T> apply) {
        ModelCommand command = redo.peek();
        if (command == null) {
            throw new EditorException(EditorException.Kind.CONFLICT, "Er is niets om opnieuw te doen.");
        }
        try {
            T result = apply.apply(command);
            redo.pop();
            undo.push(command);
            return result;
        } catch (StaleChange e) {
            redo.remove(command);
            throw e;
        }
    }

    public synchronized State state() {
        ModelCommand nextUndo = undo.peek();
        ModelCommand nextRedo = redo.peek();
        return new State(nextUndo == null ? null : nextUndo.label(), undo.size(),
                nextRedo == null ? null : nextRedo.label(), redo.size());
    }
}
