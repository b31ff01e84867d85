package nl.wij.core.editors.impl.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * The navigation tree of the Modelverkenner, derived from the metamodel: which class is shown
 * under which (Gemeente &gt; Vestiging &gt; Leerlingtelling) and through which reference.
 * <p>
 * The model has no containment (references run from the part to the whole: a vestiging names its
 * gemeente), so the tree is read from the single-valued references. The rules, in order:
 * <ol>
 * <li>Only classes with an iD attribute take part: they are what the store can list and get.</li>
 * <li>A candidate parent link of class C is a single-valued, non-derived reference of C (declared
 * or inherited) to another class that takes part and is not C, a supertype or a subtype of C (so
 * {@code Gemeente.opgegaanIn} is not a link). An annotation {@code treeParent} on C
 * ({@link Labels#UI}) names the link itself, or makes C a root when empty.</li>
 * <li>A class without candidate links is a root. The <em>reach</em> of a root is the number of
 * classes that can reach it over candidate links.</li>
 * <li>C's parent link is the candidate that leads to the root with the largest reach (the hub of
 * the model, Gemeente in the core model), then a container reference, a required reference, the
 * shorter path to that root, and the declaration order. So a Vestiging hangs under its Gemeente
 * (not its Instelling, which leads to the smaller hub BevoegdGezag), and with a single reference
 * the rule reduces to "the class whose only reference points to a parent becomes its child".</li>
 * <li>A class whose parent link (or root status) is the same as that of its nearest participating
 * supertype is shown inside the supertype's group (the store lists subclasses with their
 * supertype): Schooljaar appears under Periode, KinderopvangLocatie under Organisatie.</li>
 * </ol>
 * Cycles that remain are broken by making a class on the cycle a root.
 */
public final class ClassTree {

    /** A parent-child link: objects of {@code child} whose {@code reference} points to a {@code parent}. */
    public record Link(EClass child, EReference reference, EClass parent) {
    }

    private final List<EClass> roots;
    private final Map<EClass, Link> parents;
    private final Map<EClass, List<Link>> children;

    private ClassTree(List<EClass> roots, Map<EClass, Link> parents, Map<EClass, List<Link>> children) {
        this.roots = List.copyOf(roots);
        this.parents = Map.copyOf(parents);
        Map<EClass, List<Link>> copy = new HashMap<>();
        children.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.children = Map.copyOf(copy);
    }

    /** The top-level classes, the one with the largest reach first. */
    public List<EClass> roots() {
        return roots;
    }

    /** The links to the child classes of a class (by label). */
    public List<Link> children(EClass parent) {
        return children.getOrDefault(parent, List.of());
    }

    /** How a class hangs under its parent; empty for a root or a class that is not in the tree. */
    public Optional<Link> parent(EClass child) {
        return Optional.ofNullable(parents.get(child));
    }

    /** Whether the class has a node of its own (a root or a child); subclasses shown in their supertype's group have not. */
    public boolean contains(EClass eClass) {
        return roots.contains(eClass) || parents.containsKey(eClass);
    }

