package nl.wij.core.editors.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paged, searchable lists of any class, from the real store. */
class ObjectIndexTest {

    private TestStore test;
    private ObjectIndex index;

    @BeforeEach
    void start() throws SQLException {
        test = new TestStore();
        List<EObject> gemeenten = List.of(
                TestStore.create("Gemeente", "code", "GM0479", "naam", "Zaanstad"),
                TestStore.create("Gemeente", "code", "GM0363", "naam", "Amsterdam"),
                TestStore.create("Gemeente", "code", "GM0014", "naam", "Groningen"),
                TestStore.create("Gemeente", "code", "GM1931", "naam", "Krimpenerwaard", "provincie", "Zuid-Holland"));
        test.store.write("import", s -> s.saveAll(gemeenten));
        index = new ObjectIndex(test.store, test.registry, Duration.ofMinutes(2), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void pagesAreSortedByKey() {
        ObjectIndex.Page page = index.page(TestStore.eClass("Gemeente"), null, 1, 2);
        assertEquals(4, page.total());
        assertEquals(List.of("GM0363", "GM0479"), page.items().stream().map(ObjectIndex.Summary::key).toList());
        assertEquals("Amsterdam (GM0363)", page.items().get(0).label());
    }

    @Test
    void searchMatchesEveryWordInAnyTextAttributeIgnoringCaseAndAccents() {
        assertEquals(List.of("GM1931"), keys(index.page(TestStore.eClass("Gemeente"), "zuid krimpen", 0, 10).items()));
        assertEquals(List.of("GM0479"), keys(index.page(TestStore.eClass("Gemeente"), "ZÁÄN", 0, 10).items()));
        assertEquals(List.of("GM0014"), keys(index.search(List.of(TestStore.eClass("Gemeente")), "gm0014", 5)));
    }

    @Test
    void anEditThroughTheEditorsIsSeenAtOnce() {
        assertEquals(4, index.page(TestStore.eClass("Gemeente"), null, 0, 0).total());
        test.store.write("anna", s -> s.save(TestStore.create("Gemeente", "code", "GM0001", "naam", "Nieuw")));
        assertEquals(4, index.page(TestStore.eClass("Gemeente"), null, 0, 0).total(), "cached");
        index.changed("core.Gemeente", "GM0001");
        assertEquals(5, index.page(TestStore.eClass("Gemeente"), null, 0, 0).total());
    }

    private static List<String> keys(List<ObjectIndex.Summary> summaries) {
        return summaries.stream().map(ObjectIndex.Summary::key).toList();
    }
}
