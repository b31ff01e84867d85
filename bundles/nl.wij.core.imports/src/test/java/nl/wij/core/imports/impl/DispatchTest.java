package nl.wij.core.imports.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wij.core.importer.ImportProblem;
import nl.wij.core.imports.ClassCount;
import nl.wij.core.imports.FileImporter;
import nl.wij.core.imports.ImportFailure;
import nl.wij.core.imports.ImportKind;
import nl.wij.core.imports.ImportProgress;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.ImportStatus;

/**
 * How the service picks the importer: the kind the request names, else the one importer that
 * recognises the file; unknown kinds, unrecognised and ambiguous files are refused with a Dutch
 * problem naming the kinds; importers come and go, also in the middle of an import.
 */
class DispatchTest {

    @TempDir
    Path dir;

    final ImportDispatcher service = new ImportDispatcher(10, Clock.systemUTC());

    @Test
    void theKindsOfAllImportersAreListedByLabelAndGoWithTheirImporter() {
        Importer prognoses = new Importer("Prognoses", "ihp-prognose-duo", "ihp-prognose-eigen");
        Importer scores = new Importer("Achterstandsscores", "goab-achterstandsscores");
        service.addImporter(prognoses);
        service.addImporter(scores);

        assertEquals(List.of("goab-achterstandsscores", "ihp-prognose-duo", "ihp-prognose-eigen"),
                service.kinds().stream().map(ImportKind::id).toList());

        service.removeImporter(prognoses);
        assertEquals(List.of("goab-achterstandsscores"), service.kinds().stream().map(ImportKind::id).toList());
    }

    @Test
    void aKindAnotherImporterOffersAlreadyIsLeftOut() {
        Importer first = new Importer("Eerste", "ihp-prognose-duo");
        Importer second = new Importer("Tweede", "ihp-prognose-duo", "ihp-prognose-eigen");
        service.addImporter(first);
        service.addImporter(second);

        assertEquals(List.of("Eerste ihp-prognose-duo", "Tweede ihp-prognose-eigen"),
                service.kinds().stream().map(ImportKind::label).toList());
    }

    @Test
    void theRequestedKindGoesToItsImporterWithoutAskingAnyoneToRecognise() throws IOException {
        Importer prognoses = new Importer("Prognoses", "ihp-prognose-duo", "ihp-prognose-eigen");
        Importer other = new Importer("Ander", "goab-achterstandsscores").recognising("goab-achterstandsscores");
        service.addImporter(prognoses);
        service.addImporter(other);

        ImportReport report = service.importFile(file("prognose.csv"),
                new ImportRequest("import:test", "IHP_PROGNOSE_EIGEN", null));

        assertTrue(report.accepted());
        assertEquals(List.of("ihp-prognose-eigen"), prognoses.imported);
        assertEquals(0, other.asked + prognoses.asked, "nobody was asked to recognise the file");
        assertEquals("ihp-prognose-eigen", report.kind());
    }

    @Test
    void anUnknownKindIsRefusedNamingTheKindsPresent() throws IOException {
        service.addImporter(new Importer("Prognoses", "ihp-prognose-duo"));

        ImportReport report = service.importFile(file("x.csv"), new ImportRequest("import:test", "vsv", null));

        assertFalse(report.accepted());
        ImportProblem problem = report.problems().get(0);
        assertEquals("x.csv", problem.file());
        assertEquals("onbekende bestandssoort 'vsv'. Soorten die nu ingelezen kunnen worden: ihp-prognose-duo"
                + " (Prognoses ihp-prognose-duo).", problem.message());
        assertEquals(ImportStatus.State.GEWEIGERD, service.recent().get(0).state());
    }

