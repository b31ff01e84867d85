package nl.wij.workbench.api;

import java.util.Set;

/**
 * A view or editor. The shell instantiates it lazily: when a user opens it, the shell imports the
 * ES module at {@code module} and calls its exported {@code render(element, context)}.
 *
 * @param id globally unique id, prefixed with the bundle symbolic name and {@code .view.}
 * @param label Dutch label
 * @param description Dutch description
 * @param perspective id of the perspective it belongs to
 * @param area the anchor it is shown in: {@link Anchors#VIEW_AREA} or {@link Anchors#EDITOR_AREA}
 * @param module absolute URL path of the ES module that renders it, served by the contributing bundle
 * @param rank ordering, lower first
 * @param roles role ids that may see it; empty means every logged-in user
 */
public record ViewDescriptor(String id, String label, String description, String perspective, String area,
        String module, int rank, Set<String> roles) {

    public ViewDescriptor {
        roles = Set.copyOf(roles);
    }
}
