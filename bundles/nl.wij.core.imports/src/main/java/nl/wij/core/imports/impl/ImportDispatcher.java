package nl.wij.core.imports.impl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.importer.ImportProblem;
import nl.wij.core.imports.FileImporter;
import nl.wij.core.imports.ImportFailure;
import nl.wij.core.imports.ImportKind;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.ImportService;
import nl.wij.core.imports.ImportStatus;

/**
 * The {@link ImportService}: hands each file to the {@link FileImporter} of its kind, one import at a
 * time, and keeps the status log. The kind is the one the request names, or the one exactly one
 * importer recognises; otherwise the file is refused with a report that says which kinds there are.
 * <p>
 * Importers come and go while the service runs. An import holds on to its importer until it returns:
 * when the importer's bundle stops meanwhile, the import either finishes (its one transaction
 * committed) or fails as {@link ImportStatus.State#MISLUKT} with nothing written, and the lock is
 * released either way.
 */
@Component(service = ImportService.class)
@Designate(ocd = ImportDispatcher.Config.class)
public final class ImportDispatcher implements ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportDispatcher.class);

    @ObjectClassDefinition(name = "WIJ import", description = "Het inlezen van bestanden in het gedeelde model,"
            + " door de importeurs van de modules.")
    public @interface Config {
        @AttributeDefinition(name = "Geschiedenis", description = "Aantal recente imports dat de dienst onthoudt"
                + " (GET /api/import).")
        int history() default 25;
    }

    private final Importers importers = new Importers();
    private final ImportLog log;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    @Activate
    public ImportDispatcher(Config config) {
        this(config.history(), Clock.systemUTC());
    }

    /** For tests and callers outside a framework; add importers with {@link #addImporter}. */
    public ImportDispatcher(int history, Clock clock) {
        this.log = new ImportLog(history, clock);
        LOG.debug("Import actief: geschiedenis {}", history);
    }

    @Reference(name = "importers", service = FileImporter.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void addImporter(FileImporter importer) {
        importers.add(importer);
    }

    public void removeImporter(FileImporter importer) {
        importers.remove(importer);
    }

    @Override
    public List<ImportKind> kinds() {
        return importers.kinds();
    }

    @Override
    public List<ImportStatus> recent() {
        return log.recent();
    }

    @Override
    public ImportReport importFile(Path file, ImportRequest request) {
        String name = fileName(file);
        ImportLog.Entry entry = log.start(name, request.user());
        oneAtATime.lock();
        try {
            entry.running();
            long start = System.nanoTime();
            Dispatch dispatch = dispatch(file, request);
            ImportReport report = dispatch.claim() != null ? run(file, name, request, dispatch.claim(), entry)
                    : ImportReport.refused(name, request.user(), request.kind(), List.of(new ImportProblem(name, 0,
                            null, 0, dispatch.refusal(), null)), false, since(start));
            entry.finished(report);
            if (report.accepted()) {
                LOG.info("{} ingelezen als {} door {} in {} ms: {} nieuw, {} gewijzigd, {} ongewijzigd", name,
                        report.kind(), request.user(), report.duration().toMillis(), report.created(),
                        report.updated(), report.unchanged());
            } else {
                LOG.info("{} geweigerd ({} problemen), er is niets ingelezen; eerste: {}", name,
                        report.problems().size(), report.problems().get(0));
            }
            return report;
        } catch (ImportFailure e) {
            entry.failed(e.getMessage());
            LOG.warn("{}", e.getMessage(), e.getCause());
            throw e;
        } catch (RuntimeException e) {
            entry.failed(name + " is niet ingelezen, er is niets veranderd: onverwachte fout " + e);
            throw e;
        } finally {
            oneAtATime.unlock();
        }
    }

    /** The importer of the requested or recognised kind, or why there is none. */
    private Dispatch dispatch(Path file, ImportRequest request) {
        if (request.kind() != null) {
            return importers.find(request.kind()).map(Dispatch::to)
                    .orElseGet(() -> Dispatch.refuse(unknownKind(request.kind(), kinds())));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Dispatch.refuse("het bestand bestaat niet of kan niet gelezen worden");
        }
        List<Importers.Claim> claims = importers.recognise(file);
        if (claims.size() == 1) {
            return Dispatch.to(claims.get(0));
        }
        if (claims.isEmpty()) {
            return Dispatch.refuse("onbekend soort bestand: geen van de importeurs herkent de inhoud. "
                    + present(kinds()) + " Geef de soort op (--kind SOORT, of 'Soort bestand' in het formulier) als"
                    + " het bestand er toch een is.");
        }
        return Dispatch.refuse("het bestand past bij meer dan één soort: " + claims.stream()
                .map(c -> describe(c.kind())).collect(Collectors.joining(", "))
                + ". Geef de soort op (--kind SOORT, of 'Soort bestand' in het formulier).");
    }

    /** Runs the importer; a failure of the importer (or its leaving) is an {@link ImportFailure}. */
    private ImportReport run(Path file, String name, ImportRequest request, Importers.Claim claim,
            ImportLog.Entry entry) {
        String kind = claim.kind().id();
        FileImporter importer = claim.importer();
        ImportReport report;
        try {
            report = importer.importFile(file, kind, request.withKind(kind), entry::progress);
        } catch (ImportFailure e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            String reason = importers.present(importer) ? "de importeur van " + claim.kind().label() + " faalde ("
                    + e + ")" : "de module met de importeur van " + claim.kind().label() + " is tijdens het inlezen"
                    + " gestopt";
            LOG.error("{} ({}) is niet ingelezen: {}", name, kind, reason, e);
            throw new ImportFailure(name + " is niet ingelezen, er is niets veranderd: " + reason + ".", e);
        }
        if (report == null) {
            throw new ImportFailure(name + " is niet ingelezen: de importeur van " + claim.kind().label()
                    + " gaf geen verslag.", null);
        }
        return report;
    }

    /** Whether the kind id (as a user may type it, see {@link Importers#normalise}) is one of the kinds. */
    static boolean offered(String kind, List<ImportKind> kinds) {
        String id = Importers.normalise(kind);
        return kinds.stream().anyMatch(k -> k.id().equals(id));
    }

    /** {@code onbekende bestandssoort 'x'. Soorten die ...}: for the service, the command and the upload. */
    static String unknownKind(String kind, List<ImportKind> kinds) {
        return "onbekende bestandssoort '" + kind + "'. " + present(kinds);
    }

    /** The sentence that lists the kinds present. */
    static String present(List<ImportKind> kinds) {
        if (kinds.isEmpty()) {
            return "Er is nu geen enkele importmodule actief.";
        }
        return "Soorten die nu ingelezen kunnen worden: "
                + kinds.stream().map(ImportDispatcher::describe).collect(Collectors.joining(", ")) + ".";
    }

    private static String describe(ImportKind kind) {
        return kind.id() + " (" + kind.label() + ")";
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Either the importer to run or why the file is refused. */
    private record Dispatch(Importers.Claim claim, String refusal) {

        static Dispatch to(Importers.Claim claim) {
            return new Dispatch(claim, null);
        }

        static Dispatch refuse(String refusal) {
            return new Dispatch(null, refusal);
        }
    }
}
