package nl.wij.ihp.web.impl.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.wij.core.store.StoreSession;
import nl.wij.ihp.logic.Capaciteitstoets;
import nl.wij.ihp.logic.Normbedragen;
import nl.wij.ihp.logic.Plantotalen;
import nl.wij.ihp.logic.Ruimtebehoefte;
import nl.wij.ihp.logic.Ruimtenorm;
import nl.wij.ihp.logic.Voorziening;
import nl.wij.ihp.model.IhpPackage;
import nl.wij.ihp.model.Normbedrag;
import nl.wij.ihp.model.Verordening;

/**
 * The parameters that apply to one gemeente in one year, turned into the logic's objects: the
 * gemeente's own verordening valid in that year, else the VNG defaults (no gemeente) valid then;
 * among several valid ones the latest {@code vanafJaar}. Normbedragen: per voorziening the
 * gemeente's own lines when it has any, else the VNG lines.
 */
record Parameterset(Verordening verordening, List<Ruimtenorm> normen, Normbedragen normbedragen) {

    private static final IhpPackage IHP = IhpPackage.eINSTANCE;

    /** The parameters for the gemeente in the year, from the given verordeningen and normbedragen. */
    static Parameterset laad(StoreSession session, List<Verordening> verordeningen, List<Normbedrag> normbedragen,
            String gemeente, int jaar) {
        Optional<Verordening> verordening = kies(verordeningen, gemeente, jaar);
        List<Ruimtenorm> normen = verordening.map(v -> session.list(IHP.getRuimtenorm(), IHP.getRuimtenorm_Verordening(), v)
                .stream().map(nl.wij.ihp.model.Ruimtenorm.class::cast).filter(n -> n.getPerLeerlingM2() != null)
                .map(n -> new Ruimtenorm(n.getCategorie(), n.getBasisM2(), n.getPerLeerlingM2())).toList()).orElse(List.of());
        return new Parameterset(verordening.orElse(null), normen, normbedragen(normbedragen, gemeente));
    }

    /** The parameters for the gemeente in the year, read in the session. */
    static Parameterset laad(StoreSession session, String gemeente, int jaar) {
        return laad(session, session.list(IHP.getVerordening()).stream().map(Verordening.class::cast).toList(),
                session.list(IHP.getNormbedrag()).stream().map(Normbedrag.class::cast).toList(), gemeente, jaar);
    }

    /** The verordening that applies, or empty when none is valid in that year. */
    static Optional<Verordening> kies(List<Verordening> alle, String gemeente, int jaar) {
        Comparator<Verordening> rang = Comparator.comparing((Verordening v) -> v.getGemeente() != null)
                .thenComparing(v -> v.getVanafJaar() == null ? Integer.MIN_VALUE : v.getVanafJaar());
        return alle.stream()
                .filter(v -> v.getGemeente() == null || v.getGemeente().getCode().equals(gemeente))
                .filter(v -> (v.getVanafJaar() == null || v.getVanafJaar() <= jaar) && (v.getTotJaar() == null || v.getTotJaar() >= jaar))
                .max(rang);
    }

    static Normbedragen normbedragen(List<Normbedrag> alle, String gemeente) {
        List<Normbedragen.Normbedrag> regels = new ArrayList<>();
        for (Voorziening voorziening : Voorziening.values()) {
            List<Normbedrag> eigen = alle.stream().filter(n -> n.getVoorziening().getLiteral().equals(voorziening.name()))
                    .filter(n -> n.getGemeente() != null && n.getGemeente().getCode().equals(gemeente)).toList();
            List<Normbedrag> gekozen = eigen.isEmpty() ? alle.stream()
                    .filter(n -> n.getVoorziening().getLiteral().equals(voorziening.name()) && n.getGemeente() == null).toList() : eigen;
            gekozen.forEach(n -> regels.add(new Normbedragen.Normbedrag(voorziening, n.getJaar(), n.getBedragPerM2(), n.getIndexProcent())));
        }
        return new Normbedragen(regels);
    }

    Ruimtebehoefte ruimtebehoefte() {
        return new Ruimtebehoefte(normen);
    }

    Capaciteitstoets toets() {
        return new Capaciteitstoets(verordening == null ? null : verordening.getUitbreidingsdrempelProcent());
    }

    Plantotalen plantotalen() {
        return new Plantotalen(normbedragen, verordening != null && verordening.isDoordecentralisatie());
    }

    /** The lifespan of a building in years, or {@code null} when no verordening sets one (no signalering then). */
    Integer levensduur() {
        return verordening == null ? null : verordening.getLevensduurJaren();
    }

    Integer opheffingsnorm() {
        return verordening == null ? null : verordening.getOpheffingsnorm();
    }

    BigDecimal drempel() {
        return verordening == null ? null : verordening.getUitbreidingsdrempelProcent();
    }
}
