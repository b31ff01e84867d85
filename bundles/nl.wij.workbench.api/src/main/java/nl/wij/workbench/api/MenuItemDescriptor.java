package nl.wij.workbench.api;

/**
 * A menu entry.
 *
 * @param id globally unique id
 * @param anchor the menu it goes in, e.g. {@link Anchors#MAIN_MENU}
 * @param label Dutch label
 * @param command id of the command it runs
 * @param rank ordering, lower first
 */
public record MenuItemDescriptor(String id, String anchor, String label, String command, int rank) {
}
