package nl.wij.ihp.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules behind the IHP signaleringen. Each takes the facts and the parameters; none reads a clock
 * (the caller passes the year to judge).
 */
public final class Signaleringsregels {

    /** How many consecutive counted years below the opheffingsnorm cost a school its funding. */
    public static final int OPHEFFING_JAREN = 3;

    private Signaleringsregels() {
    }

    /**
     * The first forecast year with a shortage above the threshold.
     *
     * @param prognose per forecast year the comparison of need and space
     */
    public static Optional<Integer> eersteTekortjaar(Map<Integer, Capaciteitstoets.Uitkomst> prognose) {
        return new TreeMap<>(prognose).entrySet().stream().filter(e -> e.getValue().oordeel() == Oordeel.TEKORT)
                .map(Map.Entry::getKey).findFirst();
    }

    /**
     * Whether a building has outlived its lifespan without a project: older than {@code levensduurJaren}
     * in {@code peiljaar} (a 1980 building with a 40-year lifespan is 40 in 2020, older from 2021).
     * An unknown building year is never reported.
     */
    public static boolean verouderdZonderProject(Integer bouwjaar, int levensduurJaren, int peiljaar, boolean heeftProject) {
        return bouwjaar != null && !heeftProject && peiljaar - bouwjaar > levensduurJaren;
    }

    /**
     * What is wrong with a building's indoor climate: Frisse Scholen class C (the legal minimum only), and
     * no ventilation measurement (not measured, or not known to be measured). Empty when neither.
     */
    public static List<String> binnenklimaat(String frisseScholenKlasse, Boolean ventilatieGemeten) {
        List<String> bevindingen = new ArrayList<>();
        if ("C".equals(frisseScholenKlasse)) {
            bevindingen.add("Frisse Scholen klasse C");
        }
        if (!Boolean.TRUE.equals(ventilatieGemeten)) {
            bevindingen.add("geen ventilatiemeting bekend");
        }
        return bevindingen;
    }

    /**
     * The latest run of at least {@value #OPHEFFING_JAREN} consecutive counted years in which the pupil
     * count was below the opheffingsnorm, or empty. A year without a count breaks the run: it is not
     * known to be below. An exempted vestiging (50 km / 10 km) is never reported.
     *
     * @param tellingen pupils per count year (1 October)
     */
    public static Optional<List<Integer>> onderOpheffingsnorm(Map<Integer, Integer> tellingen, int norm, boolean vrijgesteld) {
        if (vrijgesteld) {
            return Optional.empty();
        }
        List<Integer> reeks = new ArrayList<>();
        List<Integer> laatste = null;
        Integer vorig = null;
        for (Map.Entry<Integer, Integer> telling : new TreeMap<>(tellingen).entrySet()) {
            int jaar = telling.getKey();
            boolean onder = telling.getValue() != null && telling.getValue() < norm;
            if (!onder || (vorig != null && jaar != vorig + 1)) {
                reeks = new ArrayList<>();
            }
            if (onder) {
                reeks.add(jaar);
                if (reeks.size() >= OPHEFFING_JAREN) {
                    laatste = List.copyOf(reeks);
                }
            }
            vorig = jaar;
        }
        return Optional.ofNullable(laatste);
    }
}
