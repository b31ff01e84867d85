package nl.wij.goab.logic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The rules as the law sets them from 1 August 2020 (hours) and 1 January 2022 (PBM-VE), plus a bereik target. */
final class Wettelijk {

    static final LocalDate AUG_2020 = LocalDate.of(2020, 8, 1);

    private Wettelijk() {
    }

    static Regelboek regels() {
        return new Regelboek(List.of(
                p(Regel.veMinimumUren, 960, AUG_2020),
                p(Regel.vePeriodeMaanden, 18, AUG_2020),
                p(Regel.veStartleeftijdMaanden, 30, AUG_2020),
                p(Regel.veMaximumUrenPerDag, 6, AUG_2020),
                p(Regel.pbmUrenPerPeuter, 10, LocalDate.of(2022, 1, 1)),
                p(Regel.bereikStreefPercentage, 80, AUG_2020)));
    }

    static Parameter p(Regel regel, double waarde, LocalDate vanaf) {
        return new Parameter(regel, BigDecimal.valueOf(waarde), vanaf, null);
    }
}
