package nl.wij.ihp.logic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed between two versions of a plan, project by project (matched on their number):
 * projects added, removed, and per changed project the fields with old and new value, including the
 * resulting cost and payer.
 */
public final class Planverschil {

    private final Plantotalen oud;
    private final Plantotalen nieuw;

    /** @param oud the rules of the old version (its normbedragen, doordecentralisatie); likewise {@code nieuw} */
    public Planverschil(Plantotalen oud, Plantotalen nieuw) {
        this.oud = oud;
        this.nieuw = nieuw;
    }

    /** The differences, ordered by project number; unchanged projects are left out. */
    public List<Wijziging> vergelijk(List<Planproject> oudeProjecten, List<Planproject> nieuweProjecten) {
        Map<Integer, Planproject> a = byNummer(oudeProjecten);
        Map<Integer, Planproject> b = byNummer(nieuweProjecten);
        TreeSet<Integer> nummers = new TreeSet<>(a.keySet());
        nummers.addAll(b.keySet());
        List<Wijziging> wijzigingen = new ArrayList<>();
        for (int nummer : nummers) {
            Planproject x = a.get(nummer);
            Planproject y = b.get(nummer);
            if (x == null) {
                wijzigingen.add(new Wijziging(nummer, y.naam(), Soort.TOEGEVOEGD, List.of()));
            } else if (y == null) {
                wijzigingen.add(new Wijziging(nummer, x.naam(), Soort.VERWIJDERD, List.of()));
            } else {
                List<Veld> velden = velden(x, y);
                if (!velden.isEmpty()) {
                    wijzigingen.add(new Wijziging(nummer, y.naam(), Soort.GEWIJZIGD, velden));
                }
            }
        }
        return wijzigingen;
    }

    private List<Veld> velden(Planproject x, Planproject y) {
        List<Veld> velden = new ArrayList<>();
        veld(velden, "naam", x, y, Planproject::naam);
        veld(velden, "soort", x, y, Planproject::soort);
        veld(velden, "jaar", x, y, Planproject::jaar);
        veld(velden, "m2", x, y, Planproject::m2);
        veld(velden, "status", x, y, Planproject::status);
        veld(velden, "prioriteit", x, y, Planproject::prioriteit);
        Plantotalen.Raming rx = oud.raming(x);
        Plantotalen.Raming ry = nieuw.raming(y);
        add(velden, "kosten", rx.kosten().orElse(null), ry.kosten().orElse(null));
        add(velden, "betaler", rx.betaler().orElse(null), ry.betaler().orElse(null));
        return velden;
    }

    private static void veld(List<Veld> velden, String naam, Planproject x, Planproject y, Function<Planproject, Object> get) {
        add(velden, naam, get.apply(x), get.apply(y));
    }

    private static void add(List<Veld> velden, String naam, Object oud, Object nieuw) {
        boolean gelijk = oud instanceof BigDecimal a && nieuw instanceof BigDecimal b ? a.compareTo(b) == 0
                : Objects.equals(oud, nieuw);
        if (!gelijk) {
            velden.add(new Veld(naam, Optional.ofNullable(oud).map(String::valueOf).orElse(null),
                    Optional.ofNullable(nieuw).map(String::valueOf).orElse(null)));
        }
    }

    private static Map<Integer, Planproject> byNummer(List<Planproject> projecten) {
        Map<Integer, Planproject> map = new TreeMap<>();
        for (Planproject project : projecten) {
            if (map.put(project.nummer(), project) != null) {
                throw new IllegalArgumentException("projectnummer " + project.nummer() + " komt twee keer voor");
            }
        }
        return map;
    }

    /** How a project differs. */
    public enum Soort {
        TOEGEVOEGD, VERWIJDERD, GEWIJZIGD
    }

    /** One project's difference; {@code velden} only for {@link Soort#GEWIJZIGD}. */
    public record Wijziging(int nummer, String naam, Soort soort, List<Veld> velden) {
    }

    /** One field's old and new value as text ({@code null} for none). */
    public record Veld(String naam, String oud, String nieuw) {
    }
}
