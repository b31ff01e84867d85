package nl.wij.core.store.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import nl.wij.core.store.AuditAction;
import nl.wij.core.store.AuditEntry;
import nl.wij.core.store.SaveResult;
import nl.wij.core.store.SaveSummary;
import nl.wij.core.store.StoreException;
import nl.wij.core.store.StoreException.Reason;

class StoreTest extends StoreFixture {

    @Test
    void everyKindOfFeatureAndEveryClassShapeSurvivesARoundTrip() {
        EObject gm = create("Gemeente", "code", "GM0479", "naam", "Zaanstad");
        EObject gm2 = create("Gemeente", "code", "GM0439", "naam", "Purmerend");
        EObject wijk = create("Wijk", "code", "WK047901", "naam", "Centrum", "gemeente", gm);
        EObject bestuur = create("Bestuur", "code", "41234", "naam", "Stichting Zaan", "bevoegdGezagNummer", 41234);
        EObject houder = create("KinderopvangHouder", "code", "H1", "naam", "Houder", "lrkNummer", "111");
        EObject locatie = create("KinderopvangLocatie", "code", "L1", "naam", "Locatie", "lrkNummer", "222", "houder",
                houder, "kindplaatsen", 42);
        Date bijgewerkt = Date.from(Instant.parse("2024-10-01T12:34:56.789Z"));
        String lang = "Lange toelichting. ".repeat(400);
        EObject hoofd = create("Vestiging", "brin6", "16AH00", "naam", "De Regenboog", "gemeente", gm, "bestuur", bestuur,
                "soort", "vo", "onderwijstypen", List.of("havo", "vwo", "vmbo-t"), "geopend", date(2001, 8, 1),
                "bijgewerkt", bijgewerkt, "leerlingen", null, "bvo", 1234.5, "actief", true, "bekostiging",
                new BigDecimal("12345.67"), "peil", 9_000_000_000L, "toelichting", lang);
        EObject neven = create("Vestiging", "brin6", "16AH01", "naam", "Nevenvestiging", "gemeente", gm,
                "hoofdvestiging", hoofd, "leerlingen", 0, "soort", "sbo");
        EObject regio = create("Regio", "code", "RMC21", "naam", "Zaanstreek", "contactgemeente", gm, "leden",
                List.of(gm2, gm));
        EObject telling = create("Leerlingtelling", "sleutel", "16AH00/2024-10-01/vo", "vestiging", hoofd, "peildatum",
                date(2024, 10, 1), "aantal", null, "onderdrukt", true);
        SaveSummary summary = store.write("test", s -> s.saveAll(List.of(telling, regio, neven, hoofd, locatie, houder,
                bestuur, wijk, gm2, gm)));
        assertEquals(new SaveSummary(10, 0, 0), summary);

        store.read(s -> {
            EObject v = s.get(eClass("Vestiging"), "16AH00").orElseThrow();
            assertEquals("De Regenboog", get(v, "naam"));
            assertEquals("vo", ((Enumerator) get(v, "soort")).getLiteral());
            assertEquals(List.of("havo", "vwo", "vmbo-t"), new ArrayList<>((List<?>) get(v, "onderwijstypen")));
            assertEquals(date(2001, 8, 1), get(v, "geopend"));
            assertEquals(bijgewerkt, get(v, "bijgewerkt"));
            assertNull(get(v, "leerlingen"));
            assertEquals(1234.5, get(v, "bvo"));
            assertEquals(true, get(v, "actief"));
            assertEquals(0, new BigDecimal("12345.67").compareTo((BigDecimal) get(v, "bekostiging")));
            assertEquals(9_000_000_000L, get(v, "peil"));
            assertEquals(lang, get(v, "toelichting"));
            EObject gemeente = (EObject) get(v, "gemeente");
            assertEquals("Zaanstad", get(gemeente, "naam"));
            assertSame(gemeente, s.get(eClass("Gemeente"), "GM0479").orElseThrow(), "one instance per session");
            assertEquals("Bestuur", ((EObject) get(v, "bestuur")).eClass().getName());
            assertEquals(41234, get((EObject) get(v, "bestuur"), "bevoegdGezagNummer"));

            EObject n = s.get(eClass("Vestiging"), "16AH01").orElseThrow();
            assertSame(v, get(n, "hoofdvestiging"));
            assertEquals(0, get(n, "leerlingen"));
            assertSame(gemeente, get(n, "gemeente"));
            assertEquals(List.of(), get(n, "onderwijstypen"));

            EObject r = s.get(eClass("Regio"), "RMC21").orElseThrow();
            assertEquals(List.of("GM0439", "GM0479"), ((List<?>) get(r, "leden")).stream()
                    .map(g -> get((EObject) g, "code")).toList(), "order of a many-valued reference");
            assertSame(gemeente, get(r, "contactgemeente"));

            EObject w = s.get(eClass("Wijk"), "WK047901").orElseThrow();
            assertSame(gemeente, get(w, "gemeente"));
            assertEquals(List.of(w), get(gemeente, "wijken"), "the containment side is filled from its opposite");

            EObject l = s.get(eClass("Organisatie"), "L1").orElseThrow();
            assertEquals("KinderopvangLocatie", l.eClass().getName(), "get on the abstract root finds the subclass");
            assertEquals("222", get(l, "lrkNummer"));
            assertEquals(42, get(l, "kindplaatsen"));
            assertEquals("H1", get((EObject) get(l, "houder"), "code"));
            assertEquals("111", get((EObject) get(l, "houder"), "lrkNummer"));
            assertTrue(s.get(eClass("Bestuur"), "L1").isEmpty(), "a locatie is no bestuur");

            EObject t = s.get(eClass("Leerlingtelling"), "16AH00/2024-10-01/vo").orElseThrow();
            assertNull(get(t, "aantal"));
            assertEquals(true, get(t, "onderdrukt"));
            assertNull(get(t, "leerjaar"));
            assertEquals(date(2024, 10, 1), get(t, "peildatum"));
            assertSame(v, get(t, "vestiging"));
            return null;
        });
    }