    @Test
    void withoutAKindTheOneImporterThatRecognisesTheFileReadsIt() throws IOException {
        Importer prognoses = new Importer("Prognoses", "ihp-prognose-duo").recognising("ihp-prognose-duo");
        Importer scores = new Importer("Scores", "goab-achterstandsscores");
        service.addImporter(prognoses);
        service.addImporter(scores);

        ImportReport report = service.importFile(file("p.csv"), ImportRequest.by("beheerder"));

        assertTrue(report.accepted());
        assertEquals("ihp-prognose-duo", report.kind());
        assertEquals(List.of("ihp-prognose-duo"), prognoses.imported);
        assertEquals(List.of(), scores.imported);
        assertEquals(1, scores.asked);
    }

    @Test
    void aFileNoImporterRecognisesIsRefusedNamingTheKindsThereAre() throws IOException {
        Importer failing = new Importer("Kapot", "kapot-soort");
        failing.recognition = f -> {
            throw new IllegalStateException("not my format");
        };
        service.addImporter(new Importer("Prognoses", "ihp-prognose-duo"));
        service.addImporter(failing);

        ImportReport report = service.importFile(file("onbekend.csv"), ImportRequest.by("beheerder"));

        assertFalse(report.accepted());
        assertNull(report.kind());
        String message = report.problems().get(0).message();
        assertTrue(message.startsWith("onbekend soort bestand: geen van de importeurs herkent de inhoud."), message);
        assertTrue(message.contains("kapot-soort (Kapot kapot-soort), ihp-prognose-duo (Prognoses ihp-prognose-duo)"),
                message);
        assertTrue(message.contains("--kind"), message);

        ImportReport missing = service.importFile(dir.resolve("weg.csv"), ImportRequest.by("beheerder"));
        assertEquals("het bestand bestaat niet of kan niet gelezen worden", missing.problems().get(0).message());
    }

    @Test
    void aFileTwoImportersClaimIsRefusedAskingForTheKind() throws IOException {
        Importer duo = new Importer("DUO", "ihp-prognose-duo").recognising("ihp-prognose-duo");
        Importer eigen = new Importer("Eigen", "ihp-prognose-eigen").recognising("ihp-prognose-eigen");
        service.addImporter(duo);
        service.addImporter(eigen);

        ImportReport report = service.importFile(file("beide.csv"), ImportRequest.by("beheerder"));

        assertFalse(report.accepted());
        assertEquals("het bestand past bij meer dan één soort: ihp-prognose-duo (DUO ihp-prognose-duo),"
                + " ihp-prognose-eigen (Eigen ihp-prognose-eigen). Geef de soort op (--kind SOORT, of 'Soort bestand'"
                + " in het formulier).", report.problems().get(0).message());
        assertEquals(List.of(), duo.imported);
        assertEquals(List.of(), eigen.imported);

        assertTrue(service.importFile(file("beide.csv"), ImportRequest.by("beheerder").withKind("ihp-prognose-eigen"))
                .accepted(), "with the kind it is read");
    }

    @Test
    void anImporterThatRecognisesAKindItDoesNotOfferIsIgnored() throws IOException {
        service.addImporter(new Importer("Verward", "eigen-soort").recognising("andere-soort"));

        assertFalse(service.importFile(file("v.csv"), ImportRequest.by("beheerder")).accepted());
    }

    @Test
    void progressReachesTheStatusLogWhileTheImportRuns() throws IOException {
        Importer slow = new Importer("Langzaam", "langzaam");
        List<Long> seen = new ArrayList<>();
        slow.work = progress -> {
            progress.records(1000);
            seen.add(service.recent().get(0).records());
            assertEquals(ImportStatus.State.BEZIG, service.recent().get(0).state());
            return null;
        };
        service.addImporter(slow);

        service.importFile(file("l.csv"), ImportRequest.by("beheerder").withKind("langzaam"));

        assertEquals(List.of(1000L), seen);
    }

