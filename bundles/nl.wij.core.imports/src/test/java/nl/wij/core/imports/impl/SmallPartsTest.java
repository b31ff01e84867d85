package nl.wij.core.imports.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wij.core.importer.ImportProblem;
import nl.wij.core.imports.ClassCount;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportStatus;

/** The small rules: upload file names, report text and the log of recent imports. */
class SmallPartsTest {

    @Test
    void uploadFileNamesKeepOnlyTheirLastPartAndNoControlCharacters() {
        assertEquals("leerlingen-vo-2019.csv", ImportServlet.fileName("leerlingen-vo-2019.csv"));
        assertEquals("bestand met spatie.csv", ImportServlet.fileName("bestand%20met%20spatie.csv"));
        assertEquals("passwd", ImportServlet.fileName("..%2F..%2Fetc%2Fpasswd"));
        assertEquals("x.csv", ImportServlet.fileName("C:%5Cdata%5Cx.csv"));
        assertEquals("upload.csv", ImportServlet.fileName(null));
        assertEquals("upload.csv", ImportServlet.fileName(".."));
        assertEquals("ab.csv", ImportServlet.fileName("a%0Ab.csv"));
        assertEquals("1+1.csv", ImportServlet.fileName("1+1.csv"));
    }

    @Test
    void theReportTextStartsEveryProblemWithFileLineAndColumn() {
        ImportProblem located = new ImportProblem("a.csv", 12, "GEMEENTENUMMER", 10, "geen gemeentecode", "x");
        ImportProblem file = new ImportProblem("a.csv", 0, null, 0, "het bestand is leeg", null);
        ImportReport refused = new ImportReport("a.csv", "import:test", null, null, null, 0, 0, List.of(),
                List.of(located, file), false, List.of(), Duration.ofMillis(5));

        String text = ReportText.of(refused, "Vestigingen po (DUO)");

        assertTrue(text.startsWith("a.csv is geweigerd; er is niets ingelezen. 2 problemen:"), text);
        assertTrue(text.contains("  a.csv:12:10 kolom GEMEENTENUMMER: geen gemeentecode (waarde: \"x\")"), text);
        assertTrue(text.contains("  a.csv: het bestand is leeg"), text);

        ImportReport accepted = new ImportReport("v.csv", "import:test", "vestigingen-po", null, "UTF-8", 6268,
                6268, List.of(new ClassCount("Vestiging", 6268, 0, 0), new ClassCount("RegioLidmaatschap", 12, 3, 0,
                        "Lidmaatschappen van regio's")), List.of(), false, List.of(), Duration.ofMillis(1500));
        String acceptedText = ReportText.of(accepted, "Vestigingen po (DUO)");
        assertTrue(acceptedText.startsWith("v.csv is ingelezen: Vestigingen po (DUO), UTF-8, 6.268 rijen, 6.268 records, in 1,5 s."),
                acceptedText);
        assertTrue(acceptedText.contains("  Vestiging                       6.268          0            0"), acceptedText);
        assertTrue(acceptedText.contains("  Lidmaatschappen van regio's        12          3            0"), acceptedText);
    }

    @Test
    void theLogKeepsTheNewestImportsFirstAndTheirState() {
        ImportLog log = new ImportLog(2, Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC));
        ImportLog.Entry first = log.start("a.csv", "import:x");
        first.running();
        first.progress(1000);
        assertEquals(ImportStatus.State.BEZIG, log.recent().get(0).state());
        assertEquals(1000, log.recent().get(0).records());
        first.failed("database weg");
        log.start("b.csv", "import:x");
        log.start("c.csv", "import:x");

        List<ImportStatus> recent = log.recent();
        assertEquals(List.of("c.csv", "b.csv"), recent.stream().map(ImportStatus::file).toList());
        assertEquals(ImportStatus.State.WACHT, recent.get(0).state());
        assertEquals(List.of(3L, 2L), recent.stream().map(ImportStatus::id).toList());
    }
}
