package nl.wij.analysis.query.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.wij.analysis.query.SavedQuery;
import nl.wij.testing.TestDatabase;

/** Saved queries on real Derby: owner and sharing rules, validation of name, SQL and chart. */
class SavedQueriesTest {

    private TestDatabase database;
    private JdbcSavedQueries saved;

    @BeforeEach
    void start() throws SQLException {
        database = new TestDatabase(true);
        saved = new JdbcSavedQueries(database);
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void privateQueriesAreTheOwnersAndSharedOnesEveryonesButOnlyTheOwnerChangesThem() {
        SavedQuery mine = saved.save(query(null, "Mijn vraag", false, ""), "anna");
        SavedQuery shared = saved.save(query(null, "Gedeelde vraag", true,
                "{\"type\": \"bar\", \"label\": \"soort\", \"values\": [\"leerlingen\"]}"), "anna");
        assertEquals(List.of("Gedeelde vraag", "Mijn vraag"), saved.list("anna").stream().map(SavedQuery::name).toList());
        assertEquals(List.of("Gedeelde vraag"), saved.list("bert").stream().map(SavedQuery::name).toList());
        assertTrue(saved.get(mine.id(), "bert").isEmpty());
        assertEquals("{\"type\":\"bar\",\"label\":\"soort\",\"values\":[\"leerlingen\"]}",
                saved.get(shared.id(), "bert").orElseThrow().chart());

        IllegalArgumentException notYours = assertThrows(IllegalArgumentException.class,
                () -> saved.save(query(shared.id(), "Overgenomen", true, ""), "bert"));
        assertTrue(notYours.getMessage().contains("alleen de eigenaar"), notYours.getMessage());
        assertFalse(saved.delete(shared.id(), "bert", false));
        assertTrue(saved.delete(shared.id(), "beheerder", true));

        SavedQuery renamed = saved.save(query(mine.id(), "Nieuwe naam", true, ""), "anna");
        assertEquals("Nieuwe naam", saved.get(renamed.id(), "bert").orElseThrow().name());
    }

    @Test
    void badNamesSqlAndChartsAreRefusedInDutch() {
        assertThrows(IllegalArgumentException.class, () -> saved.save(query(null, " ", false, ""), "anna"));
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> saved.save(
                query(null, "x", false, "{\"type\": \"taart\", \"label\": \"a\", \"values\": [\"b\"]}"), "anna"));
        assertTrue(type.getMessage().startsWith("Soort grafiek 'taart' bestaat niet"), type.getMessage());
        IllegalArgumentException scatter = assertThrows(IllegalArgumentException.class, () -> saved.save(
                query(null, "x", false, "{\"type\": \"scatter\", \"label\": \"a\", \"values\": [\"b\"]}"), "anna"));
        assertTrue(scatter.getMessage().contains("x en y"), scatter.getMessage());
        assertThrows(IllegalArgumentException.class, () -> saved.save(query(null, "x", false, "{niet json"), "anna"));
        assertEquals(List.of(), saved.list("anna"));
    }

    private static SavedQuery query(String id, String name, boolean shared, String chart) {
        return new SavedQuery(id, name, "", null, shared, "SELECT naam FROM core.gemeente", chart, null);
    }
}
