package nl.wij.core.views.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

import nl.wij.core.model.CorePackage;
import nl.wij.core.views.AnalyticalView;
import nl.wij.core.views.PublishedView;
import nl.wij.core.views.PublishedView.State;
import nl.wij.core.views.ViewColumn;
import nl.wij.core.views.ViewProvider;

class ViewManagerTest extends ViewsFixture {

    private static final String IHP = "https://wij.nl/test/ihp";

    @Test
    void theCoreViewsAppearWithTheProviderAndGoWithIt() throws SQLException {
        assertEquals(List.of(), manager.views());
        execute("INSERT INTO CORE_DATA.GEMEENTE (CODE, NAAM) VALUES ('GM0479', 'Zaanstad')");
        CoreViews core = coreViews();
        add(core);
        assertTrue(manager.views().stream().allMatch(PublishedView::available), manager.views().toString());
        assertEquals(core.views().size(), manager.views().size());
        for (AnalyticalView v : core.views()) {
            assertTrue(viewExists(v.schema(), v.name()), v.qualifiedName());
        }
        assertEquals(List.of(List.of("GM0479", "Zaanstad")), rows("SELECT gemeente_code, naam FROM core.gemeente"));

        remove(core);
        assertEquals(List.of(), manager.views());
        for (AnalyticalView v : core.views()) {
            assertFalse(viewExists(v.schema(), v.name()), v.qualifiedName());
        }
        assertEquals(1, count("SELECT COUNT(*) FROM CORE_DATA.GEMEENTE"), "the store's data stays");
    }

    @Test
    void aViewWaitsForItsPackageAndForTheViewsItReads() throws SQLException {
        ViewProvider module = () -> List.of(
                view("ihp", "gebouw", "SELECT g.CODE, g.VESTIGING_BRIN6 FROM IHP_DATA.GEBOUW g", List.of(IHP),
                        List.of(), "code", "brin6"),
                view("ihp", "gebouw_per_gemeente", "SELECT v.gemeente_code, COUNT(*) FROM ihp.gebouw g"
                        + " JOIN core.vestiging v ON v.brin6 = g.brin6 GROUP BY v.gemeente_code", List.of(),
                        List.of("ihp.gebouw", "core.vestiging"), "gemeente_code", "gebouwen"));
        add(module);
        assertEquals(State.WAITING, state("ihp.gebouw").state());
        assertEquals("Wacht op pakket " + IHP + " in de opslag (de module met dat gegevensmodel is niet geïnstalleerd"
                + " of nog niet beschikbaar).", state("ihp.gebouw").message());
        assertEquals(State.WAITING, state("ihp.gebouw_per_gemeente").state());
        assertTrue(state("ihp.gebouw_per_gemeente").message().startsWith("Wacht op view ihp.gebouw: wacht op pakket"),
                state("ihp.gebouw_per_gemeente").message());

        register(ihpPackage());
        assertTrue(state("ihp.gebouw").available(), state("ihp.gebouw").message() + store.packages());
        assertFalse(viewExists("ihp", "gebouw_per_gemeente"));

        CoreViews core = coreViews();
        add(core);
        assertTrue(state("ihp.gebouw_per_gemeente").available(), state("ihp.gebouw_per_gemeente").message());

        // the view it reads goes: it goes too, and comes back with it
        remove(core);
        assertFalse(viewExists("ihp", "gebouw_per_gemeente"));
        assertTrue(viewExists("ihp", "gebouw"));
        assertEquals(State.WAITING, state("ihp.gebouw_per_gemeente").state());
        add(core);
        assertTrue(viewExists("ihp", "gebouw_per_gemeente"));

        // the package goes: its views wait again
        store.unbindPackage(ihp);
        assertFalse(viewExists("ihp", "gebouw"));
        assertFalse(viewExists("ihp", "gebouw_per_gemeente"));
        assertEquals(State.WAITING, state("ihp.gebouw").state());
    }

