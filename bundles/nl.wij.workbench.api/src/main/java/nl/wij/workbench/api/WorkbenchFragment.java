package nl.wij.workbench.api;

import java.util.List;

/**
 * A model fragment: the workbench elements one contribution adds.
 *
 * @param perspectives perspectives (groups of views, switchable in the header)
 * @param views views and editors
 * @param commands commands, usually opening a view
 * @param menuItems menu entries that run a command
 */
public record WorkbenchFragment(List<PerspectiveDescriptor> perspectives, List<ViewDescriptor> views,
        List<CommandDescriptor> commands, List<MenuItemDescriptor> menuItems) {

    public WorkbenchFragment {
        perspectives = List.copyOf(perspectives);
        views = List.copyOf(views);
        commands = List.copyOf(commands);
        menuItems = List.copyOf(menuItems);
    }

    /** A fragment that only adds views. */
    public static WorkbenchFragment ofViews(ViewDescriptor... views) {
        return new WorkbenchFragment(List.of(), List.of(views), List.of(), List.of());
    }
}
