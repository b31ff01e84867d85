package nl.wij.workbench.shell.impl;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.wij.platform.api.modules.BundleInfo;
import nl.wij.platform.api.modules.ModuleAdmin;
import nl.wij.workbench.api.Problem;
import nl.wij.workbench.api.ProblemSource;

/** Signals every bundle of an installed feature that is not running. */
@Component
public final class InactiveBundleProblems implements ProblemSource {

    private static final String MODULES_VIEW = "nl.wij.workbench.shell.view.modules";

    private final ModuleAdmin modules;

    @Activate
    public InactiveBundleProblems(@Reference ModuleAdmin modules) {
        this.modules = modules;
    }

    @Override
    public List<Problem> problems() {
        return modules.bundles().stream()
                .filter(b -> b.feature() != null && !"ACTIVE".equals(b.state()) && !"FRAGMENT".equals(b.state()))
                .map(InactiveBundleProblems::problem)
                .toList();
    }

    private static Problem problem(BundleInfo bundle) {
        return new Problem("nl.wij.workbench.shell.problem.inactive." + bundle.symbolicName(),
                Problem.Severity.WAARSCHUWING,
                "Bundle " + bundle.name() + " (feature " + bundle.feature() + ") is niet actief: " + bundle.state(),
                "Modules", MODULES_VIEW);
    }
}