    @Test
    void aBadSelectIsRefusedWithTheDatabaseMessageAndOthersKeepWorking() throws SQLException {
        add(coreViews());
        ViewProvider module = () -> List.of(
                view("test", "kapot", "SELECT v.BESTAAT_NIET FROM CORE_DATA.VESTIGING v", List.of(),
                        List.of(), "x"),
                view("test", "heel", "SELECT COUNT(*) FROM core.vestiging", List.of(), List.of(), "aantal"),
                view("test", "leest_kapot", "SELECT x FROM test.kapot", List.of(), List.of("test.kapot"), "x"));
        add(module);
        PublishedView refused = state("test.kapot");
        assertEquals(State.REFUSED, refused.state());
        assertTrue(refused.message().startsWith("View test.kapot is geweigerd door de database: "), refused.message());
        assertTrue(refused.message().contains("BESTAAT_NIET"), refused.message());
        assertTrue(refused.message().contains("SQLState 42X04"), refused.message());
        assertEquals(State.WAITING, state("test.leest_kapot").state());
        assertTrue(state("test.heel").available());
        assertTrue(state("core.vestiging").available());
        assertEquals(List.of(List.of(0)), rows("SELECT aantal FROM test.heel"));
    }

    @Test
    void aChangedDefinitionIsRecreatedAndAnUnchangedOneSurvivesARestart() throws SQLException {
        AtomicReference<String> select = new AtomicReference<>("SELECT 1 FROM SYSIBM.SYSDUMMY1");
        ViewProvider module = () -> List.of(view("test", "getal", select.get(), List.of(), List.of(), "n"));
        add(module);
        assertEquals(List.of(List.of(1)), rows("SELECT n FROM test.getal"));
        select.set("SELECT 2 FROM SYSIBM.SYSDUMMY1");
        remove(module);
        add(module);
        assertEquals(List.of(List.of(2)), rows("SELECT n FROM test.getal"));

        execute("CREATE TABLE TEST_DATA.MERKTEKEN (X INT)");
        // a second manager on the same database with the same provider keeps the view as it is
        manager = newManager();
        add(module);
        assertTrue(state("test.getal").available());
        assertEquals(List.of(List.of(2)), rows("SELECT n FROM test.getal"));
        // and one without the provider drops it (and nothing else)
        manager = newManager();
        assertFalse(viewExists("test", "getal"));
        assertEquals(0, count("SELECT COUNT(*) FROM TEST_DATA.MERKTEKEN"));
    }

    @Test
    void aStoppingFrameworkDropsNothingAndARestartRecreatesNothing() throws SQLException {
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        Map<String, Object> corePackage = Map.of(Constants.SERVICE_ID, 1L, "emf.nsURI", CoreViews.CORE);
        Map<String, Object> coreProvider = Map.of(Constants.SERVICE_ID, 2L, Constants.SERVICE_BUNDLEID, 2L);
        CoreViews core = coreViews();
        ViewManager first = new ViewManager(database, 5, READER, Runnable::run, id -> "core", true, stopping::get);
        first.bindPackage(corePackage);
        first.bindProvider(core, coreProvider);
        assertTrue(viewExists("core", "gemeente"));
        String created = created("core.gemeente");

        stopping.set(true);
        first.unbindProvider(core, coreProvider);
        first.unbindPackage(corePackage);
        assertTrue(viewExists("core", "gemeente"), "the framework stops: the views stay");

        ViewManager second = new ViewManager(database, 5, READER, Runnable::run, id -> "core", false, () -> false);
        assertTrue(viewExists("core", "gemeente"), "starting: nobody offers it yet, it stays");
        second.bindPackage(corePackage);
        second.bindProvider(core, coreProvider);
        second.frameworkStarted();
        assertTrue(second.view("core.gemeente").orElseThrow().available());
        assertEquals(created, created("core.gemeente"), "unchanged definition and grant: not recreated");

        ViewManager third = new ViewManager(database, 5, READER, Runnable::run, id -> "core", false, () -> false);
        assertTrue(viewExists("core", "gemeente"));
        third.frameworkStarted();
        assertFalse(viewExists("core", "gemeente"), "started without the provider (module removed while down)");
    }

    private String created(String view) throws SQLException {
        return String.valueOf(rows("SELECT AANGEMAAKT FROM WIJ_VIEWS.GEPUBLICEERD WHERE VIEW_NAAM = '" + view + "'")
                .get(0).get(0));
    }

