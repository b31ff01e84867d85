package nl.wij.goab.logic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks on input that the model's types cannot express: a peuter born in the future, more than
 * 24 hours in a day, a placement that ends before it starts, an amount for a year without uitkering.
 * Each check returns its findings; an empty list means the input may be saved.
 */
public final class Invoercontrole {

    private static final BigDecimal DAG = BigDecimal.valueOf(24);

    private Invoercontrole() {
    }

    /**
     * @param vandaag today, for "born in the future"
     * @param urenPerDag the five planned hours, Monday to Friday (may be empty when not planned)
     */
    public static List<Bevinding> peuter(LocalDate vandaag, LocalDate geboren, LocalDate indicatie, List<BigDecimal> urenPerDag,
            LocalDate plaatsingVan, LocalDate plaatsingTot) {
        List<Bevinding> bevindingen = new ArrayList<>();
        if (geboren == null) {
            bevindingen.add(new Bevinding("geboortedatum", "Vul de geboortedatum in."));
        } else if (geboren.isAfter(vandaag)) {
            bevindingen.add(new Bevinding("geboortedatum", "De geboortedatum " + geboren + " ligt in de toekomst."));
        }
        if (geboren != null && indicatie != null && indicatie.isBefore(geboren)) {
            bevindingen.add(new Bevinding("indicatiedatum", "De indicatiedatum " + indicatie + " ligt voor de geboortedatum."));
        }
        if (!urenPerDag.isEmpty() && urenPerDag.size() != 5) {
            bevindingen.add(new Bevinding("urenPerDag", "Geef vijf waarden, maandag tot en met vrijdag; gekregen: "
                    + urenPerDag.size() + "."));
        }
        String[] dagen = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"};
        for (int i = 0; i < urenPerDag.size() && i < dagen.length; i++) {
            BigDecimal uren = urenPerDag.get(i);
            if (uren == null || uren.signum() < 0 || uren.compareTo(DAG) > 0) {
                bevindingen.add(new Bevinding("urenPerDag", "Uren op " + dagen[i] + " moeten tussen 0 en 24 liggen; gekregen: "
                        + (uren == null ? "niets" : uren.toPlainString()) + "."));
            }
        }
        if (plaatsingTot != null && plaatsingVan == null) {
            bevindingen.add(new Bevinding("plaatsingVanaf", "Een plaatsing met een einddatum heeft ook een begindatum nodig."));
        }
        if (plaatsingVan != null && plaatsingTot != null && plaatsingTot.isBefore(plaatsingVan)) {
            bevindingen.add(new Bevinding("plaatsingTot", "De plaatsing eindigt (" + plaatsingTot + ") voordat zij begint ("
                    + plaatsingVan + ")."));
        }
        if (geboren != null && plaatsingVan != null && plaatsingVan.isBefore(geboren)) {
            bevindingen.add(new Bevinding("plaatsingVanaf", "De plaatsing begint voor de geboortedatum."));
        }
        return bevindingen;
    }

    /**
     * Figures of a measure in a year.
     *
     * @param uitkeringsjaren the years for which an uitkering GOAB is recorded
     */
    public static List<Bevinding> maatregeljaar(int jaar, Set<Integer> uitkeringsjaren, Integer plaatsen, Integer deelnemers,
            BigDecimal begroot, BigDecimal besteed) {
        List<Bevinding> bevindingen = new ArrayList<>();
        if (!uitkeringsjaren.contains(jaar)) {
            bevindingen.add(new Bevinding("jaar", "Voor " + jaar + " is geen uitkering GOAB vastgelegd; leg eerst het budget"
                    + " van dat jaar vast" + (uitkeringsjaren.isEmpty() ? "." : " (bekende jaren: "
                    + uitkeringsjaren.stream().sorted().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + ").")));
        }
        nietNegatief(bevindingen, "plaatsen", plaatsen == null ? null : BigDecimal.valueOf(plaatsen), "Het aantal plaatsen");
        nietNegatief(bevindingen, "deelnemers", deelnemers == null ? null : BigDecimal.valueOf(deelnemers), "Het aantal deelnemers");
        nietNegatief(bevindingen, "begroot", begroot, "Het begrote bedrag");
        nietNegatief(bevindingen, "besteed", besteed, "Het bestede bedrag");
        return bevindingen;
    }

    /** An uitkering: a plausible year and a non-negative amount. */
    public static List<Bevinding> uitkering(int jaar, BigDecimal bedrag) {
        List<Bevinding> bevindingen = new ArrayList<>();
        if (jaar < 2000 || jaar > 2100) {
            bevindingen.add(new Bevinding("jaar", "Het jaar " + jaar + " ligt niet tussen 2000 en 2100."));
        }
        if (bedrag == null) {
            bevindingen.add(new Bevinding("bedrag", "Vul het bedrag van de uitkering in."));
        }
        nietNegatief(bevindingen, "bedrag", bedrag, "Het bedrag");
        return bevindingen;
    }

    private static void nietNegatief(List<Bevinding> bevindingen, String veld, BigDecimal waarde, String wat) {
        if (waarde != null && waarde.signum() < 0) {
            bevindingen.add(new Bevinding(veld, wat + " mag niet negatief zijn; gekregen: " + waarde.toPlainString() + "."));
        }
    }
}