    @Test
    void gemeenteLoadsItsWholeModelThroughDerivedOpposites() {
        saveSmallWorld();
        store.write("test", s -> s.save(create("Wijk", "code", "WK1", "gemeente",
                s.get(eClass("Gemeente"), "GM0479").orElseThrow())));
        List<?> wijken = store.read(s -> (List<?>) get(s.get(eClass("Gemeente"), "GM0479").orElseThrow(), "wijken"));
        assertEquals(1, wijken.size());
    }

    @Test
    void listsByClassFeatureAndValue() {
        saveSmallWorld();
        EObject houder = create("KinderopvangHouder", "code", "H1", "naam", "Houder");
        store.write("test", s -> s.saveAll(List.of(houder, create("KinderopvangLocatie", "code", "L1", "houder", houder),
                create("KinderopvangLocatie", "code", "L2", "houder", houder), create("Regio", "code", "R1", "leden",
                        List.of(s.get(eClass("Gemeente"), "GM0479").orElseThrow())))));
        store.read(s -> {
            assertEquals(List.of("16AH00", "16AH01"), keys(s.list(eClass("Vestiging"))));
            assertEquals(List.of("41234", "H1", "L1", "L2"), keys(s.list(eClass("Organisatie"))));
            assertEquals(List.of("L1", "L2"), keys(s.list(eClass("KinderopvangLocatie"))));
            assertEquals(List.of("16AH00", "16AH01"), keys(s.list(eClass("Vestiging"), feature("Vestiging", "gemeente"),
                    "GM0479")), "by reference key");
            EObject gm = s.get(eClass("Gemeente"), "GM0479").orElseThrow();
            assertEquals(List.of("16AH00", "16AH01"), keys(s.list(eClass("Vestiging"), feature("Vestiging", "gemeente"),
                    gm)), "by reference object");
            assertEquals(List.of("16AH01"), keys(s.list(eClass("Vestiging"), feature("Vestiging", "naam"),
                    "De Regenboog (neven)")));
            assertEquals(List.of("16AH00"), keys(s.list(eClass("Vestiging"), feature("Vestiging", "hoofdvestiging"),
                    null)));
            assertEquals(List.of("R1"), keys(s.list(eClass("Regio"), feature("Regio", "leden"), "GM0479")));
            assertEquals(List.of("L1", "L2"), keys(s.list(eClass("KinderopvangLocatie"),
                    feature("KinderopvangLocatie", "houder"), "H1")));
            return null;
        });
    }

