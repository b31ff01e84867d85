package nl.wij.goab.imports.impl;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.wij.core.imports.ClassCount;
import nl.wij.core.imports.FileImporter;
import nl.wij.core.imports.ImportFailure;
import nl.wij.core.imports.ImportKind;
import nl.wij.core.imports.ImportProgress;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.model.CorePackage;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.SaveSummary;
import nl.wij.core.store.StoreException;
import nl.wij.goab.model.GoabPackage;

/**
 * The import kind {@value #KIND}: the CBS publication "Achterstandsscores basisscholen" (.xlsx), read
 * by {@link Scoreblad} and written by {@link ScoreSchrijver} in one store transaction, or refused with
 * its problems (file, line, column) and nothing written.
 */
@Component(service = FileImporter.class)
public final class CbsScoreImporter implements FileImporter {

    static final String KIND = "goab-achterstandsscores";
    private static final ImportKind SOORT = new ImportKind(KIND, "Achterstandsscores scholen (CBS)",
            "De onderwijsachterstandenindicator van het CBS: per basisschoolvestiging het aantal bekostigde leerlingen en de"
                    + " achterstandsscore (publicatie Achterstandsscores basisscholen, Excel). Vult Onderwijskansen ›"
                    + " Achterstandsscores; de peildatum staat in de titel van de tabel.", List.of(".xlsx"));

    private static final Map<String, String> LABELS = Map.of("Instelling", "Instellingen (BRIN)", "Vestiging", "Vestigingen",
            "Achterstandsscore", "Achterstandsscores");

    private final ScoreSchrijver schrijver;
    private final Clock clock;

    @Activate
    public CbsScoreImporter(@Reference ModelStore store, @Reference CorePackage core, @Reference GoabPackage goab) {
        this(new ScoreSchrijver(store, core, goab), Clock.systemUTC());
    }

    CbsScoreImporter(ScoreSchrijver schrijver, Clock clock) {
        this.schrijver = schrijver;
        this.clock = clock;
    }

    @Override
    public List<ImportKind> kinds() {
        return List.of(SOORT);
    }

    @Override
    public Optional<String> recognise(Path file) {
        return Scoreblad.herken(file) ? Optional.of(KIND) : Optional.empty();
    }

    @Override
    public ImportReport importFile(Path file, String kind, ImportRequest request, ImportProgress progress) {
        Instant start = clock.instant();
        String name = file.getFileName().toString();
        Scoreblad.Lezing lezing = Scoreblad.lees(file, request.peildatum());
        if (!lezing.problemen().isEmpty()) {
            return ImportReport.refused(name, request.user(), KIND, lezing.problemen(), lezing.afgekapt(),
                    Duration.between(start, clock.instant()));
        }
        progress.records(lezing.regels().size());
        Map<String, SaveSummary> opgeslagen;
        try {
            opgeslagen = schrijver.schrijf(request.user(), lezing.peildatum(), lezing.regels());
        } catch (StoreException e) {
            throw new ImportFailure("De opslag weigerde de achterstandsscores; er is niets ingelezen. " + e.getMessage(), e);
        }
        List<ClassCount> classes = new ArrayList<>();
        opgeslagen.forEach((eClass, s) -> classes.add(new ClassCount(eClass, s.created(), s.updated(), s.unchanged(),
                LABELS.get(eClass))));
        return new ImportReport(name, request.user(), KIND, lezing.peildatum(), "xlsx", lezing.regels().size(),
                lezing.regels().size(), classes, List.of(), false, List.of(), Duration.between(start, clock.instant()));
    }
}
