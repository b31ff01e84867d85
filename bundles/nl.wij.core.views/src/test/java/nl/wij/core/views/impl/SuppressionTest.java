package nl.wij.core.views.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.wij.core.views.AnalyticalView;
import nl.wij.core.views.ViewColumn;
import nl.wij.core.views.ViewProvider;

/**
 * Person counts in a view over person-level rows: small counts do not leak through the view, a
 * filter, a sum, the difference of two queries, or the difference of two columns of one row.
 */
class SuppressionTest extends ViewsFixture {

    /** Pupils per school and sex, the person-level data a module keeps (one row per child). */
    private static final Map<String, int[]> SCHOOLS = new LinkedHashMap<>();

    static {
        SCHOOLS.put("A", new int[] {3, 9});   // 3 boys: small, next to a shown count of girls
        SCHOOLS.put("B", new int[] {21, 22});
        SCHOOLS.put("C", new int[] {2, 0});   // a school with 2 pupils in total
        SCHOOLS.put("D", new int[] {14, 1});
    }

    private final ViewProvider module = () -> List.of(new AnalyticalView("test", "leerlingen", "Leerlingen",
            "", "", "", "SELECT SCHOOL, COUNT(*), SUM(CASE WHEN GESLACHT = 'm' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN GESLACHT = 'v' THEN 1 ELSE 0 END) FROM TEST_DATA.KIND GROUP BY SCHOOL"
                    + " UNION ALL SELECT 'alle', COUNT(*), SUM(CASE WHEN GESLACHT = 'm' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN GESLACHT = 'v' THEN 1 ELSE 0 END) FROM TEST_DATA.KIND",
            List.of(ViewColumn.of("school", "VARCHAR", "", ""), ViewColumn.personCount("totaal", ""),
                    ViewColumn.personCount("jongens", ""), ViewColumn.personCount("meisjes", "")),
            List.of(), List.of()));

    @BeforeEach
    void children() throws SQLException {
        execute("CREATE TABLE TEST_DATA.KIND (ID INT NOT NULL PRIMARY KEY, SCHOOL VARCHAR(10), GESLACHT CHAR(1))");
        int id = 0;
        StringBuilder insert = new StringBuilder("INSERT INTO TEST_DATA.KIND VALUES ");
        for (Map.Entry<String, int[]> school : SCHOOLS.entrySet()) {
            for (int i = 0; i < school.getValue()[0] + school.getValue()[1]; i++) {
                insert.append(id == 0 ? "" : ", ").append("(").append(id++).append(", '").append(school.getKey())
                        .append("', '").append(i < school.getValue()[0] ? 'm' : 'v').append("')");
            }
        }
        execute(insert.toString());
        add(module);
        assertTrue(state("test.leerlingen").available(), state("test.leerlingen").message());
    }

    @Test
    void theRuleOnSingleValues() {
        Suppression s = new Suppression(5);
        assertNull(s.apply(null));
        assertEquals(0, s.apply(0));
        for (int small = 1; small < 5; small++) {
            assertNull(s.apply(small), "suppressed: " + small);
        }
        assertEquals(5, s.apply(5));
        assertEquals(5, s.apply(7));
        assertEquals(10, s.apply(8));
        assertEquals(10, s.apply(12));
        assertEquals(15, s.apply(13));
        assertEquals(20, new Suppression(10).apply(15));
        assertEquals(10, new Suppression(10).apply(14));
    }

    @Test
    void theViewShowsOnlySuppressedOrRoundedCountsAndTheSqlDoesWhatTheRuleSays() throws SQLException {
        Suppression rule = new Suppression(5);
        Map<String, List<Object>> shown = new LinkedHashMap<>();
        for (List<Object> row : rows("SELECT school, totaal, jongens, meisjes FROM test.leerlingen")) {
            shown.put((String) row.get(0), row.subList(1, 4));
        }
        int boys = 0;
        int girls = 0;
        for (Map.Entry<String, int[]> school : SCHOOLS.entrySet()) {
            int[] n = school.getValue();
            boys += n[0];
            girls += n[1];
            assertEquals(Arrays.asList(rule.apply(n[0] + n[1]), rule.apply(n[0]), rule.apply(n[1])),
                    shown.get(school.getKey()), school.getKey());
        }
        assertEquals(Arrays.asList(rule.apply(boys + girls), rule.apply(boys), rule.apply(girls)), shown.get("alle"));
        for (List<Object> counts : shown.values()) {
            for (Object value : counts) {
                assertTrue(value == null || ((Integer) value) % 5 == 0, "only multiples of 5 or NULL: " + counts);
            }
        }
    }

