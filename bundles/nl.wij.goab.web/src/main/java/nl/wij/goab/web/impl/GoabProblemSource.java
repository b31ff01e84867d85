package nl.wij.goab.web.impl;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.model.support.Datums;
import nl.wij.core.store.ModelStore;
import nl.wij.core.store.StoreException;
import nl.wij.goab.logic.Bereik;
import nl.wij.goab.logic.Besteding;
import nl.wij.goab.logic.OntbrekendeRegel;
import nl.wij.goab.logic.PbmNorm;
import nl.wij.goab.logic.Periode;
import nl.wij.goab.logic.Peuterfeiten;
import nl.wij.goab.logic.Regel;
import nl.wij.goab.logic.Regelboek;
import nl.wij.goab.logic.Signaleringen;
import nl.wij.goab.logic.VeUren;
import nl.wij.goab.logic.Weekrooster;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.Maatregeljaar;
import nl.wij.goab.model.PbmInzet;
import nl.wij.goab.model.Peuter;
import nl.wij.goab.model.VeLocatie;
import nl.wij.workbench.api.Problem;
import nl.wij.workbench.api.ProblemSource;

/**
 * The signaleringen of GOAB and VVE, computed from the store when the Problems view asks: peuters
 * whose planned hours cannot reach the minimum before age 4 (a count, never a code), VE-locaties
 * below the PBM-VE norm this year, bereik below the gemeente's target, measures overspent. Each links
 * to the view that shows it. A rule without a valid value is itself reported.
 */
@Component
public final class GoabProblemSource implements ProblemSource {

    private static final Logger LOG = LoggerFactory.getLogger(GoabProblemSource.class);
    private static final String ID = GoabContribution.PREFIX + ".problem/";
    private static final String SOURCE = "Onderwijskansen";

    private final ModelStore store;
    private final GoabPackage goab;
    private final Clock clock;

    @Activate
    public GoabProblemSource(@Reference ModelStore store, @Reference GoabPackage goab) {
        this(store, goab, Clock.systemDefaultZone());
    }

    GoabProblemSource(ModelStore store, GoabPackage goab, Clock clock) {
        this.store = store;
        this.goab = goab;
        this.clock = clock;
    }

    @Override
    public List<Problem> problems() {
        try {
            return store.read(session -> signaleringen(new Gegevens(goab, session)));
        } catch (StoreException e) {
            LOG.debug("Signaleringen onderwijskansen niet beschikbaar: {}", e.getMessage());
            return List.of();
        }
    }

    private List<Problem> signaleringen(Gegevens gegevens) {
        LocalDate vandaag = LocalDate.now(clock);
        Regelboek regels = gegevens.regels();
        List<Problem> problems = new ArrayList<>();
        List<Peuter> peuters = gegevens.peuters();
        List<Peuterfeiten> feiten = peuters.stream().map(Gegevens::feiten).toList();

        regel(problems, () -> {
            VeUren uren = new VeUren(regels);
            List<Periode> vakanties = gegevens.vakanties();
            List<VeUren.Raming> ramingen = new ArrayList<>();
            for (Peuter p : peuters) {
                Weekrooster rooster = Gegevens.rooster(p);
                if (rooster != null && p.getPlaatsingVanaf() != null) {
                    ramingen.add(uren.raming(Datums.dag(p.getGeboortedatum()), Gegevens.feiten(p).plaatsing(), rooster, vakanties));
                }
            }
            return Signaleringen.uren(ramingen, vandaag).stream().toList();
        }, GoabContribution.PEUTERS);

        regel(problems, () -> {
            int jaar = vandaag.getYear();
            PbmNorm norm = new PbmNorm(regels);
            Map<String, BigDecimal> inzet = gegevens.lijst(goab.getPbmInzet(), PbmInzet.class).stream()
                    .filter(i -> i.getJaar() == jaar).collect(Collectors.toMap(i -> i.getLocatie().getLrkNummer(), PbmInzet::getUren));
            Map<String, List<Peuterfeiten>> perLocatie = feiten.stream().filter(f -> f.locatie() != null)
                    .collect(Collectors.groupingBy(Peuterfeiten::locatie));
            List<Signaleringen.Signalering> lijst = new ArrayList<>();
            for (VeLocatie l : gegevens.lijst(goab.getVeLocatie(), VeLocatie.class)) {
                PbmNorm.Toets toets = norm.toets(l.getLrkNummer(), jaar, perLocatie.getOrDefault(l.getLrkNummer(), List.of()),
                        inzet.get(l.getLrkNummer()));
                Signaleringen.pbm(toets, l.getLocatie().getNaam()).ifPresent(lijst::add);
            }
            return lijst;
        }, GoabContribution.LOCATIES);

        regel(problems, () -> {
            Optional<BigDecimal> streef = regels.zoek(Regel.bereikStreefPercentage, vandaag);
            return streef.map(s -> Signaleringen.bereik(new Bereik(regels).opPeildatum(feiten, vandaag), s)).orElse(List.of());
        }, GoabContribution.MONITOR);

        regel(problems, () -> {
            Map<String, String> namen = gegevens.lijst(goab.getMaatregel(), nl.wij.goab.model.Maatregel.class).stream()
                    .collect(Collectors.toMap(m -> m.getCode(), m -> m.getNaam()));
            List<Signaleringen.Signalering> lijst = new ArrayList<>();
            for (Maatregeljaar j : gegevens.maatregeljaren()) {
                String code = j.getMaatregel().getCode();
                Signaleringen.besteding(new Besteding(code, j.getJaar(), j.getBegroot(), j.getBesteed()),
                        namen.getOrDefault(code, code)).ifPresent(lijst::add);
            }
            return lijst;
        }, GoabContribution.BUDGET);
        return problems;
    }

    @FunctionalInterface
    private interface Regelwerk {
        List<Signaleringen.Signalering> signaleringen();
    }

    /** Runs one rule; a rule without a valid value becomes a signalering itself. */
    private static void regel(List<Problem> problems, Regelwerk regel, String view) {
        try {
            regel.signaleringen().forEach(s -> problems.add(new Problem(ID + s.soort().name().toLowerCase(java.util.Locale.ROOT) + "/" + s.sleutel(),
                    Problem.Severity.valueOf(s.ernst().name()), s.bericht(), SOURCE, view)));
        } catch (OntbrekendeRegel e) {
            problems.add(new Problem(ID + "regel/" + e.regel().name(), Problem.Severity.INFO, e.getMessage(), SOURCE,
                    GoabContribution.DOELGROEP));
        }
    }
}
