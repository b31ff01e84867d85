package nl.wij.core.imports.impl;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.importer.DuoReader;
import nl.wij.core.importer.ImportException;
import nl.wij.core.importer.ImportOptions;
import nl.wij.core.importer.ImportProblem;
import nl.wij.core.importer.ImportSummary;
import nl.wij.core.imports.ClassCount;
import nl.wij.core.imports.ImportFailure;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.ImportService;
import nl.wij.core.imports.ImportStatus;
import nl.wij.core.model.CorePackage;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.StoreException;

/**
 * The {@link ImportService}: one file, one {@link ModelStore#write} transaction. The
 * {@link DuoReader} streams the records into a {@link ModelSink} inside the transaction; a problem
 * in the file (found by the reader or by the mapping) throws out of the unit of work, so the store
 * rolls everything back, and the report lists the problems. Imports run one at a time.
 */
@Component(service = ImportService.class)
@Designate(ocd = DuoImportService.Config.class)
public final class DuoImportService implements ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(DuoImportService.class);
    private static final Duration MODEL_WAIT = Duration.ofSeconds(30);

    @ObjectClassDefinition(name = "WIJ DUO-import", description = "Het inlezen van DUO-bestanden in het gedeelde model.")
    public @interface Config {
        @AttributeDefinition(name = "Batchgrootte", description = "Aantal objecten per opslagactie binnen de ene"
                + " transactie van een bestand.")
        int batchSize() default 25_000;

        @AttributeDefinition(name = "Maximum aantal problemen", description = "Na zoveel problemen stopt het lezen van"
                + " een geweigerd bestand; het verslag noemt ze allemaal.")
        int maxProblems() default ImportOptions.DEFAULT_MAX_PROBLEMS;

        @AttributeDefinition(name = "Geschiedenis", description = "Aantal recente imports dat de dienst onthoudt"
                + " (GET /api/import).")
        int history() default 25;
    }

    private final ModelStore store;
    private final DuoReader reader;
    private final CorePackage model;
    private final int batchSize;
    private final int maxProblems;
    private final ImportLog log;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    @Activate
    public DuoImportService(Config config, @Reference(name = "store") ModelStore store,
            @Reference(name = "reader") DuoReader reader, @Reference(name = "model") CorePackage model) {
        this(store, reader, model, config.batchSize(), config.maxProblems(), config.history(), Clock.systemUTC());
    }

    /** For tests and callers outside a framework. */
    public DuoImportService(ModelStore store, DuoReader reader, CorePackage model, int batchSize, int maxProblems,
            int history, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.model = model;
        this.batchSize = Math.max(1, batchSize);
        this.maxProblems = Math.max(1, maxProblems);
        this.log = new ImportLog(history, clock);
        LOG.debug("DUO-import actief: batch {}, hoogstens {} problemen, geschiedenis {}", this.batchSize,
                this.maxProblems, history);
    }

    @Override
    public ImportReport importFile(Path file, ImportRequest request) {
        String name = fileName(file);
        ImportLog.Entry entry = log.start(name, request.user());
        oneAtATime.lock();
        try {
            awaitModel();
            entry.running();
            ImportReport report = run(file, name, request, entry);
            entry.finished(report);
            if (report.accepted()) {
                LOG.info("{} ingelezen door {} in {} ms: {} nieuw, {} gewijzigd, {} ongewijzigd", name, request.user(),
                        report.duration().toMillis(), report.created(), report.updated(), report.unchanged());
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

    /**
     * The store maps the core model when its package service arrives, which may be just after this
     * service started (a command right after the framework's start); wait a little for that.
     */
    private void awaitModel() {
        long deadline = System.nanoTime() + MODEL_WAIT.toNanos();
        while (store.table(model.getLeerlingtelling()).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new ImportFailure("Er is niets ingelezen: het gegevensmodel is na " + MODEL_WAIT.toSeconds()
                        + " seconden nog niet beschikbaar in de opslag.", null);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportFailure("Er is niets ingelezen: het wachten op de opslag is onderbroken.", e);
            }
        }
    }

    @Override
    public List<ImportStatus> recent() {
        return log.recent();
    }

    private ImportReport run(Path file, String name, ImportRequest request, ImportLog.Entry entry) {
        long start = System.nanoTime();
        ImportOptions options = ImportOptions.defaults().withKind(request.kind()).withPeildatum(request.peildatum())
                .withMaxProblems(maxProblems);
        Remarks remarks = new Remarks(name, maxProblems);
        try {
            Written written = store.write(request.user(), session -> {
                ModelSink sink = new ModelSink(model, session, batchSize, remarks, entry::progress);
                ImportSummary summary;
                try {
                    summary = reader.stream(file, options, sink);
                } catch (ImportException e) {
                    throw new Refused(merge(e.problems(), remarks.problems()), e.truncated());
                }
                sink.finish();
                if (remarks.refused()) {
                    throw new Refused(remarks.problems(), remarks.full());
                }
                return new Written(summary, sink.counts());
            });
            ImportSummary s = written.summary();
            return new ImportReport(name, request.user(), s.kind(), s.peildatum(), s.encoding(), s.rows(), s.records(),
                    written.counts(), List.of(), false, remarks.warnings(), since(start));
        } catch (Refused refused) {
            return new ImportReport(name, request.user(), request.kind(), request.peildatum(), null, 0, 0, List.of(),
                    refused.problems, refused.truncated, List.of(), since(start));
        } catch (StoreException e) {
            throw new ImportFailure(name + " is niet ingelezen, er is niets veranderd: " + e.getMessage(), e);
        }
    }

    private static List<ImportProblem> merge(List<ImportProblem> reading, List<ImportProblem> mapping) {
        if (mapping.isEmpty()) {
            return reading;
        }
        List<ImportProblem> all = new ArrayList<>(reading);
        all.addAll(mapping);
        all.sort(Comparator.comparingLong(ImportProblem::line));
        return all;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private record Written(ImportSummary summary, List<ClassCount> counts) {
    }

    /** Ends the unit of work when the file has problems, so the store rolls back. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<ImportProblem> problems;
        private final boolean truncated;

        Refused(List<ImportProblem> problems, boolean truncated) {
            super("bestand geweigerd", null, false, false);
            this.problems = List.copyOf(problems);
            this.truncated = truncated;
        }
    }
}