    @Test
    void anImporterWhoseModuleStopsDuringTheImportFailsCleanlyAndTheNextImportRuns() throws IOException {
        Importer leaving = new Importer("Vertrekt", "vertrekt");
        leaving.work = progress -> {
            service.removeImporter(leaving);
            throw new NoClassDefFoundError("nl/wij/module/Gone");
        };
        service.addImporter(leaving);
        Importer staying = new Importer("Blijft", "blijft");
        service.addImporter(staying);

        ImportFailure failure = assertThrows(ImportFailure.class,
                () -> service.importFile(file("a.csv"), ImportRequest.by("beheerder").withKind("vertrekt")));

        assertEquals("a.csv is niet ingelezen, er is niets veranderd: de module met de importeur van Vertrekt vertrekt"
                + " is tijdens het inlezen gestopt.", failure.getMessage());
        ImportStatus failed = service.recent().get(0);
        assertEquals(ImportStatus.State.MISLUKT, failed.state());
        assertEquals(failure.getMessage(), failed.failure());
        assertEquals(List.of("blijft"), service.kinds().stream().map(ImportKind::id).toList());
        assertTrue(service.importFile(file("b.csv"), ImportRequest.by("beheerder").withKind("blijft")).accepted(),
                "the lock was released");
        assertFalse(service.importFile(file("c.csv"), ImportRequest.by("beheerder").withKind("vertrekt")).accepted(),
                "its kind is gone");
    }

    @Test
    void anImporterWhoseModuleStopsAfterItsCommitKeepsItsReport() throws IOException {
        Importer leaving = new Importer("Vertrekt", "vertrekt");
        leaving.work = progress -> {
            service.removeImporter(leaving);
            return null;
        };
        service.addImporter(leaving);

        ImportReport report = service.importFile(file("a.csv"), ImportRequest.by("beheerder").withKind("vertrekt"));

        assertTrue(report.accepted());
        assertEquals(ImportStatus.State.INGELEZEN, service.recent().get(0).state());
        assertEquals(List.of(), service.kinds());
    }

    @Test
    void anImporterThatFailsIsAFailureWithItsReason() throws IOException {
        Importer broken = new Importer("Stuk", "stuk");
        broken.work = progress -> {
            throw new IllegalArgumentException("boem");
        };
        service.addImporter(broken);

        ImportFailure failure = assertThrows(ImportFailure.class,
                () -> service.importFile(file("a.csv"), ImportRequest.by("beheerder").withKind("stuk")));

        assertTrue(failure.getMessage().contains("de importeur van Stuk stuk faalde (java.lang.IllegalArgumentException:"
                + " boem)"), failure.getMessage());
    }

    private Path file(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "A;B\n1;2\n");
    }

    /** A configurable importer without a store. */
    private final class Importer implements FileImporter {
        final List<ImportKind> kinds = new ArrayList<>();
        final List<String> imported = new ArrayList<>();
        Function<Path, Optional<String>> recognition = f -> Optional.empty();
        Function<ImportProgress, ImportReport> work = p -> null;
        int asked;

        Importer(String label, String... ids) {
            for (String id : ids) {
                kinds.add(new ImportKind(id, label + " " + id, "Soort " + id, List.of(".csv")));
            }
        }

        Importer recognising(String id) {
            recognition = f -> Optional.of(id);
            return this;
        }

        @Override
        public List<ImportKind> kinds() {
            return kinds;
        }

        @Override
        public Optional<String> recognise(Path file) {
            asked++;
            return recognition.apply(file);
        }

        @Override
        public ImportReport importFile(Path file, String kind, ImportRequest request, ImportProgress progress) {
            ImportReport report = work.apply(progress);
            imported.add(kind);
            return report != null ? report : new ImportReport(file.getFileName().toString(), request.user(), kind, null,
                    "UTF-8", 1, 1, List.of(new ClassCount("Gebouw", 1, 0, 0, "Gebouwen")), List.of(), false, List.of(),
                    Duration.ofMillis(1));
        }
    }
}
