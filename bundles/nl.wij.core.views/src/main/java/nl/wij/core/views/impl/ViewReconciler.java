package nl.wij.core.views.impl;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.views.AnalyticalView;
import nl.wij.core.views.PublishedView;
import nl.wij.core.views.PublishedView.State;
import nl.wij.core.views.impl.CreatedViews.Created;
import nl.wij.platform.api.db.Database;

/**
 * Brings the database in line with the offered views, in one pass: decides per view whether it can
 * exist (its packages available, the views it reads creatable, its name not taken by an earlier
 * provider), drops recorded views that must go or whose definition changed (and the views that read
 * them, which come back in the same pass when they still can), and creates what is missing in
 * dependency order. A definition the database refuses refuses that view only.
 */
final class ViewReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(ViewReconciler.class);

    /** SQLState: GRANT needs {@code derby.database.sqlAuthorization}. */
    private static final String NO_SQL_AUTHORIZATION = "42Z60";

    /** A view as a provider offers it. */
    record Offered(String provider, AnalyticalView view) {
    }

    private final Database database;
    private final Suppression suppression;
    private final String reader;
    private final Clock clock;
    /** Whether the database enforces SQL authorization; {@code null} until asked. */
    private Boolean authorization;

    ViewReconciler(Database database, Suppression suppression, String reader, Clock clock) {
        this.database = database;
        this.suppression = suppression;
        this.reader = reader;
        this.clock = clock;
    }

    /** The user granted {@code SELECT} on every available view, or empty without SQL authorization. */
    String reader() {
        return Boolean.FALSE.equals(authorization) ? "" : reader;
    }

    /**
     * Reconciles and answers the state of every offered view, ordered by qualified name. Recorded
     * views that cannot exist now (no provider offers them, or a package they read is missing) are
     * dropped.
     */
    List<PublishedView> reconcile(List<Offered> offered, Set<String> packages) throws SQLException {
        Plan plan = new Plan(offered, packages);
        try (Connection connection = database.connect()) {
            if (authorization == null) {
                authorization = sqlAuthorization(connection);
            }
            CreatedViews.ensure(connection);
            Map<String, Created> existing = CreatedViews.load(connection);
            Map<String, String> definitions = new LinkedHashMap<>();
            plan.order.forEach(name -> definitions.put(name, suppression.createView(plan.desired.get(name).view())));
            Set<String> drop = new LinkedHashSet<>();
            existing.values().stream().filter(e -> !e.definition().equals(definitions.get(e.name())))
                    .forEach(e -> drop.add(e.name()));
            dropWithDependents(connection, existing, drop);
            for (String name : plan.order) {
                plan.settle(name, connection, existing.get(name), definitions.get(name));
            }
        }
        List<PublishedView> result = new ArrayList<>(plan.states.values());
        result.addAll(plan.duplicates);
        result.sort(Comparator.comparing(PublishedView::qualifiedName).thenComparing(PublishedView::provider));
        return result;
    }

    /** Drops {@code drop} and every recorded view whose definition reads one of them, dependents first. */
    private void dropWithDependents(Connection connection, Map<String, Created> existing, Set<String> drop)
            throws SQLException {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Created e : existing.values()) {
                if (!drop.contains(e.name()) && !Dependencies.mentioned(e.definition(), drop).isEmpty()) {
                    grew = drop.add(e.name());
                }
            }
        }
        Set<String> left = new LinkedHashSet<>(drop);
        while (!left.isEmpty()) {
            String next = left.stream().filter(n -> left.stream().filter(o -> !o.equals(n))
                    .allMatch(o -> Dependencies.mentioned(existing.get(o).definition(), Set.of(n)).isEmpty()))
                    .findFirst().orElse(left.iterator().next());
            left.remove(next);
            dropView(connection, next);
            existing.remove(next);
        }
    }

    private void dropView(Connection connection, String name) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            if (viewExists(connection, name)) {
                s.executeUpdate("DROP VIEW " + name);
            }
            CreatedViews.forget(connection, name);
            connection.commit();
            LOG.info("Analytische view {} verwijderd", name);
        } catch (SQLException e) {
            connection.rollback();
            LOG.warn("Analytische view {} kon niet worden verwijderd: {}", name, e.getMessage());
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static boolean viewExists(Connection connection, String name) throws SQLException {
        int dot = name.indexOf('.');
        try (ResultSet r = connection.getMetaData().getTables(null, name.substring(0, dot).toUpperCase(),
                name.substring(dot + 1).toUpperCase(), new String[] {"VIEW"})) {
            return r.next();
        }
    }

    private static boolean sqlAuthorization(Connection connection) {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.database.sqlAuthorization')")) {
            return r.next() && "true".equalsIgnoreCase(r.getString(1));
        } catch (SQLException notDerby) {
            return true;
        }
    }

    /** Which offered views can exist now, in creation order, and the state of the others. */
    private final class Plan {
        final Map<String, Offered> desired = new LinkedHashMap<>();
        final List<PublishedView> duplicates = new ArrayList<>();
        final Map<String, PublishedView> states = new LinkedHashMap<>();
        final List<String> order = new ArrayList<>();
        private final Map<String, Set<String>> dependencies = new LinkedHashMap<>();
        private final Set<String> packages;
        private final Set<String> visiting = new HashSet<>();

        Plan(List<Offered> offered, Set<String> packages) {
            this.packages = packages;
            for (Offered o : offered) {
                Offered first = desired.putIfAbsent(o.view().qualifiedName(), o);
                if (first != null) {
                    duplicates.add(new PublishedView(o.view(), o.provider(), State.REFUSED, "View "
                            + o.view().qualifiedName() + " wordt al gepubliceerd door bundel " + first.provider()
                            + "; deze tweede definitie wordt niet gebruikt."));
                }
            }
            desired.forEach((name, o) -> dependencies.put(name, Dependencies.of(o.view(), desired.keySet())));
            desired.keySet().forEach(this::resolve);
        }

        /** True when the view can be created (after the views it reads). */
        private boolean resolve(String name) {
            PublishedView decided = states.get(name);
            if (decided != null) {
                return false;
            }
            if (order.contains(name)) {
                return true;
            }
            Offered o = desired.get(name);
            List<String> missing = o.view().packages().stream().filter(p -> !packages.contains(p)).toList();
            if (!missing.isEmpty()) {
                return decide(o, State.WAITING, "Wacht op " + (missing.size() == 1 ? "pakket " : "pakketten ")
                        + String.join(", ", missing) + " in de opslag (de module met dat gegevensmodel is niet"
                        + " geïnstalleerd of nog niet beschikbaar).");
            }
            visiting.add(name);
            try {
                for (String dependency : dependencies.get(name)) {
                    if (!desired.containsKey(dependency)) {
                        return decide(o, State.WAITING, "Wacht op view " + dependency
                                + ", die geen geïnstalleerde module publiceert.");
                    }
                    if (visiting.contains(dependency)) {
                        return decide(o, State.REFUSED, "View " + name + " leest via " + dependency
                                + " zichzelf (kringverwijzing).");
                    }
                    if (!resolve(dependency)) {
                        return decide(o, State.WAITING, "Wacht op view " + dependency + ": "
                                + lowerFirst(states.get(dependency).message()));
                    }
                }
            } finally {
                visiting.remove(name);
            }
            order.add(name);
            return true;
        }

        private boolean decide(Offered o, State state, String message) {
            states.put(o.view().qualifiedName(), new PublishedView(o.view(), o.provider(), state, message));
            return false;
        }

        /** Creates the view unless it exists with this definition; records the outcome. */
        void settle(String name, Connection connection, Created existing, String definition) throws SQLException {
            Offered o = desired.get(name);
            for (String dependency : dependencies.get(name)) {
                PublishedView d = states.get(dependency);
                if (d != null && !d.available()) {
                    decide(o, State.WAITING, "Wacht op view " + dependency + ": " + lowerFirst(d.message()));
                    return;
                }
            }
            String granted = reader();
            if (existing != null && existing.reader().equals(granted)) {
                states.put(name, new PublishedView(o.view(), o.provider(), State.AVAILABLE, ""));
                return;
            }
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                if (existing == null) {
                    if (!CreatedViews.schemaExists(connection, o.view().schema())) {
                        s.executeUpdate("CREATE SCHEMA " + o.view().schema());
                    }
                    s.executeUpdate(definition);
                }
                grant(s, name);
                CreatedViews.record(connection, new Created(name, definition, reader()), clock.instant());
                connection.commit();
                states.put(name, new PublishedView(o.view(), o.provider(), State.AVAILABLE, ""));
                if (existing == null) {
                    LOG.info("Analytische view {} aangemaakt ({})", name, o.provider());
                }
            } catch (SQLException e) {
                connection.rollback();
                String message = "View " + name + " is geweigerd door de database: " + e.getMessage() + " (SQLState "
                        + e.getSQLState() + ").";
                LOG.warn("{} Definitie: {}", message, definition);
                decide(o, State.REFUSED, message);
            } finally {
                connection.setAutoCommit(true);
            }
        }

        private void grant(Statement s, String name) throws SQLException {
            if (reader().isEmpty()) {
                return;
            }
            try {
                s.executeUpdate("GRANT SELECT ON " + name + " TO " + reader);
            } catch (SQLException e) {
                if (!NO_SQL_AUTHORIZATION.equals(e.getSQLState())) {
                    throw e;
                }
                authorization = false;
                LOG.info("De database handhaaft geen SQL-autorisatie; analytische views krijgen geen leesrecht voor {}",
                        reader);
            }
        }
    }

    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
