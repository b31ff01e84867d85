package nl.wij.workbench.shell.impl;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import nl.wij.workbench.api.Anchors;
import nl.wij.workbench.api.CommandDescriptor;
import nl.wij.workbench.api.MenuItemDescriptor;
import nl.wij.workbench.api.PerspectiveDescriptor;
import nl.wij.workbench.api.ViewDescriptor;
import nl.wij.workbench.api.WorkbenchContribution;
import nl.wij.workbench.api.WorkbenchFragment;

/**
 * The shell's own part of the workbench, contributed the same way as any module's: the Start
 * perspective with the welcome view, and the Beheer perspective with module and account
 * administration for beheerders.
 */
@Component
public final class ShellContribution implements WorkbenchContribution {

    private static final String PREFIX = "nl.wij.workbench.shell";
    private static final String BEHEER = PREFIX + ".perspective.beheer";
    private static final String MODULES = PREFIX + ".view.modules";
    private static final String GEBRUIKERS = PREFIX + ".view.gebruikers";
    private static final Set<String> BEHEERDER = Set.of("beheerder");

    @Override
    public WorkbenchFragment fragment() {
        return new WorkbenchFragment(
                List.of(new PerspectiveDescriptor(Anchors.HOME_PERSPECTIVE, "Start",
                                "Overzicht van deze werkbank en de geïnstalleerde modules", 0, Set.of()),
                        new PerspectiveDescriptor(BEHEER, "Beheer", "Modules, gebruikers en tokens beheren", 1000,
                                BEHEERDER)),
                List.of(new ViewDescriptor(PREFIX + ".view.welkom", "Welkom", "Wat WIJ is en wat hier is geïnstalleerd",
                                Anchors.HOME_PERSPECTIVE, Anchors.EDITOR_AREA, "/workbench/views/welkom.js", 0, Set.of()),
                        new ViewDescriptor(MODULES, "Modules", "Modules starten, stoppen, installeren en verwijderen",
                                BEHEER, Anchors.EDITOR_AREA, "/workbench/views/modules.js", 0, BEHEERDER),
                        new ViewDescriptor(GEBRUIKERS, "Gebruikers en tokens",
                                "Accounts en API-tokens aanmaken en intrekken", BEHEER, Anchors.EDITOR_AREA,
                                "/workbench/views/gebruikers.js", 10, BEHEERDER)),
                List.of(new CommandDescriptor(PREFIX + ".command.modules", "Modules beheren", MODULES)),
                List.of(new MenuItemDescriptor(PREFIX + ".menu.modules", Anchors.MAIN_MENU, "Modules",
                        PREFIX + ".command.modules", 100)));
    }
}