    @Test
    void saveAllCountsCreatedUpdatedUnchangedAndWritesNoAuditForUnchanged() throws SQLException {
        List<EObject> first = List.of(create("Gemeente", "code", "GM0001", "naam", "Een"),
                create("Gemeente", "code", "GM0002", "naam", "Twee"));
        assertEquals(new SaveSummary(2, 0, 0), store.write("import", s -> s.saveAll(first)));
        long audit = count("SELECT COUNT(*) FROM WIJ_STORE.AUDIT");
        assertEquals(2, audit);

        List<EObject> same = List.of(create("Gemeente", "code", "GM0001", "naam", "Een"),
                create("Gemeente", "code", "GM0002", "naam", "Twee"));
        assertEquals(new SaveSummary(0, 0, 2), store.write("import", s -> s.saveAll(same)));
        assertEquals(audit, count("SELECT COUNT(*) FROM WIJ_STORE.AUDIT"), "identical objects write no audit rows");

        List<EObject> next = List.of(create("Gemeente", "code", "GM0001", "naam", "Een"),
                create("Gemeente", "code", "GM0002", "naam", "Twee!"), create("Gemeente", "code", "GM0003"));
        assertEquals(new SaveSummary(1, 1, 1), store.write("import", s -> s.saveAll(next)));
        assertEquals(SaveResult.UNCHANGED, store.write("x", s -> s.save(create("Gemeente", "code", "GM0003"))));
        assertEquals(SaveResult.UPDATED, store.write("x", s -> s.save(create("Gemeente", "code", "GM0003", "naam", "D"))));
    }

    @Test
    void anUpdateSetsOnlyTheChangedColumnsAndAListChangeLeavesTheRowAlone() throws SQLException {
        saveSmallWorld();
        try (var c = database.connect(); var s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE APP.GEZET (KOLOM VARCHAR(30))");
            for (String column : List.of("NAAM", "GEMEENTE_CODE", "SOORT")) {
                s.executeUpdate("CREATE TRIGGER APP.GEZET_" + column + " AFTER UPDATE OF " + column
                        + " ON CORE_DATA.VESTIGING FOR EACH ROW INSERT INTO APP.GEZET VALUES ('" + column + "')");
            }
            s.executeUpdate("CREATE TRIGGER APP.GEZET_RIJ AFTER UPDATE ON CORE_DATA.VESTIGING FOR EACH ROW"
                    + " INSERT INTO APP.GEZET VALUES ('rij')");
        }
        SaveSummary summary = store.write("test", s -> {
            EObject v1 = s.get(eClass("Vestiging"), "16AH00").orElseThrow();
            v1.eSet(feature("Vestiging", "naam"), "De Regenboog Zaandam");
            EObject v2 = s.get(eClass("Vestiging"), "16AH01").orElseThrow();
            @SuppressWarnings("unchecked")
            List<Object> types = (List<Object>) get(v2, "onderwijstypen");
            types.add("havo");
            return s.saveAll(List.of(v1, v2));
        });
        assertEquals(new SaveSummary(0, 2, 0), summary);
        assertEquals(List.of("NAAM", "rij"), strings("SELECT KOLOM FROM APP.GEZET ORDER BY KOLOM"),
                "one row updated, in its changed column only; the list change updated no row");
        store.read(s -> {
            EObject v1 = s.get(eClass("Vestiging"), "16AH00").orElseThrow();
            assertEquals("De Regenboog Zaandam", get(v1, "naam"));
            assertEquals("GM0479", get((EObject) get(v1, "gemeente"), "code"));
            assertEquals("bo", ((Enumerator) get(v1, "soort")).getLiteral());
            assertEquals(List.of("havo"), new ArrayList<>((List<?>) get(s.get(eClass("Vestiging"), "16AH01")
                    .orElseThrow(), "onderwijstypen")));
            return null;
        });
    }

    @Test
    void reSavingLoadedObjectsWithListsAndReferencesIsUnchanged() throws SQLException {
        saveSmallWorld();
        store.write("test", s -> s.save(create("Regio", "code", "R1", "leden", List.of(
                s.get(eClass("Gemeente"), "GM0479").orElseThrow()))));
        long audit = count("SELECT COUNT(*) FROM WIJ_STORE.AUDIT");
        SaveSummary again = store.write("test", s -> {
            List<EObject> all = new ArrayList<>(s.list(eClass("Vestiging")));
            all.addAll(s.list(eClass("Regio")));
            all.addAll(s.list(eClass("Organisatie")));
            return s.saveAll(all);
        });
        assertEquals(new SaveSummary(0, 0, 4), again);
        assertEquals(audit, count("SELECT COUNT(*) FROM WIJ_STORE.AUDIT"));
    }

