package nl.wij.workbench.api;

import java.util.Set;

/**
 * A perspective: a named arrangement of views for one task.
 *
 * @param id globally unique id, prefixed with the bundle symbolic name
 * @param label Dutch label
 * @param description Dutch description (tooltip and screen readers)
 * @param rank ordering, lower first
 * @param roles role ids that may see it; empty means every logged-in user
 */
public record PerspectiveDescriptor(String id, String label, String description, int rank, Set<String> roles) {

    public PerspectiveDescriptor {
        roles = Set.copyOf(roles);
    }
}
