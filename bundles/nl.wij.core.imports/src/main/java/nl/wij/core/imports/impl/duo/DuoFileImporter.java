package nl.wij.core.imports.impl.duo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.importer.DuoReader;
import nl.wij.core.importer.FileKind;
import nl.wij.core.importer.ImportException;
import nl.wij.core.importer.ImportOptions;
import nl.wij.core.importer.ImportProblem;
import nl.wij.core.importer.ImportSummary;
import nl.wij.core.imports.ClassCount;
import nl.wij.core.imports.FileImporter;
import nl.wij.core.imports.ImportFailure;
import nl.wij.core.imports.ImportKind;
import nl.wij.core.imports.ImportProgress;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.model.CorePackage;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.StoreException;

/**
 * The built-in {@link FileImporter} of DUO's four open-data files: one file, one
 * {@link ModelStore#write} transaction. The {@link DuoReader} streams the records into a
 * {@link ModelSink} inside the transaction; a problem in the file (found by the reader or by the
 * mapping) throws out of the unit of work, so the store rolls everything back, and the report lists
 * the problems.
 */
@Component(service = FileImporter.class)
@Designate(ocd = DuoFileImporter.Config.class)
public final class DuoFileImporter implements FileImporter {

    private static final Logger LOG = LoggerFactory.getLogger(DuoFileImporter.class);
    private static final Duration MODEL_WAIT = Duration.ofSeconds(30);

    /** The four kinds, in the order a new gemeente imports them. */
    static final List<ImportKind> KINDS = List.of(
            kind(FileKind.VESTIGINGEN_PO, "Vestigingen po (DUO)", "DUO Open Onderwijsdata: alle vestigingen in het"
                    + " primair onderwijs (alle-vestigingen-bo.csv), met adres, gemeente, bestuur en de regio's van de"
                    + " gemeente."),
            kind(FileKind.VESTIGINGEN_VO, "Vestigingen vo (DUO)", "DUO Open Onderwijsdata: alle vestigingen in het"
                    + " voortgezet onderwijs (alle-vestigingen-vo.csv), met onderwijsstructuur, adres, gemeente,"
                    + " bestuur en regio's."),
            kind(FileKind.LEERLINGEN_PO, "Leerlingen po (DUO)", "DUO Open Onderwijsdata: leerlingen per vestiging"
                    + " in het primair onderwijs naar soort (bo, sbo, so, vso), zoals"
                    + " gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv."),
            kind(FileKind.LEERLINGEN_VO, "Leerlingen vo (DUO)", "DUO Open Onderwijsdata: leerlingen per vestiging"
                    + " in het voortgezet onderwijs naar onderwijstype en leerjaar, zoals"
                    + " leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv."));

    @ObjectClassDefinition(name = "WIJ DUO-import", description = "Het inlezen van DUO-bestanden in het gedeelde model.")
    public @interface Config {
        @AttributeDefinition(name = "Batchgrootte", description = "Aantal objecten per opslagactie binnen de ene"
                + " transactie van een bestand.")
        int batchSize() default 25_000;

        @AttributeDefinition(name = "Maximum aantal problemen", description = "Na zoveel problemen stopt het lezen van"
                + " een geweigerd bestand; het verslag noemt ze allemaal.")
        int maxProblems() default ImportOptions.DEFAULT_MAX_PROBLEMS;
    }

    private final ModelStore store;
    private final DuoReader reader;
    private final CorePackage model;
    private final int batchSize;
    private final int maxProblems;

    @Activate
    public DuoFileImporter(Config config, @Reference(name = "store") ModelStore store,
            @Reference(name = "reader") DuoReader reader, @Reference(name = "model") CorePackage model) {
        this(store, reader, model, config.batchSize(), config.maxProblems());
    }

    /** For tests and callers outside a framework. */
    public DuoFileImporter(ModelStore store, DuoReader reader, CorePackage model, int batchSize, int maxProblems) {
        this.store = store;
        this.reader = reader;
        this.model = model;
        this.batchSize = Math.max(1, batchSize);
        this.maxProblems = Math.max(1, maxProblems);
        LOG.debug("DUO-import actief: batch {}, hoogstens {} problemen", this.batchSize, this.maxProblems);
    }

    @Override
    public List<ImportKind> kinds() {
        return KINDS;
    }

    @Override
    public Optional<String> recognise(Path file) throws IOException {
        return reader.recognise(file).map(DuoFileImporter::id);
    }

    @Override
    public ImportReport importFile(Path file, String kind, ImportRequest request, ImportProgress progress) {
        FileKind fileKind = FileKind.parse(kind);
        String name = fileName(file);
        awaitModel();
        long start = System.nanoTime();
        ImportOptions options = ImportOptions.defaults().withKind(fileKind).withPeildatum(request.peildatum())
                .withMaxProblems(maxProblems);
        Remarks remarks = new Remarks(name, maxProblems);
        try {
            Written written = store.write(request.user(), session -> {
                ModelSink sink = new ModelSink(model, session, batchSize, remarks, progress::records);
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
            return new ImportReport(name, request.user(), id(s.kind()), s.peildatum(), s.encoding(), s.rows(),
                    s.records(), written.counts(), List.of(), false, remarks.warnings(), since(start));
        } catch (Refused refused) {
            return new ImportReport(name, request.user(), kind, request.peildatum(), null, 0, 0, List.of(),
                    refused.problems, refused.truncated, List.of(), since(start));
        } catch (StoreException e) {
            throw new ImportFailure(name + " is niet ingelezen, er is niets veranderd: " + e.getMessage(), e);
        }
    }

    /** The kind id of a DUO file kind: {@code vestigingen-po}, ... */
    static String id(FileKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ImportKind kind(FileKind kind, String label, String description) {
        return new ImportKind(id(kind), label, description, List.of(".csv", ".txt"));
    }

    /**
     * The store maps the core model when its package service arrives, which may be just after this
     * component started (a command right after the framework's start); wait a little for that.
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
