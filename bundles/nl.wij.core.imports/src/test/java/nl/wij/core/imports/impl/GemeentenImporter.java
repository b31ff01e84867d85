package nl.wij.core.imports.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import nl.wij.core.importer.ImportProblem;
import nl.wij.core.imports.ClassCount;
import nl.wij.core.imports.FileImporter;
import nl.wij.core.imports.ImportKind;
import nl.wij.core.imports.ImportProgress;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.SaveSummary;

/**
 * A second importer, as a module would write one: a CSV of gemeenten ({@code GEMEENTECODE;NAAM},
 * UTF-8) into the core model, in one store transaction, each object saved as soon as its row is read
 * so that a refused file has really written rows before the rollback. Recognised by its header line.
 */
final class GemeentenImporter implements FileImporter {

    static final String KIND = "test-gemeenten";
    static final String HEADER = "GEMEENTECODE;NAAM";

    private final ModelStore store;
    private final CorePackage model;

    GemeentenImporter(ModelStore store, CorePackage model) {
        this.store = store;
        this.model = model;
    }

    @Override
    public List<ImportKind> kinds() {
        return List.of(new ImportKind(KIND, "Gemeenten (test)", "Gemeentecodes met hun naam, voor de tests.",
                List.of("CSV")));
    }

    @Override
    public Optional<String> recognise(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return HEADER.equals(reader.readLine()) ? Optional.of(KIND) : Optional.empty();
        }
    }

    @Override
    public ImportReport importFile(Path file, String kind, ImportRequest request, ImportProgress progress) {
        String name = file.getFileName().toString();
        List<ImportProblem> problems = new ArrayList<>();
        AtomicLong rows = new AtomicLong();
        try {
            SaveSummary saved = store.write(request.user(), session -> {
                SaveSummary summary = SaveSummary.NONE;
                List<String> lines = readLines(file);
                for (int i = 1; i < lines.size(); i++) {
                    String[] fields = lines.get(i).split(";", -1);
                    if (fields.length != 2 || !fields[0].matches("GM[0-9]{4}")) {
                        problems.add(new ImportProblem(name, i + 1, "GEMEENTECODE", 1, "geen gemeentecode", fields[0]));
                        continue;
                    }
                    Gemeente gemeente = model.getCoreFactory().createGemeente();
                    gemeente.setCode(fields[0]);
                    gemeente.setNaam(fields[1]);
                    summary = summary.plus(session.saveAll(List.of(gemeente)));
                    progress.records(rows.incrementAndGet());
                }
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("refused: roll back");
                }
                return summary;
            });
            return new ImportReport(name, request.user(), kind, null, "UTF-8", rows.get(), rows.get(),
                    List.of(new ClassCount("Gemeente", saved.created(), saved.updated(), saved.unchanged(), "Gemeenten")),
                    List.of(), false, List.of(), Duration.ZERO);
        } catch (IllegalStateException refused) {
            return ImportReport.refused(name, request.user(), kind, problems, false, Duration.ZERO);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