    @Test
    void anUpdateIsAuditedPerFeatureWithOldAndNewValue() {
        saveSmallWorld();
        store.write("anna", s -> {
            EObject v = s.get(eClass("Vestiging"), "16AH00").orElseThrow();
            v.eSet(feature("Vestiging", "naam"), "De Regenboog Zaandam");
            v.eSet(feature("Vestiging", "leerlingen"), 250);
            v.eSet(feature("Vestiging", "gemeente"), null);
            @SuppressWarnings("unchecked")
            List<Object> types = (List<Object>) get(v, "onderwijstypen");
            types.add("havo");
            return s.save(v);
        });
        List<AuditEntry> trail = store.auditTrail(eClass("Vestiging"), "16AH00");
        assertEquals(5, trail.size(), trail.toString());
        AuditEntry created = trail.get(0);
        assertEquals(AuditAction.CREATED, created.action());
        assertEquals("test", created.user());
        assertNull(created.feature());
        assertTrue(created.newValue().startsWith("naam=De Regenboog; gemeente=GM0479; bestuur=41234; soort=bo;"),
                created.newValue());
        List<String> updates = trail.subList(1, 5).stream().map(e -> e.action() + " " + e.user() + " " + e.feature() + ": "
                + e.oldValue() + " -> " + e.newValue()).toList();
        assertEquals(List.of("UPDATED anna naam: De Regenboog -> De Regenboog Zaandam",
                "UPDATED anna gemeente: GM0479 -> null", "UPDATED anna leerlingen: null -> 250",
                "UPDATED anna onderwijstypen: [] -> [havo]"), updates);
        assertEquals("CORE_DATA.VESTIGING", trail.get(1).table());
        assertEquals(CLOCK.instant(), trail.get(1).timestamp());
    }

    @Test
    void aFailingUnitOfWorkWritesNothing() throws SQLException {
        RuntimeException boom = assertThrows(IllegalStateException.class, () -> store.write("test", s -> {
            s.saveAll(List.of(create("Gemeente", "code", "GM0001"), create("Gemeente", "code", "GM0002")));
            throw new IllegalStateException("regel 17 is kapot");
        }));
        assertEquals("regel 17 is kapot", boom.getMessage());
        assertEquals(0, count("SELECT COUNT(*) FROM CORE_DATA.GEMEENTE"));
        assertEquals(0, count("SELECT COUNT(*) FROM WIJ_STORE.AUDIT"));
    }

    @Test
    void aMissingReferenceFailsWithAClearMessageAndWritesNothing() throws SQLException {
        EObject elsewhere = create("Gemeente", "code", "GM9999");
        StoreException e = assertThrows(StoreException.class, () -> store.write("test", s -> s.saveAll(List.of(
                create("Gemeente", "code", "GM0001"),
                create("Vestiging", "brin6", "16AH00", "gemeente", elsewhere)))));
        assertEquals(Reason.MISSING_REFERENCE, e.reason());
        assertEquals("Vestiging 16AH00 verwijst via 'gemeente' naar Gemeente GM9999, maar die staat niet in de opslag.",
                e.getMessage());
        assertEquals(0, count("SELECT COUNT(*) FROM CORE_DATA.GEMEENTE"));
        assertEquals(0, count("SELECT COUNT(*) FROM WIJ_STORE.AUDIT"));
    }

    @Test
    void objectsOfOneUnitMaySaveInAnyOrder() throws SQLException {
        store.write("test", s -> {
            EObject gm = create("Gemeente", "code", "GM0001");
            s.save(create("Vestiging", "brin6", "16AH00", "gemeente", gm));
            return s.save(gm);
        });
        assertEquals(1, count("SELECT COUNT(*) FROM CORE_DATA.VESTIGING WHERE GEMEENTE_CODE = 'GM0001'"));
    }

    @Test
    void theDatabaseEnforcesForeignKeysToo() {
        assertThrows(SQLException.class, () -> {
            try (var c = database.connect(); var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO CORE_DATA.VESTIGING (BRIN6, GEMEENTE_CODE) VALUES ('99XX00', 'GM9999')");
            }
        });
    }

    @Test
    void deletingIsRefusedWhileReferencedAndAuditedWhenDone() throws SQLException {
        saveSmallWorld();
        StoreException inUse = assertThrows(StoreException.class, () -> store.write("test",
                s -> s.delete(eClass("Gemeente"), "GM0479")));
        assertEquals(Reason.IN_USE, inUse.reason());
        assertEquals("Gemeente GM0479 kan niet worden verwijderd: Vestiging 16AH00 verwijst er nog naar via 'gemeente'.",
                inUse.getMessage());
        assertEquals(Boolean.TRUE, store.write("test", s -> s.delete(eClass("Vestiging"), "16AH01")));
        assertEquals(Boolean.FALSE, store.write("test", s -> s.delete(eClass("Vestiging"), "16AH01")));
        assertEquals(1, count("SELECT COUNT(*) FROM CORE_DATA.VESTIGING"));
        List<AuditEntry> trail = store.auditTrail(eClass("Vestiging"), "16AH01");
        assertEquals(AuditAction.DELETED, trail.get(trail.size() - 1).action());
        assertTrue(trail.get(trail.size() - 1).oldValue().startsWith("naam=De Regenboog (neven); gemeente=GM0479"));
    }

