package nl.wij.ihp.imports.impl;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.wij.core.importer.ImportProblem;
import nl.wij.core.imports.ClassCount;
import nl.wij.core.imports.FileImporter;
import nl.wij.core.imports.ImportFailure;
import nl.wij.core.imports.ImportKind;
import nl.wij.core.imports.ImportProgress;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.SaveSummary;
import nl.wij.core.store.StoreException;
import nl.wij.ihp.model.IhpPackage;

/**
 * The IHP's forecast files in the workbench's import (upload view, {@code POST /api/import},
 * {@code wij import FILE --kind ihp-prognose-duo}): DUO's po forecast and the gemeente's own
 * forecast. Present while the store has the IHP package. One store transaction per file; a file with
 * any problem (in a line, or a vestiging the store does not know) writes nothing; importing the same
 * file again leaves every forecast unchanged.
 */
@Component(service = FileImporter.class, property = "osgi.ds.satisfying.condition.target="
        + "(&(osgi.condition.id=" + ModelStore.PACKAGE_CONDITION + ")(emf.nsURI=" + IhpPackage.eNS_URI + "))")
public final class PrognoseImporter implements FileImporter {

    static final List<ImportKind> KINDS = List.of(
            new ImportKind(Prognosebestand.Soort.DUO.id, "Leerlingprognose po (DUO)",
                    "De prognose van DUO per vestiging in het primair onderwijs (open onderwijsdata, wpoprognoses):"
                            + " INSTELLINGSCODE, VESTIGINGSCODE, TYPE_PO, JAAR, PROGNOSEAANTALLEN. Vult de leerlingprognoses"
                            + " van onderwijshuisvesting.", List.of(".csv")),
            new ImportKind(Prognosebestand.Soort.GEMEENTE.id, "Eigen leerlingprognose (gemeente)",
                    "Een eigen prognose van de gemeente of haar bureau: BRIN6, JAAR, LEERLINGEN, en eventueel ONDERWIJSTYPE"
                            + " en OPGESTELD (het jaar van opstellen). Gaat voor de prognose van DUO.", List.of(".csv")));

    private final ModelStore store;

    @Activate
    public PrognoseImporter(@Reference ModelStore store) {
        this.store = store;
    }

    @Override
    public List<ImportKind> kinds() {
        return KINDS;
    }

    @Override
    public Optional<String> recognise(Path file) throws IOException {
        return Prognosebestand.herken(file).map(s -> s.id);
    }

    @Override
    public ImportReport importFile(Path file, String kind, ImportRequest request, ImportProgress progress) {
        long start = System.nanoTime();
        String name = file.getFileName().toString();
        Prognosebestand.Soort soort = Prognosebestand.Soort.DUO.id.equals(kind) ? Prognosebestand.Soort.DUO : Prognosebestand.Soort.GEMEENTE;
        Prognosebestand.Gelezen gelezen;
        try {
            gelezen = Prognosebestand.lees(file, soort, name);
        } catch (IOException e) {
            return ImportReport.refused(name, request.user(), kind, List.of(new ImportProblem(name, 0, null, 0,
                    "Het bestand is niet te lezen: " + e.getMessage(), null)), false, since(start));
        }
        if (!gelezen.problemen().isEmpty()) {
            return ImportReport.refused(name, request.user(), kind, gelezen.problemen(), gelezen.afgebroken(), since(start));
        }
        try {
            SaveSummary summary = Prognoseschrijver.schrijf(store, request.user(), gelezen, name);
            progress.records(gelezen.prognoses().size());
            return new ImportReport(name, request.user(), kind, null, gelezen.encoding(), gelezen.regels(), gelezen.prognoses().size(),
                    List.of(new ClassCount("Leerlingprognose", summary.created(), summary.updated(), summary.unchanged())),
                    List.of(), false, List.of(), since(start));
        } catch (Prognoseschrijver.Geweigerd e) {
            return ImportReport.refused(name, request.user(), kind, e.problemen, false, since(start));
        } catch (StoreException e) {
            throw new ImportFailure(name + " is niet ingelezen, er is niets veranderd: " + e.getMessage(), e);
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
