package nl.wij.analysis.query.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.wij.analysis.query.SavedQueries;
import nl.wij.analysis.query.SavedQuery;
import nl.wij.platform.api.db.Database;

/**
 * Saved queries in {@code WIJ_ANALYSE.OPGESLAGEN_VRAAG}. They are the workspace's own records, not
 * domain data: kept out of the model store so they never appear in the model explorer (where
 * every beleidsmedewerker could read private queries) nor in the analyst catalog, and so their
 * privacy rule (owner or shared) is enforced in one place.
 */
@Component(service = SavedQueries.class)
public final class JdbcSavedQueries implements SavedQueries {

    private static final String COLUMNS = "ID, NAAM, OMSCHRIJVING, EIGENAAR, GEDEELD, SQL_TEKST, GRAFIEK, GEWIJZIGD";

    private final Database database;
    private final Clock clock;

    @Activate
    public JdbcSavedQueries(@Reference(name = "database") Database database) throws SQLException {
        this(database, Clock.systemUTC());
    }

    JdbcSavedQueries(Database database, Clock clock) throws SQLException {
        this.database = database;
        this.clock = clock;
        try (Connection c = database.connect()) {
            AnalysisTables.ensure(c);
        }
    }

    @Override
    public List<SavedQuery> list(String user) {
        return query("SELECT " + COLUMNS + " FROM " + AnalysisTables.SAVED + " WHERE EIGENAAR = ? OR GEDEELD = TRUE"
                + " ORDER BY NAAM, ID", user);
    }

    @Override
    public Optional<SavedQuery> get(String id, String user) {
        return query("SELECT " + COLUMNS + " FROM " + AnalysisTables.SAVED + " WHERE ID = ? AND (EIGENAAR = ? OR"
                + " GEDEELD = TRUE)", id, user).stream().findFirst();
    }

    @Override
    public SavedQuery save(SavedQuery query, String user) {
        String name = query.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("Geef de zoekvraag een naam van hoogstens 200 tekens.");
        }
        if (query.description().length() > 2000) {
            throw new IllegalArgumentException("De omschrijving mag hoogstens 2000 tekens lang zijn.");
        }
        String sql = query.sql().strip();
        if (sql.isEmpty() || sql.length() > SqlGuard.MAX_LENGTH) {
            throw new IllegalArgumentException("Een opgeslagen zoekvraag heeft SQL van hoogstens " + SqlGuard.MAX_LENGTH
                    + " tekens.");
        }
        String chart = ChartDefinition.check(query.chart());
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = database.connect()) {
            if (query.id() == null || query.id().isBlank()) {
                String id = UUID.randomUUID().toString();
                update(c, "INSERT INTO " + AnalysisTables.SAVED + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        id, name, query.description(), user, query.shared(), sql, chart, now);
                return new SavedQuery(id, name, query.description(), user, query.shared(), sql, chart,
                        now.toInstant());
            }
            int changed = update(c, "UPDATE " + AnalysisTables.SAVED + " SET NAAM = ?, OMSCHRIJVING = ?, GEDEELD = ?,"
                    + " SQL_TEKST = ?, GRAFIEK = ?, GEWIJZIGD = ? WHERE ID = ? AND EIGENAAR = ?", name,
                    query.description(), query.shared(), sql, chart, now, query.id(), user);
            if (changed == 0) {
                throw new IllegalArgumentException("Er is geen zoekvraag " + query.id() + " van " + user
                        + "; alleen de eigenaar kan een opgeslagen zoekvraag wijzigen.");
            }
            return new SavedQuery(query.id(), name, query.description(), user, query.shared(), sql, chart,
                    now.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("De zoekvraag is niet opgeslagen: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean delete(String id, String user, boolean anyUser) {
        try (Connection c = database.connect()) {
            return anyUser ? update(c, "DELETE FROM " + AnalysisTables.SAVED + " WHERE ID = ?", id) > 0
                    : update(c, "DELETE FROM " + AnalysisTables.SAVED + " WHERE ID = ? AND EIGENAAR = ?", id, user) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("De zoekvraag is niet verwijderd: " + e.getMessage(), e);
        }
    }

    private List<SavedQuery> query(String sql, Object... parameters) {
        List<SavedQuery> result = new ArrayList<>();
        try (Connection c = database.connect(); PreparedStatement p = prepare(c, sql, parameters);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                result.add(new SavedQuery(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getBoolean(5), r.getString(6), r.getString(7), r.getTimestamp(8).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Opgeslagen zoekvragen zijn niet te lezen: " + e.getMessage(), e);
        }
        return result;
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement p = prepare(c, sql, parameters)) {
            return p.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            return p;
        } catch (SQLException e) {
            p.close();
            throw e;
        }
    }
}
