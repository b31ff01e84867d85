package nl.wij.goab.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bereik of voorschoolse educatie: placed doelgroeppeuters divided by doelgroeppeuters, per wijk and
 * in total, on a peildatum. A doelgroeppeuter on a day has a VE indicatie given on or before that day
 * and is of VE age then: at least the start age and younger than start age plus the VE period (the
 * rules valid on that day). Placed means a placement that runs on that day.
 */
public final class Bereik {

    /** The wijk of peuters without a wijk code. */
    public static final String ONBEKENDE_WIJK = "onbekend";

    private final Regelboek regels;

    public Bereik(Regelboek regels) {
        this.regels = regels;
    }

    /** Whether the peuter belongs to the doelgroep on {@code dag}. */
    public boolean doelgroep(Peuterfeiten peuter, LocalDate dag) {
        if (!peuter.geindiceerdOp(dag)) {
            return false;
        }
        LocalDate van = peuter.geboren().plusMonths(regels.geheel(Regel.veStartleeftijdMaanden, dag));
        LocalDate tot = van.plusMonths(regels.geheel(Regel.vePeriodeMaanden, dag));
        return !dag.isBefore(van) && dag.isBefore(tot);
    }

    /** Bereik per wijk (sorted by wijk code) and, last, the total with wijk {@code null}. */
    public List<Cijfer> opPeildatum(List<Peuterfeiten> peuters, LocalDate dag) {
        Map<String, int[]> perWijk = new TreeMap<>();
        int[] totaal = new int[2];
        for (Peuterfeiten peuter : peuters) {
            if (!doelgroep(peuter, dag)) {
                continue;
            }
            int[] wijk = perWijk.computeIfAbsent(peuter.wijk() == null ? ONBEKENDE_WIJK : peuter.wijk(), w -> new int[2]);
            wijk[0]++;
            totaal[0]++;
            if (peuter.geplaatstOp(dag)) {
                wijk[1]++;
                totaal[1]++;
            }
        }
        List<Cijfer> cijfers = new ArrayList<>();
        perWijk.forEach((wijk, n) -> cijfers.add(new Cijfer(wijk, dag, n[0], n[1])));
        cijfers.add(new Cijfer(null, dag, totaal[0], totaal[1]));
        return cijfers;
    }

    /** The total bereik on the last day of each quarter of {@code jaar}, with peuters who started in the quarter. */
    public List<Kwartaal> perKwartaal(List<Peuterfeiten> peuters, int jaar) {
        List<Kwartaal> kwartalen = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            LocalDate eerste = LocalDate.of(jaar, 3 * k - 2, 1);
            LocalDate laatste = eerste.plusMonths(3).minusDays(1);
            List<Cijfer> cijfers = opPeildatum(peuters, laatste);
            int gestart = (int) peuters.stream().filter(p -> p.plaatsing() != null
                    && !p.plaatsing().van().isBefore(eerste) && !p.plaatsing().van().isAfter(laatste)).count();
            kwartalen.add(new Kwartaal(jaar, k, cijfers.get(cijfers.size() - 1), gestart));
        }
        return kwartalen;
    }

    /**
     * Bereik in one wijk (or in total when {@code wijk} is {@code null}) on a day.
     *
     * @param doelgroep doelgroeppeuters
     * @param geplaatst of whom placed
     */
    public record Cijfer(String wijk, LocalDate peildatum, int doelgroep, int geplaatst) {

        /** Placed as a percentage of the doelgroep (one decimal), or {@code null} without doelgroep. */
        public BigDecimal percentage() {
            return doelgroep == 0 ? null
                    : BigDecimal.valueOf(geplaatst * 100L).divide(BigDecimal.valueOf(doelgroep), 1, RoundingMode.HALF_UP);
        }
    }

    /**
     * One quarter: the bereik on its last day and the peuters whose placement started in it.
     */
    public record Kwartaal(int jaar, int kwartaal, Cijfer bereik, int gestart) {
    }
}