    @Test
    void readSessionsRefuseToWriteAndSessionsEndWithTheirWork() {
        StoreException e = assertThrows(StoreException.class, () -> store.read(s -> s.save(
                create("Gemeente", "code", "GM0001"))));
        assertEquals(Reason.ILLEGAL_STATE, e.reason());
        var leaked = store.read(s -> s);
        assertEquals(Reason.ILLEGAL_STATE, assertThrows(StoreException.class,
                () -> leaked.list(eClass("Gemeente"))).reason());
    }

    @Test
    void invalidObjectsAreNamedInTheMessage() {
        StoreException noKey = assertThrows(StoreException.class, () -> store.write("t", s -> s.save(create("Gemeente"))));
        assertEquals("Een Gemeente zonder sleutel (code) kan niet worden opgeslagen.", noKey.getMessage());
        StoreException tooLong = assertThrows(StoreException.class, () -> store.write("t", s -> s.save(
                create("Gemeente", "code", "GM00001"))));
        assertEquals("Gemeente GM00001, kenmerk code: de waarde is 7 tekens lang; kolom GEMEENTE.CODE houdt er 6.",
                tooLong.getMessage());
        StoreException twice = assertThrows(StoreException.class, () -> store.write("t", s -> s.saveAll(List.of(
                create("Gemeente", "code", "GM0001"), create("Gemeente", "code", "GM0001")))));
        assertEquals("Gemeente GM0001 komt twee keer voor in dezelfde opslagactie.", twice.getMessage());
    }

    @Test
    void aPackageThatLeavesKeepsItsDataAndComesBack() {
        saveSmallWorld();
        store.unbindPackage(core);
        StoreException e = assertThrows(StoreException.class, () -> store.read(s -> s.list(eClass("Gemeente"))));
        assertEquals(Reason.UNAVAILABLE, e.reason());
        assertTrue(e.getMessage().startsWith("Pakket http://wij.nl/test/core is niet beschikbaar in de opslag (removed)"),
                e.getMessage());
        store.bindPackage(core);
        assertEquals(Integer.valueOf(2), store.read(s -> s.list(eClass("Vestiging")).size()));
    }

    @Test
    void largeBatchesAreComparedCorrectlyWhetherScannedOrLookedUpByKey() throws SQLException {
        List<EObject> all = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            all.add(create("Gemeente", "code", String.format("GM%04d", i), "naam", "Gemeente " + i));
        }
        assertEquals(new SaveSummary(2_500, 0, 0), store.write("t", s -> s.saveAll(all)));
        // 30 keys in a table of 2,500 rows: looked up with IN lists
        List<EObject> renamed = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            renamed.add(create("Gemeente", "code", String.format("GM%04d", i * 7), "naam", "Nieuw " + i));
        }
        assertEquals(new SaveSummary(0, 30, 0), store.write("t", s -> s.saveAll(renamed)));
        // every key: one scan of the table
        List<EObject> again = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            again.add(create("Gemeente", "code", String.format("GM%04d", i), "naam", "Gemeente " + i));
        }
        assertEquals(new SaveSummary(0, 30, 2_470), store.write("t", s -> s.saveAll(again)));
        // lists of many owners, compared through a scan of the link table
        List<EObject> regios = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            regios.add(create("Regio", "code", "R" + i, "leden", List.of(all.get(i), all.get(i + 1))));
        }
        assertEquals(new SaveSummary(25, 0, 0), store.write("t", s -> s.saveAll(regios)));
        List<EObject> sameRegios = store.read(s -> s.list(eClass("Regio")));
        assertEquals(new SaveSummary(0, 0, 25), store.write("t", s -> s.saveAll(sameRegios)));
        assertEquals(2_500 + 30 + 30 + 25, count("SELECT COUNT(*) FROM WIJ_STORE.AUDIT"));
        assertEquals(Integer.valueOf(2_500), store.read(s -> s.list(eClass("Gemeente")).size()));
    }

    private static List<Object> keys(List<EObject> objects) {
        return objects.stream().map(o -> o.eGet(o.eClass().getEIDAttribute())).toList();
    }
}
