package nl.wij.goab.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signaleringen of GOAB and VVE, from results of the other rules. Messages about peuters are
 * counts, never codes: the Problems view is seen by every user, and a peuter is person-level data.
 * Counts below {@value #KLEIN_AANTAL} are shown as "minder dan 5", as DUO does.
 */
public final class Signaleringen {

    /** Counts of persons below this are not shown exactly. */
    public static final int KLEIN_AANTAL = 5;

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private Signaleringen() {
    }

    /** How serious a signalering is. */
    public enum Ernst {
        FOUT, WAARSCHUWING, INFO
    }

    /** What a signalering is about. */
    public enum Soort {
        UREN, PBM, BEREIK, BESTEDING
    }

    /**
     * One signalering.
     *
     * @param sleutel stable within its kind (an LRK number and year, a measure and year, a wijk)
     */
    public record Signalering(Soort soort, String sleutel, Ernst ernst, String bericht) {
    }

    /**
     * Peuters whose planned hours cannot reach the minimum before they turn 4, counted over the
     * placements whose VE window has not ended on {@code vandaag}; empty when there are none.
     */
    public static Optional<Signalering> uren(List<VeUren.Raming> ramingen, LocalDate vandaag) {
        List<VeUren.Raming> tekort = ramingen.stream()
                .filter(r -> !r.vensterTot().isBefore(vandaag) && !r.haalbaar()).toList();
        if (tekort.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal minimum = tekort.get(0).minimum();
        String aantal = aantal(tekort.size());
        String wie = tekort.size() == 1 ? "Eén peuter kan"
                : Character.toUpperCase(aantal.charAt(0)) + aantal.substring(1) + " peuters kunnen";
        return Optional.of(new Signalering(Soort.UREN, "peuters", Ernst.WAARSCHUWING, wie + " met de geplande uren voor de"
                + " vierde verjaardag niet de " + getal(minimum) + " uur voorschoolse educatie halen. Bekijk de plaatsingen"
                + " onder Peuters."));
    }

    /** A locatie below the PBM-VE norm of a year. */
    public static Optional<Signalering> pbm(PbmNorm.Toets toets, String locatienaam) {
        if (toets.voldoet()) {
            return Optional.empty();
        }
        String inzet = toets.inzet() == null ? "geen uren vastgelegd" : getal(toets.inzet()) + " uur ingezet";
        return Optional.of(new Signalering(Soort.PBM, toets.lrkNummer() + "|" + toets.jaar(), Ernst.WAARSCHUWING,
                "VE-locatie " + locatienaam + " (LRK " + toets.lrkNummer() + ") haalt in " + toets.jaar()
                        + " de norm voor de pedagogisch beleidsmedewerker VE niet: " + inzet + ", de norm is "
                        + getal(toets.norm()) + " uur (" + toets.peutersOpEenJanuari() + " VE-peuters op 1 januari)."));
    }

    /**
     * Bereik below the gemeente's target: the total, and each wijk with at least
     * {@value #KLEIN_AANTAL} doelgroeppeuters.
     */
    public static List<Signalering> bereik(List<Bereik.Cijfer> cijfers, BigDecimal streefPercentage) {
        List<Signalering> signaleringen = new ArrayList<>();
        for (Bereik.Cijfer cijfer : cijfers) {
            BigDecimal percentage = cijfer.percentage();
            boolean telt = cijfer.wijk() == null ? cijfer.doelgroep() > 0 : cijfer.doelgroep() >= KLEIN_AANTAL;
            if (!telt || percentage == null || percentage.compareTo(streefPercentage) >= 0) {
                continue;
            }
            String waar = cijfer.wijk() == null ? "in de hele gemeente" : "in wijk " + cijfer.wijk();
            String aantallen = "(" + aantal(cijfer.geplaatst()) + " van " + aantal(cijfer.doelgroep()) + " doelgroeppeuters geplaatst)";
            // With a small count the exact percentage would give the count away: then only "below the target".
            String bericht = klein(cijfer.geplaatst()) || klein(cijfer.doelgroep())
                    ? "Het bereik van de voorschoolse educatie " + waar + " ligt op " + cijfer.peildatum()
                            + " onder de streefwaarde van " + getal(streefPercentage) + "% " + aantallen + "."
                    : "Het bereik van de voorschoolse educatie " + waar + " is op " + cijfer.peildatum() + " "
                            + getal(percentage) + "% " + aantallen + "; de gemeente streeft naar " + getal(streefPercentage) + "%.";
            signaleringen.add(new Signalering(Soort.BEREIK, cijfer.wijk() == null ? "totaal" : cijfer.wijk(),
                    Ernst.WAARSCHUWING, bericht));
        }
        return signaleringen;
    }

    /** A measure that spent more than its budget in a year. */
    public static Optional<Signalering> besteding(Besteding besteding, String maatregelnaam) {
        if (besteding.stand() != Besteding.Stand.OVERBESTEED) {
            return Optional.empty();
        }
        return Optional.of(new Signalering(Soort.BESTEDING, besteding.maatregel() + "|" + besteding.jaar(), Ernst.WAARSCHUWING,
                "Maatregel " + maatregelnaam + " is in " + besteding.jaar() + " overbesteed: " + euro(besteding.besteed())
                        + " besteed, " + euro(besteding.begroot()) + " begroot (" + getal(besteding.percentage()) + "%)."));
    }

    /** A count of persons as shown to everyone: exact from {@value #KLEIN_AANTAL}, else "minder dan 5". */
    public static String aantal(int personen) {
        return klein(personen) ? "minder dan " + KLEIN_AANTAL : Integer.toString(personen);
    }

    /** Whether a count of persons is too small to show: 1 to 4 (0 is shown). */
    public static boolean klein(int personen) {
        return personen > 0 && personen < KLEIN_AANTAL;
    }

    /** A number in Dutch notation, e.g. {@code 1.252} or {@code 62,5}. */
    public static String getal(BigDecimal waarde) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(NL));
        return format.format(waarde);
    }

    /** An amount in euro, e.g. {@code € 12.500,00}. */
    public static String euro(BigDecimal bedrag) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL));
        return "€ " + format.format(bedrag.setScale(2, RoundingMode.HALF_UP));
    }
}
