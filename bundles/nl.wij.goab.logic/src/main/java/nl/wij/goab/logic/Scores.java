package nl.wij.goab.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregates of the CBS achterstandsscores per gemeente: number of vestigingen, pupils, the sum of
 * the scores, and the share of pupils in schools with a high score. A school has a high score when
 * its score per 100 funded pupils is at least the threshold (the rule
 * {@link Regel#scoreHoogPer100Leerlingen}, valid on the peildatum).
 */
public final class Scores {

    private Scores() {
    }

    /** One school's score; {@code gemeente} is {@code null} when the vestiging has none. */
    public record School(String brin6, String gemeente, int leerlingen, BigDecimal score) {
    }

    /**
     * The figures of one gemeente.
     *
     * @param leerlingenHoog pupils in schools with a high score
     */
    public record Gemeente(String gemeente, int vestigingen, long leerlingen, BigDecimal somScore, long leerlingenHoog) {

        /** Share of pupils in schools with a high score, in percent (one decimal), or {@code null} without pupils. */
        public BigDecimal aandeelHoog() {
            return leerlingen == 0 ? null
                    : BigDecimal.valueOf(leerlingenHoog * 100).divide(BigDecimal.valueOf(leerlingen), 1, RoundingMode.HALF_UP);
        }
    }

    /** Whether the school's score per 100 pupils reaches the threshold. */
    public static boolean hoog(School school, BigDecimal drempelPer100) {
        if (school.leerlingen() <= 0 || school.score() == null) {
            return false;
        }
        return school.score().multiply(BigDecimal.valueOf(100))
                .compareTo(drempelPer100.multiply(BigDecimal.valueOf(school.leerlingen()))) >= 0;
    }

    /** Per gemeente, by gemeente code; schools without a gemeente are left out. */
    public static List<Gemeente> perGemeente(List<School> scholen, BigDecimal drempelPer100) {
        Map<String, List<School>> perGemeente = new TreeMap<>();
        for (School school : scholen) {
            if (school.gemeente() != null) {
                perGemeente.computeIfAbsent(school.gemeente(), g -> new ArrayList<>()).add(school);
            }
        }
        List<Gemeente> gemeenten = new ArrayList<>();
        perGemeente.forEach((code, lijst) -> {
            long leerlingen = 0;
            long hoog = 0;
            BigDecimal som = BigDecimal.ZERO;
            for (School s : lijst) {
                leerlingen += s.leerlingen();
                som = som.add(s.score() == null ? BigDecimal.ZERO : s.score());
                if (hoog(s, drempelPer100)) {
                    hoog += s.leerlingen();
                }
            }
            gemeenten.add(new Gemeente(code, lijst.size(), leerlingen, som, hoog));
        });
        return gemeenten;
    }
}
