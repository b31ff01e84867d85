package nl.wij.core.editors.impl.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.wij.core.editors.impl.TestStore;
import nl.wij.core.editors.impl.model.Finding;
import nl.wij.core.editors.impl.model.InvalidValues;
import nl.wij.core.model.Vestiging;
import nl.wij.core.store.AuditAction;
import nl.wij.core.store.AuditEntry;

/** Edits as commands on the real store (embedded Derby in memory) with the real core model. */
class ModelEditorTest {

    private static final EClass GEMEENTE = TestStore.eClass("Gemeente");
    private static final EClass INSTELLING = TestStore.eClass("Instelling");
    private static final EClass VESTIGING = TestStore.eClass("Vestiging");

    private TestStore test;
    private ModelEditor editor;
    private final List<String> heard = new ArrayList<>();

    @BeforeEach
    void start() throws SQLException {
        test = new TestStore();
        editor = new ModelEditor(test.store, test.registry, new CommandStacks(100, 10),
                List.of((eClass, key) -> heard.add(eClass + " " + key)));
        editor.create("anna", GEMEENTE, json("{\"code\":\"GM0479\",\"naam\":\"Zaanstad\"}"));
        editor.create("anna", INSTELLING, json("{\"brin4\":\"16AH\",\"naam\":\"Regenboog\"}"));
        editor.create("anna", VESTIGING, json("""
                {"brin6":"16AH00","naam":"De Regenboog","instelling":"16AH","gemeente":"GM0479","soort":"bo"}"""));
        heard.clear();
    }

