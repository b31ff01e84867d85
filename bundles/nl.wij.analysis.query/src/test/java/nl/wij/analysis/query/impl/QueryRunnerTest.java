package nl.wij.analysis.query.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Constants;

import nl.wij.analysis.query.QueryException;
import nl.wij.analysis.query.QueryException.Outcome;
import nl.wij.analysis.query.QueryLogEntry;
import nl.wij.analysis.query.QueryResult;
import nl.wij.core.views.AnalyticalView;
import nl.wij.core.views.ViewColumn;
import nl.wij.core.views.ViewProvider;
import nl.wij.core.views.impl.ViewManager;
import nl.wij.testing.TestDatabase;

/**
 * Analyst queries on real Derby with SQL authorization: the real view manager publishes a view
 * over a "store" table and grants it to the analyst user; the runner runs as that user.
 */
class QueryRunnerTest {

    private TestDatabase database;
    private ViewManager catalog;
    private QueryRunner runner;

    @BeforeEach
    void start() throws SQLException {
        database = new TestDatabase(true);
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE TEST_DATA.GETAL (N INT NOT NULL PRIMARY KEY, DAG DATE, NAAM VARCHAR(20))");
            StringBuilder insert = new StringBuilder("INSERT INTO TEST_DATA.GETAL VALUES ");
            for (int i = 0; i < 300; i++) {
                insert.append(i == 0 ? "" : ", ").append("(").append(i).append(", DATE('2019-10-01'), 'getal ")
                        .append(i).append("')");
            }
            s.execute(insert.toString());
        }
        catalog = new ViewManager(database, 5, "WIJ_ANALIST", Runnable::run, id -> "test");
        ViewProvider provider = () -> List.of(new AnalyticalView("test", "getal", "Getallen", "", "", "",
                "SELECT N, DAG, NAAM FROM TEST_DATA.GETAL", List.of(ViewColumn.of("n", "INTEGER", "", ""),
                        ViewColumn.of("dag", "DATE", "", ""), ViewColumn.of("naam", "VARCHAR", "", "")),
                List.of(), List.of()));
        catalog.bindProvider(provider, Map.of(Constants.SERVICE_ID, 1L, Constants.SERVICE_BUNDLEID, 1L));
        assertTrue(catalog.view("test.getal").orElseThrow().available());
        runner = new QueryRunner(database, catalog, 100, 2, 2, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        runner.deactivate();
        database.close();
    }

    @Test
    void aSelectOverAPublishedViewAnswersColumnsTypesAndRowsAndIsLogged() {
        QueryResult result = runner.run("anna", "SELECT n, dag, naam FROM test.getal WHERE n BETWEEN 1 AND 2 ORDER BY n;", 0, "q1");
        assertEquals(List.of("n", "dag", "naam"), result.columns());
        assertEquals(List.of("INTEGER", "DATE", "VARCHAR"), result.types());
        assertEquals(List.of(List.of(1, LocalDate.of(2019, 10, 1), "getal 1"),
                List.of(2, LocalDate.of(2019, 10, 1), "getal 2")), result.rows());
        assertFalse(result.truncated());
        QueryLogEntry logged = runner.log(1).get(0);
        assertEquals("q1", logged.id());
        assertEquals("anna", logged.user());
        assertEquals(2, logged.rows());
        assertEquals("OK", logged.outcome());
        assertTrue(logged.sql().startsWith("SELECT n, dag, naam"));
    }