    /** Derives the tree from the classes of the available packages (any order; classes without iD are ignored). */
    public static ClassTree derive(Collection<EClass> classes) {
        Set<EClass> nodes = new LinkedHashSet<>();
        for (EClass c : classes) {
            if (c.getEIDAttribute() != null) {
                nodes.add(c);
            }
        }
        Map<EClass, List<EReference>> candidates = new LinkedHashMap<>();
        for (EClass c : nodes) {
            candidates.put(c, candidates(c, nodes));
        }

        Set<EClass> roots = new LinkedHashSet<>();
        for (EClass c : nodes) {
            if (candidates.get(c).isEmpty()) {
                roots.add(c);
            }
        }
        Map<EClass, Integer> reach = new HashMap<>();
        for (EClass root : roots) {
            int count = 0;
            for (EClass c : nodes) {
                if (distance(c, root, candidates) >= 0) {
                    count++;
                }
            }
            reach.put(root, count);
        }

        Map<EClass, Link> chosen = new LinkedHashMap<>();
        for (EClass c : nodes) {
            if (roots.contains(c)) {
                continue;
            }
            Link best = choose(c, candidates, roots, reach);
            if (best == null) {
                roots.add(c); // only cycles above it: it becomes a root itself
                reach.putIfAbsent(c, 1);
            } else {
                chosen.put(c, best);
            }
        }
        breakCycles(chosen, roots, reach);

        // A subclass with the same place as its supertype is shown in the supertype's group.
        Map<EClass, Link> parents = new LinkedHashMap<>();
        List<EClass> rootList = new ArrayList<>();
        for (EClass c : nodes) {
            EClass superNode = nearestSuperNode(c, nodes);
            Link link = chosen.get(c);
            boolean samePlace = superNode != null && (link == null
                    ? roots.contains(superNode)
                    : chosen.containsKey(superNode) && chosen.get(superNode).reference() == link.reference());
            if (samePlace) {
                continue;
            }
            if (link == null) {
                rootList.add(c);
            } else {
                parents.put(c, link);
            }
        }
        // A link to a class that is itself shown in its supertype's group goes to that group's class.
        Map<EClass, List<Link>> children = new HashMap<>();
        Map<EClass, Link> placed = new LinkedHashMap<>();
        for (Link link : parents.values()) {
            EClass parent = link.parent();
            while (!rootList.contains(parent) && !parents.containsKey(parent) && nearestSuperNode(parent, nodes) != null) {
                parent = nearestSuperNode(parent, nodes);
            }
            Link placedLink = new Link(link.child(), link.reference(), parent);
            placed.put(link.child(), placedLink);
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(placedLink);
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(l -> Labels.label(l.child()))));
        rootList.sort(Comparator.<EClass>comparingInt(c -> -reach.getOrDefault(c, 1)).thenComparing(Labels::label));
        return new ClassTree(rootList, placed, children);
    }

    private static List<EReference> candidates(EClass c, Set<EClass> nodes) {
        String hint = Labels.hint(c, "treeParent");
        if (hint != null) {
            return hint.isBlank() || !(c.getEStructuralFeature(hint.strip()) instanceof EReference r) ? List.of() : List.of(r);
        }
        List<EReference> result = new ArrayList<>();
        for (EReference r : c.getEAllReferences()) {
            EClass target = r.getEReferenceType();
            if (r.isMany() || r.isDerived() || r.isContainment() || !nodes.contains(target) || target == c
                    || target.isSuperTypeOf(c) || c.isSuperTypeOf(target)) {
                continue;
            }
            result.add(r);
        }
        return result;
    }

    /** Shortest number of candidate links from {@code from} to {@code to}; -1 when unreachable. */
    private static int distance(EClass from, EClass to, Map<EClass, List<EReference>> candidates) {
        Deque<EClass> queue = new ArrayDeque<>(List.of(from));
        Map<EClass, Integer> seen = new HashMap<>(Map.of(from, 0));
        while (!queue.isEmpty()) {
            EClass c = queue.removeFirst();
            if (c == to) {
                return seen.get(c);
            }
            for (EReference r : candidates.getOrDefault(c, List.of())) {
                EClass next = r.getEReferenceType();
                if (!seen.containsKey(next)) {
                    seen.put(next, seen.get(c) + 1);
                    queue.addLast(next);
                }
            }
        }
        return -1;
    }

    private static Link choose(EClass c, Map<EClass, List<EReference>> candidates, Set<EClass> roots,
            Map<EClass, Integer> reach) {
        Link best = null;
        int[] bestScore = null;
        List<EReference> references = candidates.get(c);
        for (int i = 0; i < references.size(); i++) {
            EReference r = references.get(i);
            EClass target = r.getEReferenceType();
            int bestReach = 0;
            int bestDistance = Integer.MAX_VALUE;
            for (EClass root : roots) {
                int d = distance(target, root, candidates);
                if (d < 0) {
                    continue;
                }
                int rr = reach.get(root);
                if (rr > bestReach || rr == bestReach && d < bestDistance) {
                    bestReach = rr;
                    bestDistance = d;
                }
            }
            if (bestReach == 0) {
                continue;
            }
            // higher is better, compared in order
            int[] score = {bestReach, r.isContainer() ? 1 : 0, r.isRequired() ? 1 : 0, -bestDistance, -i};
            if (bestScore == null || compare(score, bestScore) > 0) {
                bestScore = score;
                best = new Link(c, r, target);
            }
        }
        return best;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    private static void breakCycles(Map<EClass, Link> chosen, Set<EClass> roots, Map<EClass, Integer> reach) {
        for (EClass start : List.copyOf(chosen.keySet())) {
            Set<EClass> path = new HashSet<>();
            EClass c = start;
            while (chosen.containsKey(c)) {
                if (!path.add(c)) {
                    chosen.remove(c);
                    roots.add(c);
                    reach.putIfAbsent(c, 1);
                    break;
                }
                c = chosen.get(c).parent();
            }
        }
    }

    /** The nearest supertype (breadth first) that takes part in the tree, or {@code null}. */
    private static EClass nearestSuperNode(EClass c, Set<EClass> nodes) {
        Deque<EClass> queue = new ArrayDeque<>(c.getESuperTypes());
        Set<EClass> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            EClass s = queue.removeFirst();
            if (!seen.add(s)) {
                continue;
            }
            if (nodes.contains(s)) {
                return s;
            }
            queue.addAll(s.getESuperTypes());
        }
        return null;
    }
}