    @Test
    void storeTablesAndForeignObjectsAreNeverTouched() throws SQLException {
        execute("INSERT INTO CORE_DATA.GEMEENTE (CODE, NAAM) VALUES ('GM0479', 'Zaanstad')");
        ViewProvider hostile = () -> List.of(
                view("core_data", "gemeente", "SELECT 1 FROM SYSIBM.SYSDUMMY1", List.of(), List.of(), "x"));
        add(hostile);
        assertEquals(State.REFUSED, state("core_data.gemeente").state());
        remove(hostile);
        assertEquals(1, count("SELECT COUNT(*) FROM CORE_DATA.GEMEENTE"));
    }

    @Test
    void aSecondProviderOfTheSameNameIsRefused() {
        add(coreViews());
        ViewProvider other = () -> List.of(view("core", "gemeente", "SELECT 1 FROM SYSIBM.SYSDUMMY1", List.of(),
                List.of(), "x"));
        add(other);
        List<PublishedView> gemeente = manager.views().stream()
                .filter(v -> v.qualifiedName().equals("core.gemeente")).toList();
        assertEquals(2, gemeente.size());
        assertTrue(gemeente.stream().anyMatch(PublishedView::available));
        assertTrue(gemeente.stream().anyMatch(v -> v.state() == State.REFUSED
                && v.message().contains("wordt al gepubliceerd door bundel")), gemeente.toString());
    }

    @Test
    void theReaderMaySelectThePublishedViewsAndNothingElse() throws SQLException {
        execute("INSERT INTO CORE_DATA.GEMEENTE (CODE, NAAM) VALUES ('GM0479', 'Zaanstad')");
        CoreViews core = coreViews();
        add(core);
        assertEquals(READER, manager.reader());
        try (Connection analyst = database.connectAs(READER)) {
            assertEquals(List.of(List.of("Zaanstad")), rows(analyst, "SELECT naam FROM core.gemeente"));
            SQLException table = assertThrows(SQLException.class,
                    () -> rows(analyst, "SELECT * FROM CORE_DATA.GEMEENTE"));
            assertEquals("42502", table.getSQLState(), table.getMessage());
            SQLException audit = assertThrows(SQLException.class,
                    () -> rows(analyst, "SELECT * FROM WIJ_STORE.AUDIT"));
            assertEquals("42502", audit.getSQLState(), audit.getMessage());
            SQLException write = assertThrows(SQLException.class,
                    () -> rows(analyst, "SELECT * FROM WIJ_VIEWS.GEPUBLICEERD"));
            assertEquals("42502", write.getSQLState(), write.getMessage());
        }
        remove(core);
        try (Connection analyst = database.connectAs(READER)) {
            SQLException gone = assertThrows(SQLException.class, () -> rows(analyst, "SELECT * FROM core.gemeente"));
            assertEquals("42X05", gone.getSQLState(), gone.getMessage());
        }
    }

    @Test
    void listenersHearEveryChange() {
        List<List<PublishedView>> heard = new ArrayList<>();
        manager.bindListener(heard::add);
        CoreViews core = coreViews();
        add(core);
        remove(core);
        assertEquals(2, heard.size());
        assertEquals(core.views().size(), heard.get(0).size());
        assertEquals(List.of(), heard.get(1));
    }

    private EPackage ihp;

    /** A domain package in the store: IHP_DATA.GEBOUW (CODE, VESTIGING_BRIN6) referring to the core Vestiging. */
    private EPackage ihpPackage() {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        ihp = f.createEPackage();
        ihp.setName("ihp");
        ihp.setNsPrefix("ihp");
        ihp.setNsURI(IHP);
        EClass gebouw = f.createEClass();
        gebouw.setName("Gebouw");
        EAttribute code = f.createEAttribute();
        code.setName("code");
        code.setEType(EcorePackage.Literals.ESTRING);
        code.setID(true);
        gebouw.getEStructuralFeatures().add(code);
        EReference vestiging = f.createEReference();
        vestiging.setName("vestiging");
        vestiging.setEType(CorePackage.Literals.VESTIGING);
        gebouw.getEStructuralFeatures().add(vestiging);
        ihp.getEClassifiers().add(gebouw);
        return ihp;
    }

    static AnalyticalView view(String schema, String name, String select, List<String> packages,
            List<String> requiredViews, String... columns) {
        return new AnalyticalView(schema, name, name, "", "", "", select,
                java.util.Arrays.stream(columns).map(c -> ViewColumn.of(c, "VARCHAR", "", "")).toList(), packages,
                requiredViews);
    }
}