    @Test
    void noFilterFindsASmallCount() throws SQLException {
        for (int small = 1; small < 5; small++) {
            assertEquals(0, count("SELECT COUNT(*) FROM test.leerlingen WHERE jongens = " + small + " OR meisjes = "
                    + small + " OR totaal = " + small));
        }
        assertEquals(0, count("SELECT COUNT(*) FROM test.leerlingen WHERE jongens BETWEEN 1 AND 4"));
    }

    @Test
    void differencingTwoQueriesOrTwoColumnsDoesNotGiveBackASmallCount() throws SQLException {
        // school C has 2 pupils: the total of all schools minus the total of the others
        long all = count("SELECT totaal FROM test.leerlingen WHERE school = 'alle'");
        long others = count("SELECT SUM(totaal) FROM test.leerlingen WHERE school NOT IN ('alle', 'C')");
        assertNotEquals(2, all - others, "total minus the other schools");
        long sumAll = count("SELECT SUM(totaal) FROM test.leerlingen WHERE school <> 'alle'");
        assertNotEquals(2, sumAll - others, "two sums over the same view");
        // school A has 3 boys and 9 girls: the row's total minus its girls
        List<Object> a = rows("SELECT totaal, meisjes, jongens FROM test.leerlingen WHERE school = 'A'").get(0);
        assertNull(a.get(2));
        assertNotEquals(3, ((Integer) a.get(0)) - ((Integer) a.get(1)), "total minus girls in one row");
        // school D has 1 girl: total minus boys
        List<Object> d = rows("SELECT totaal, jongens FROM test.leerlingen WHERE school = 'D'").get(0);
        assertNotEquals(1, ((Integer) d.get(0)) - ((Integer) d.get(1)), "total minus boys in one row");
        // all boys of the country minus the boys of the schools shown
        long allBoys = count("SELECT jongens FROM test.leerlingen WHERE school = 'alle'");
        long shownBoys = count("SELECT SUM(jongens) FROM test.leerlingen WHERE school <> 'alle'");
        assertNotEquals(3, allBoys - shownBoys, "the boys of A");
        assertNotEquals(2, allBoys - shownBoys, "the boys of C");
    }

    @Test
    void theViewIsTheSameWhicheverSmallCountIsTrueSoNoQueryCanTellThem() throws SQLException {
        String all = "SELECT school, totaal, jongens, meisjes FROM test.leerlingen ORDER BY school";
        List<List<Object>> before = rows(all);
        // school A with 1 boy instead of 3
        execute("DELETE FROM TEST_DATA.KIND WHERE ID IN (0, 1)");
        assertEquals(before, rows(all), "every query over the view answers the same in both worlds");
        execute("INSERT INTO TEST_DATA.KIND VALUES (0, 'A', 'm'), (1, 'A', 'm')");
        // school C with 1 pupil instead of 2
        execute("DELETE FROM TEST_DATA.KIND WHERE ID = (SELECT MIN(ID) FROM TEST_DATA.KIND WHERE SCHOOL = 'C')");
        assertEquals(before, rows(all), "every query over the view answers the same in both worlds");
    }

    @Test
    void theAnalystCannotReadTheRowsBehindTheView() throws SQLException {
        try (Connection analyst = database.connectAs(READER)) {
            assertEquals(5, rows(analyst, "SELECT * FROM test.leerlingen").size());
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> rows(analyst, "SELECT * FROM TEST_DATA.KIND"));
            assertEquals("42502", e.getSQLState());
        }
    }
}
