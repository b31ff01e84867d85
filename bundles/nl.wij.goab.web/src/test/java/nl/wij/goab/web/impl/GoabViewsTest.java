package nl.wij.goab.web.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.wij.core.views.AnalyticalView;
import nl.wij.core.views.ViewColumn;

/** Every published SELECT runs on the real store's tables and answers exactly its documented columns. */
class GoabViewsTest extends GoabFixture {

    @Test
    void everyViewSelectRunsAndHasItsDocumentedColumnsInOrder() throws Exception {
        vulGemeente();
        for (AnalyticalView view : new GoabViews().views()) {
            List<List<Object>> rows = rows(view);
            assertTrue(!rows.isEmpty(), view.qualifiedName() + " has rows on the fixture");
        }
        assertEquals(List.of(List.of("04AB00", java.sql.Date.valueOf("2019-10-01"), 200, new java.math.BigDecimal("150.25"))),
                rows(GoabViews.achterstandsscore()));
        List<Object> bereik = rows(GoabViews.veBereikWijk()).get(0);
        assertEquals("WK047901", bereik.get(0));
        assertEquals(6, ((Number) bereik.get(1)).intValue());
    }

    @Test
    void theScoreViewIsTheContractAndPersonsAreOnlyCounted() {
        AnalyticalView scores = GoabViews.achterstandsscore();
        assertEquals("goab.achterstandsscore", scores.qualifiedName());
        assertEquals(List.of("brin6", "peildatum", "bekostigde_leerlingen", "score"), scores.columns().stream().map(ViewColumn::name).toList());
        for (AnalyticalView view : new GoabViews().views()) {
            assertTrue(!view.select().toUpperCase(Locale.ROOT).contains("P.CODE"), view.qualifiedName() + " never shows a peuter");
        }
        assertEquals(List.of(ViewColumn.Kind.VALUE, ViewColumn.Kind.PERSON_COUNT, ViewColumn.Kind.PERSON_COUNT),
                GoabViews.veBereikWijk().columns().stream().map(ViewColumn::kind).toList());
    }

    @Test
    void theStarterQueriesRunOnTheViewsTheyName() throws Exception {
        vulGemeente();
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA GOAB");
            s.execute("CREATE SCHEMA CORE");
            for (AnalyticalView view : new GoabViews().views()) {
                s.execute("CREATE VIEW " + view.qualifiedName() + " (" + String.join(", ", view.columns().stream()
                        .map(ViewColumn::name).toList()) + ") AS " + view.select());
            }
            // The two core views the queries read, with the columns they use (core.views publishes them).
            s.execute("CREATE VIEW core.vestiging (brin6, gemeente_code) AS SELECT BRIN6, GEMEENTE_CODE FROM CORE_DATA.VESTIGING");
            s.execute("CREATE VIEW core.gemeente (gemeente_code, naam) AS SELECT CODE, NAAM FROM CORE_DATA.GEMEENTE");
            List<nl.wij.core.views.StarterQuery> queries = new GoabViews().starterQueries();
            try (ResultSet r = s.executeQuery(queries.get(0).sql())) {
                assertTrue(r.next());
                assertEquals("GM0479", r.getString("gemeente_code"));
                assertEquals(0, new java.math.BigDecimal("75.125").compareTo(r.getBigDecimal("score_per_100").setScale(3,
                        java.math.RoundingMode.HALF_UP)), "150.25 points for 200 pupils");
            }
            try (ResultSet r = s.executeQuery(queries.get(1).sql())) {
                assertTrue(r.next());
                assertEquals(2025, r.getInt("jaar"));
                assertEquals(0, new java.math.BigDecimal("12500").compareTo(r.getBigDecimal("besteed")));
            }
        }
    }

    private List<List<Object>> rows(AnalyticalView view) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(view.select())) {
            ResultSetMetaData meta = r.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            assertEquals(view.columns().stream().map(ViewColumn::name).toList(), columns, view.qualifiedName());
            List<List<Object>> rows = new ArrayList<>();
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(r.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
