package nl.wij.goab.imports.impl;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.wij.core.importer.ImportProblem;
import nl.wij.core.store.SaveSummary;

/**
 * Reads a CBS score file and, when it has no problems, writes it: all rows in one transaction or
 * nothing.
 */
final class ScoreImport {

    private final ScoreSchrijver schrijver;
    private final Clock clock;

    ScoreImport(ScoreSchrijver schrijver, Clock clock) {
        this.schrijver = schrijver;
        this.clock = clock;
    }

    /**
     * What happened to one file.
     *
     * @param opgeslagen per class what was saved; empty when the file was refused
     */
    record Uitslag(String bestand, String blad, LocalDate peildatum, long rijen, Map<String, SaveSummary> opgeslagen,
            List<ImportProblem> problemen, boolean afgekapt, Duration duur) {

        boolean aanvaard() {
            return problemen.isEmpty();
        }
    }

    Uitslag importeer(Path file, String user, LocalDate peildatum) {
        Instant start = clock.instant();
        Scoreblad.Lezing lezing = Scoreblad.lees(file, peildatum);
        Map<String, SaveSummary> opgeslagen = lezing.problemen().isEmpty()
                ? schrijver.schrijf(user, lezing.peildatum(), lezing.regels())
                : Map.of();
        return new Uitslag(file.getFileName().toString(), lezing.blad(), lezing.peildatum(), lezing.regels().size(),
                opgeslagen, lezing.problemen(), lezing.afgekapt(), Duration.between(start, clock.instant()));
    }
}