    @Test
    void theRowLimitTruncates() {
        QueryResult all = runner.run("anna", "SELECT n FROM test.getal", 0, null);
        assertEquals(100, all.rows().size());
        assertTrue(all.truncated());
        QueryResult ten = runner.run("anna", "SELECT n FROM test.getal", 10, null);
        assertEquals(10, ten.rows().size());
        assertTrue(ten.truncated());
        assertEquals(10, ten.maxRows());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "INSERT INTO TEST_DATA.GETAL VALUES (1000, NULL, 'x')",
        "UPDATE TEST_DATA.GETAL SET NAAM = 'x'",
        "DELETE FROM TEST_DATA.GETAL",
        "DROP TABLE TEST_DATA.GETAL",
        "CREATE TABLE WIJ_ANALIST.X (A INT)",
        "CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE('TEST_DATA', 'GETAL', 0)",
        "SELECT 1 FROM test.getal; DELETE FROM TEST_DATA.GETAL",
        "SELECT 1 FROM test.getal /* ; */ ; DELETE FROM TEST_DATA.GETAL",
        "-- SELECT\nDELETE FROM TEST_DATA.GETAL",
        "/* SELECT */ DELETE FROM TEST_DATA.GETAL",
        "SELECT ';' FROM test.getal; DROP TABLE TEST_DATA.GETAL",
        "{call SYSCS_UTIL.SYSCS_COMPRESS_TABLE('TEST_DATA', 'GETAL', 0)}"
    })
    void writesDdlCallsAndChainedStatementsAreRefusedAndChangeNothing(String sql) throws SQLException {
        QueryException e = assertThrows(QueryException.class, () -> runner.run("anna", sql, 0, null));
        assertEquals(Outcome.REFUSED, e.outcome(), e.getMessage());
        assertEquals(300, count("SELECT COUNT(*) FROM TEST_DATA.GETAL"));
        assertEquals("REFUSED", runner.log(1).get(0).outcome());
    }

    @Test
    void theDatabaseItselfRefusesStoreTablesWritingAndRoutines() throws SQLException {
        QueryException table = assertThrows(QueryException.class,
                () -> runner.run("anna", "SELECT * FROM TEST_DATA.GETAL", 0, null));
        assertEquals(Outcome.INVALID, table.outcome());
        assertEquals("42502", table.sqlState(), table.getMessage());
        assertTrue(table.getMessage().startsWith("Alleen de views van de catalogus zijn te lezen"), table.getMessage());
        QueryException hidden = assertThrows(QueryException.class, () -> runner.run("anna",
                "SELECT n FROM test.getal WHERE n IN (SELECT N FROM TEST_DATA.GETAL)", 0, null));
        assertEquals("42502", hidden.sqlState(), hidden.getMessage());
        QueryException log = assertThrows(QueryException.class, () -> runner.run("anna",
                "SELECT * FROM WIJ_ANALYSE.VRAAGLOG", 0, null));
        assertTrue(log.sqlState().startsWith("425"), log.getMessage());
        QueryException function = assertThrows(QueryException.class, () -> runner.run("anna",
                "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.database.sqlAuthorization')", 0, null));
        assertTrue(function.sqlState().startsWith("425"), function.getMessage());
        // and through the restricted connection itself, beyond the guard: read-only
        try (Connection c = database.connectRestricted("WIJ_ANALIST"); Statement s = c.createStatement()) {
            SQLException write = assertThrows(SQLException.class, () -> s.execute("CREATE TABLE X (A INT)"));
            assertTrue(write.getSQLState().startsWith("25"), write.getSQLState() + " " + write.getMessage());
        }
        assertEquals(300, count("SELECT COUNT(*) FROM TEST_DATA.GETAL"));
    }

    @Test
    void aSyntaxErrorNamesLineAndColumn() {
        QueryException e = assertThrows(QueryException.class,
                () -> runner.run("anna", "SELECT n\nFROM test.getal WERE n = 1", 0, null));
        assertEquals(Outcome.INVALID, e.outcome());
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().contains("regel 2"), e.getMessage());
    }

    @Test
    void aQueryThatRunsTooLongIsStoppedAndLogged() {
        long start = System.nanoTime();
        QueryException e = assertThrows(QueryException.class, () -> runner.run("anna", slow(), 0, "traag"));
        assertEquals(Outcome.TIMEOUT, e.outcome(), e.getMessage());
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 30, "stopped near the 2 s limit");
        QueryLogEntry logged = runner.log(1).get(0);
        assertEquals("traag", logged.id());
        assertEquals("TIMEOUT", logged.outcome());
    }

    @Test
    void aRunningQueryCanBeCancelledByItsUserOnly() throws Exception {
        QueryRunner patient = new QueryRunner(database, catalog, 100, 600, 2, Clock.systemUTC());
        try {
            CompletableFuture<QueryException> outcome = CompletableFuture.supplyAsync(
                    () -> assertThrows(QueryException.class, () -> patient.run("anna", slow(), 0, "lang")));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!patient.cancel("lang", "bert", false) && !outcome.isDone() && System.nanoTime() < deadline) {
                // bert may not cancel anna's query: wait until it runs, then let anna cancel it
                if (patient.cancel("lang", "anna", false)) {
                    break;
                }
                Thread.sleep(50);
            }
            QueryException e = outcome.get(120, TimeUnit.SECONDS);
            assertEquals(Outcome.CANCELLED, e.outcome(), e.getMessage());
            assertFalse(patient.cancel("lang", "anna", false), "it no longer runs");
        } finally {
            patient.deactivate();
        }
    }

    private static String slow() {
        return "SELECT COUNT(*) FROM test.getal a, test.getal b, test.getal c, test.getal d WHERE a.naam <> d.naam";
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
