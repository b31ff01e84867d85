package nl.wij.itest.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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
 * A module's importer in its smallest form, for the integration tests: the kind
 * {@value #KIND}, a UTF-8 CSV {@code TESTGEMEENTE;NAAM} of gemeenten, recognised by that header
 * and written in one store transaction; a row without a gemeentecode refuses the file (line and
 * column named) and nothing is written. It is in no feature; tests install it at run time.
 */
@Component(service = FileImporter.class)
public final class TestGemeentenImporter implements FileImporter {

    /** The kind id. */
    public static final String KIND = "itest-gemeenten";
    /** The first line of a file of this kind. */
    public static final String HEADER = "TESTGEMEENTE;NAAM";

    private final ModelStore store;
    private final CorePackage model;

    @Activate
    public TestGemeentenImporter(@Reference(name = "store") ModelStore store,
            @Reference(name = "model") CorePackage model) {
        this.store = store;
        this.model = model;
    }

    @Override
    public List<ImportKind> kinds() {
        return List.of(new ImportKind(KIND, "Testgemeenten", "Gemeentecodes met hun naam, uit de testmodule.",
                List.of(".csv")));
    }

    @Override
    public Optional<String> recognise(Path file) throws IOException {
        byte[] start;
        try (var in = Files.newInputStream(file)) {
            start = in.readNBytes(HEADER.length());
        }
        return HEADER.equals(new String(start, StandardCharsets.ISO_8859_1)) ? Optional.of(KIND) : Optional.empty();
    }

    @Override
    public ImportReport importFile(Path file, String kind, ImportRequest request, ImportProgress progress) {
        String name = file.getFileName().toString();
        long start = System.nanoTime();
        List<String> lines = lines(file);
        List<ImportProblem> problems = new ArrayList<>();
        List<Gemeente> gemeenten = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(";", -1);
            if (fields.length != 2 || !fields[0].matches("GM[0-9]{4}")) {
                problems.add(new ImportProblem(name, i + 1L, "TESTGEMEENTE", 1, "geen gemeentecode (GM1234)",
                        fields[0]));
            } else {
                Gemeente gemeente = model.getCoreFactory().createGemeente();
                gemeente.setCode(fields[0]);
                gemeente.setNaam(fields[1]);
                gemeenten.add(gemeente);
            }
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        if (!problems.isEmpty()) {
            return ImportReport.refused(name, request.user(), kind, problems, false, duration);
        }
        SaveSummary saved = store.write(request.user(), session -> session.saveAll(gemeenten));
        progress.records(gemeenten.size());
        return new ImportReport(name, request.user(), kind, null, "UTF-8", lines.size() - 1L, gemeenten.size(),
                List.of(new ClassCount("Gemeente", saved.created(), saved.updated(), saved.unchanged(), "Gemeenten")),
                List.of(), false, List.of(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
