package nl.wij.core.imports.impl;

import static nl.wij.core.imports.impl.SharedData.duo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wij.core.imports.ImportKind;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.model.Gemeente;

/**
 * A second importer next to the built-in DUO one, on the real store: its kind is listed, its file is
 * recognised and imported through the service in one transaction, a refused file writes nothing,
 * and the DUO files still go to the DUO importer.
 */
class SecondImporterTest extends ImportFixture {

    @TempDir
    Path dir;

    GemeentenImporter gemeenten;

    @BeforeEach
    void addSecondImporter() {
        gemeenten = new GemeentenImporter(store, MODEL);
        imports.addImporter(gemeenten);
    }

    @Test
    void theSecondKindIsListedWithTheDuoKinds() {
        assertEquals(List.of("test-gemeenten", "leerlingen-po", "leerlingen-vo", "vestigingen-po", "vestigingen-vo"),
                imports.kinds().stream().map(ImportKind::id).toList());
        assertEquals(List.of(".csv"), imports.kinds().get(0).extensions());

        imports.removeImporter(gemeenten);
        assertFalse(imports.kinds().stream().anyMatch(k -> k.id().equals(GemeentenImporter.KIND)));
    }

    @Test
    void itsFileIsRecognisedAndImportedInOneTransaction() throws Exception {
        Path file = Files.writeString(dir.resolve("gemeenten.csv"),
                GemeentenImporter.HEADER + "\nGM0479;Zaanstad\nGM0363;Amsterdam\n");
        long audit = auditRows();

        ImportReport report = imports.importFile(file, new ImportRequest("import:test", null, null));

        assertTrue(report.accepted(), report.problems().toString());
        assertEquals(GemeentenImporter.KIND, report.kind());
        assertEquals("Gemeenten", report.count("Gemeente").orElseThrow().label());
        assertEquals(2, report.created());
        assertEquals(2, rows(MODEL.getGemeente()));
        assertEquals("Zaanstad", store.read(s -> ((Gemeente) s.get(MODEL.getGemeente(), "GM0479").orElseThrow())
                .getNaam()));
        assertEquals(audit + 2, auditRows());
        assertEquals(2, imports.recent().get(0).records());

        assertTrue(importFile(duo(SharedData.VO)).accepted(), "a DUO file still goes to the DUO importer");
        assertEquals("vestigingen-vo", imports.recent().get(0).report().kind());
    }

    @Test
    void aRefusedFileOfTheSecondKindWritesNothing() throws Exception {
        assertTrue(importFile(duo(SharedData.VO)).accepted());
        Map<String, Long> before = allRows();
        Path file = Files.writeString(dir.resolve("gemeenten.csv"),
                GemeentenImporter.HEADER + "\nGM0001;Eerste\nGM0002;Tweede\nXX;Kapot\n");

        ImportReport report = imports.importFile(file, new ImportRequest("import:test", null, null));

        assertFalse(report.accepted());
        assertEquals("gemeenten.csv", report.problems().get(0).file());
        assertEquals(4, report.problems().get(0).line());
        assertEquals("GEMEENTECODE", report.problems().get(0).column());
        assertEquals(before, allRows(), "the two rows saved before the problem were rolled back");
    }
}
