package nl.wij.workbench.api;

/**
 * A command the user can invoke. Version 1 of the model knows one kind: opening a view.
 *
 * @param id globally unique id, prefixed with the bundle symbolic name and {@code .command.}
 * @param label Dutch label
 * @param opensView id of the view it opens
 */
public record CommandDescriptor(String id, String label, String opensView) {
}