    @AfterEach
    void stop() {
        test.close();
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private Vestiging stored(String key) {
        return (Vestiging) test.store.read(s -> s.get(VESTIGING, key)).orElse(null);
    }

    @Test
    void anEditIsAuditedAndCanBeUndoneAndRedone() {
        ModelEditor.Edited edited = editor.update("anna", VESTIGING, "16AH00", json("{\"naam\":\"De Regenboog Zaandam\"}"));
        assertEquals("Vestiging De Regenboog (16AH00) wijzigen: Naam van de vestiging", edited.command());
        assertEquals("De Regenboog Zaandam", stored("16AH00").getNaam());
        assertEquals(List.of("core.Vestiging 16AH00"), heard);

        ModelEditor.Edited undone = editor.undo("anna");
        assertEquals("De Regenboog", stored("16AH00").getNaam());
        assertEquals("Ongedaan gemaakt: " + edited.command(), undone.command());
        assertEquals(new CommandStack.State("Nieuw: Vestiging De Regenboog (16AH00)", 3, edited.command(), 1),
                editor.commands("anna"));

        editor.redo("anna");
        assertEquals("De Regenboog Zaandam", stored("16AH00").getNaam());

        List<AuditEntry> trail = test.store.auditTrail(VESTIGING, "16AH00").stream()
                .filter(e -> e.action() == AuditAction.UPDATED).toList();
        assertEquals(List.of("De Regenboog -> De Regenboog Zaandam", "De Regenboog Zaandam -> De Regenboog",
                "De Regenboog -> De Regenboog Zaandam"), trail.stream().map(e -> e.oldValue() + " -> " + e.newValue()).toList(),
                "the undo is a new audited write, not erased history");
        assertTrue(trail.stream().allMatch(e -> e.user().equals("anna") && e.feature().equals("naam")));
    }

    @Test
    void eachUserHasTheirOwnHistory() {
        editor.update("bert", VESTIGING, "16AH00", json("{\"denominatie\":\"Openbaar\"}"));
        assertEquals(1, editor.commands("bert").undoCount());
        assertEquals(3, editor.commands("anna").undoCount());
        assertThrows(EditorException.class, () -> editor.redo("carla"));
    }

    @Test
    void undoingACreateDeletesAndUndoingADeleteRestoresEveryValue() {
        editor.create("anna", VESTIGING, json("""
                {"brin6":"16AH01","naam":"Dependance","instelling":"16AH","onderwijsstructuur":["VBO","PRO"],"openbaar":true}"""));
        editor.undo("anna");
        assertNull(stored("16AH01"));
        editor.redo("anna");
        assertEquals("Dependance", stored("16AH01").getNaam());

        editor.delete("anna", VESTIGING, "16AH01");
        assertNull(stored("16AH01"));
        ModelEditor.Edited restored = editor.undo("anna");
        Vestiging v = stored("16AH01");
        assertEquals("[VBO, PRO]", v.getOnderwijsstructuur().toString());
        assertTrue(v.isOpenbaar());
        assertEquals("16AH", v.getInstelling().getBrin4());
        assertFalse(restored.object() == null);
    }

    @Test
    void anUndoThatWouldOverwriteSomeoneElsesChangeIsRefusedAndDropped() {
        editor.update("anna", VESTIGING, "16AH00", json("{\"naam\":\"Naam van Anna\"}"));
        editor.update("bert", VESTIGING, "16AH00", json("{\"naam\":\"Naam van Bert\"}"));
        StaleChange e = assertThrows(StaleChange.class, () -> editor.undo("anna"));
        assertTrue(e.getMessage().startsWith("Vestiging 16AH00 is intussen door een ander gewijzigd (Naam van de vestiging)."
                + " Laatste wijziging: bert op "), e.getMessage());
        assertTrue(e.getMessage().endsWith("Deze stap is daarom uit de geschiedenis gehaald; de gegevens zijn niet aangepast."));
        assertEquals("Naam van Bert", stored("16AH00").getNaam());
        assertEquals("Nieuw: Vestiging De Regenboog (16AH00)", editor.commands("anna").undoLabel(), "the stale step is gone");
    }

    @Test
    void invalidInputIsRefusedWithEveryFieldAndChangesNothing() {
        InvalidValues e = assertThrows(InvalidValues.class, () -> editor.create("anna", VESTIGING,
                json("{\"brin6\":\"16AH0\",\"postcode\":\"1501AB\"}")));
        List<String> fields = e.findings().stream().map(f -> f.feature().getName()).sorted().toList();
        assertEquals(List.of("brin6", "instelling", "naam", "postcode"), fields);
        assertTrue(e.getMessage().startsWith("Controleer 4 velden: "), e.getMessage());
        assertNull(stored("16AH0"));
        assertEquals(3, editor.commands("anna").undoCount(), "nothing was executed");

        InvalidValues wrongType = assertThrows(InvalidValues.class, () -> editor.update("anna", VESTIGING, "16AH00",
                json("{\"soort\":\"hbo\"}")));
        assertEquals("Soort onderwijs van de vestiging: onbekende waarde 'hbo'; kies uit bo, sbo, so, vso, vo, mbo.",
                wrongType.findings().get(0).message());
    }

    @Test
    void requiredFieldsCannotBeEmptiedButOldFlawsElsewhereDoNotBlockAFix() {
        InvalidValues e = assertThrows(InvalidValues.class, () -> editor.update("anna", VESTIGING, "16AH00",
                json("{\"naam\":\"\"}")));
        assertEquals("Naam van de vestiging is verplicht; vul een waarde in.", e.findings().get(0).message());

        // an imported object with a bad postcode can still get a new name
        EObject flawed = test.store.read(s -> s.get(VESTIGING, "16AH00")).orElseThrow();
        ((Vestiging) flawed).setPostcode("1501AB");
        test.store.write("import", s -> s.save(flawed));
        ModelEditor.Edited edited = editor.update("anna", VESTIGING, "16AH00", json("{\"naam\":\"Nieuwe naam\"}"));
        assertEquals("Nieuwe naam", stored("16AH00").getNaam());
        assertEquals(List.of("postcode"), edited.findings().stream().map(Finding::feature).map(f -> f.getName()).toList(),
                "the old flaw is reported, not refused");
        assertThrows(InvalidValues.class, () -> editor.update("anna", VESTIGING, "16AH00", json("{\"postcode\":\"99\"}")),
                "a new error in the flawed field is refused");
    }

    @Test
    void aReferencedObjectCannotBeDeleted() {
        EditorException e = assertThrows(EditorException.class, () -> editor.delete("anna", GEMEENTE, "GM0479"));
        assertEquals(EditorException.Kind.CONFLICT, e.kind());
        assertTrue(e.getMessage().contains("16AH00") || e.getMessage().toLowerCase().contains("vestiging"), e.getMessage());
        assertEquals("Zaanstad", test.store.read(s -> s.get(GEMEENTE, "GM0479")).map(g -> ((nl.wij.core.model.Gemeente) g).getNaam()).orElseThrow());
    }

    @Test
    void duplicateKeysUnknownObjectsAndAbstractClassesAreRefusedClearly() {
        EditorException duplicate = assertThrows(EditorException.class, () -> editor.create("anna", GEMEENTE,
                json("{\"code\":\"GM0479\",\"naam\":\"Nog een\"}")));
        assertEquals("Er is al een gemeente met CBS-gemeentecode 'GM0479'.", duplicate.getMessage());
        EditorException missing = assertThrows(EditorException.class, () -> editor.update("anna", GEMEENTE, "GM9999",
                json("{\"naam\":\"x\"}")));
        assertEquals(EditorException.Kind.NOT_FOUND, missing.kind());
        EditorException abstractClass = assertThrows(EditorException.class, () -> editor.create("anna",
                TestStore.eClass("Organisatie"), json("{\"sleutel\":\"KVK|1\"}")));
        assertTrue(abstractClass.getMessage().startsWith("Van Organisatie kunnen geen objecten worden gemaakt; kies een van: "),
                abstractClass.getMessage());
    }

    @Test
    void aSaveWithoutChangesIsNoCommand() {
        ModelEditor.Edited edited = editor.update("anna", VESTIGING, "16AH00", json("{\"naam\":\"De Regenboog\"}"));
        assertFalse(edited.changed());
        assertEquals(3, editor.commands("anna").undoCount());
        assertEquals(List.of(), heard);
    }

    @Test
    void validateChecksWithoutSaving() {
        List<Finding> findings = editor.validate(VESTIGING, "16AH00", json("{\"naam\":null,\"postcode\":\"abc\"}")).findings();
        assertEquals(List.of("naam", "postcode"), findings.stream().map(f -> f.feature().getName()).sorted().toList());
        assertEquals("De Regenboog", stored("16AH00").getNaam());
        List<Finding> conversion = editor.validate(VESTIGING, null, json("{\"leerjaar\":1}")).findings();
        assertEquals(1, conversion.size());
        assertNull(conversion.get(0).feature(), "an unknown field has no feature");
    }

    @Test
    void validateTellsWhichErrorsWouldStopASave() {
        EObject flawed = test.store.read(s -> s.get(VESTIGING, "16AH00")).orElseThrow();
        ((Vestiging) flawed).setPostcode("1501AB");
        test.store.write("import", s -> s.save(flawed));
        ModelEditor.Checked checked = editor.validate(VESTIGING, "16AH00", json("{\"naam\":\"\"}"));
        assertEquals(List.of("naam", "postcode"), checked.findings().stream().map(f -> f.feature().getName()).sorted().toList());
        assertEquals(List.of("naam"), checked.blocking().stream().map(f -> f.feature().getName()).toList(),
                "the old postcode flaw does not block");
        assertEquals(List.of(), editor.validate(VESTIGING, "16AH00", json("{\"naam\":\"Nieuw\"}")).blocking());
    }
}
