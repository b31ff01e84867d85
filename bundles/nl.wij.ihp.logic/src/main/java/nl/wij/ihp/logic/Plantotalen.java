package nl.wij.ihp.logic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cost of a plan per year and payer. A project counts unless it is {@code vervallen}; its cost is
 * its own estimate or m2 times the indexed normbedrag ({@link Normbedragen#raming}); its payer is the
 * one it names or the legal one ({@link Voorziening#betaler}). Projects without a cost or a payer are
 * listed apart ({@link Totalen#onvolledig()}), never counted as zero.
 */
public final class Plantotalen {

    private final Normbedragen normbedragen;
    private final boolean doordecentralisatie;

    public Plantotalen(Normbedragen normbedragen, boolean doordecentralisatie) {
        this.normbedragen = normbedragen;
        this.doordecentralisatie = doordecentralisatie;
    }

    /** The cost and payer of one project (either may be empty). */
    public Raming raming(Planproject project) {
        return new Raming(project, normbedragen.raming(project.soort(), project.jaar(), project.m2(), project.eigenRaming()),
                project.soort().betaler(doordecentralisatie, project.afwijkendeBetaler()));
    }

    /** Totals per year (ascending) and payer over the projects that count. */
    public Totalen totalen(List<Planproject> projecten) {
        Map<Integer, Map<Betaler, BigDecimal>> perJaar = new TreeMap<>();
        Map<Betaler, BigDecimal> perBetaler = new EnumMap<>(Betaler.class);
        List<Raming> onvolledig = new ArrayList<>();
        BigDecimal totaal = BigDecimal.ZERO;
        for (Planproject project : projecten) {
            if (!project.telt()) {
                continue;
            }
            Raming raming = raming(project);
            if (raming.kosten().isEmpty() || raming.betaler().isEmpty()) {
                onvolledig.add(raming);
                continue;
            }
            BigDecimal kosten = raming.kosten().get();
            perJaar.computeIfAbsent(project.jaar(), j -> new EnumMap<>(Betaler.class))
                    .merge(raming.betaler().get(), kosten, BigDecimal::add);
            perBetaler.merge(raming.betaler().get(), kosten, BigDecimal::add);
            totaal = totaal.add(kosten);
        }
        return new Totalen(perJaar, perBetaler, totaal, onvolledig);
    }

    /** A project's cost and payer, each empty when unknown. */
    public record Raming(Planproject project, Optional<BigDecimal> kosten, Optional<Betaler> betaler) {
    }

    /**
     * @param perJaar per execution year (ascending) the cost per payer
     * @param perBetaler the cost per payer over all years
     * @param totaal all counted costs
     * @param onvolledig projects left out because their cost or payer is unknown
     */
    public record Totalen(Map<Integer, Map<Betaler, BigDecimal>> perJaar, Map<Betaler, BigDecimal> perBetaler,
            BigDecimal totaal, List<Raming> onvolledig) {

        /** The cost of one year and payer (zero when none). */
        public BigDecimal van(int jaar, Betaler betaler) {
            return perJaar.getOrDefault(jaar, Map.of()).getOrDefault(betaler, BigDecimal.ZERO);
        }
    }
}
