package nl.wij.workbench.api;

/** The stable places of the shell that contributions name. */
public final class Anchors {

    /** The main menu in the header; menu items with this anchor appear there. */
    public static final String MAIN_MENU = "wij.menu.main";

    /** The view area (left, navigable list of views of the active perspective). */
    public static final String VIEW_AREA = "wij.area.views";

    /** The editor area (the large central part). */
    public static final String EDITOR_AREA = "wij.area.editors";

    /** The Problems view (signaleringen) at the bottom. */
    public static final String PROBLEMS = "wij.area.problems";

    /** The perspective every workbench has; views without a better home go here. */
    public static final String HOME_PERSPECTIVE = "wij.perspective.start";

    private Anchors() {
    }
}
