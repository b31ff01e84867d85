package nl.wij.goab.model.support;

import java.time.LocalDate;

import nl.wij.core.model.support.Datums;
import nl.wij.goab.model.Achterstandsscore;
import nl.wij.goab.model.Doelgroepcriterium;
import nl.wij.goab.model.Doelgroepdefinitie;
import nl.wij.goab.model.Maatregeljaar;
import nl.wij.goab.model.PbmInzet;
import nl.wij.goab.model.RegelCode;
import nl.wij.goab.model.Regelparameter;
import nl.wij.goab.model.Uitkering;
import nl.wij.goab.model.Vakantie;

/**
 * The {@code sleutel} (iD attribute) of the GOAB classes without a natural key, by the rules of the
 * core model's {@code Sleutels}: parts joined by {@code |}, a {@code |} or {@code \} inside a part
 * escaped with {@code \}, dates as ISO days, enumerations by literal. Examples: uitkering
 * {@code GM0479|2024}, maatregeljaar {@code schakelklas-noord|2024}, regelparameter
 * {@code veMinimumUren|2020-08-01}, achterstandsscore {@code 16AH00|2019-10-01}.
 */
public final class GoabSleutels {

    private GoabSleutels() {
    }

    /** Uitkering and Doelgroepdefinitie: gemeente and year, e.g. {@code GM0479|2024}. */
    public static String gemeenteJaar(String gemeentecode, int jaar) {
        return join(required(gemeentecode, "gemeente"), Integer.toString(jaar));
    }

    public static String van(Uitkering uitkering) {
        return gemeenteJaar(uitkering.getGemeente() == null ? null : uitkering.getGemeente().getCode(), uitkering.getJaar());
    }

    public static String van(Doelgroepdefinitie definitie) {
        return gemeenteJaar(definitie.getGemeente() == null ? null : definitie.getGemeente().getCode(), definitie.getJaar());
    }

    /** A criterium: the definition's key and the criterium's code, e.g. {@code GM0479|2024|TAAL}. */
    public static String van(Doelgroepcriterium criterium) {
        if (criterium.getDefinitie() == null) {
            throw missing("definitie");
        }
        return criterium.getDefinitie().getSleutel() + '|' + join(required(criterium.getCode(), "code"));
    }

    /** Maatregeljaar: measure code and year, e.g. {@code schakelklas-noord|2024}. */
    public static String maatregeljaar(String maatregelcode, int jaar) {
        return join(required(maatregelcode, "maatregel"), Integer.toString(jaar));
    }

    public static String van(Maatregeljaar cijfers) {
        return maatregeljaar(cijfers.getMaatregel() == null ? null : cijfers.getMaatregel().getCode(), cijfers.getJaar());
    }

    /** PbmInzet: LRK number and year, e.g. {@code 123456789|2024}. */
    public static String van(PbmInzet inzet) {
        return join(required(inzet.getLocatie() == null ? null : inzet.getLocatie().getLrkNummer(), "locatie"),
                Integer.toString(inzet.getJaar()));
    }

    /** Regelparameter: rule and first valid day, e.g. {@code veMinimumUren|2020-08-01}. */
    public static String regelparameter(RegelCode regel, LocalDate geldigVanaf) {
        if (regel == null || geldigVanaf == null) {
            throw missing(regel == null ? "regel" : "eerste geldige dag");
        }
        return join(regel.getLiteral(), geldigVanaf.toString());
    }

    public static String van(Regelparameter parameter) {
        return regelparameter(parameter.getRegel(), Datums.dag(parameter.getGeldigVanaf()));
    }

    /** Vakantie: first day and name, e.g. {@code 2025-07-12|zomervakantie}. */
    public static String van(Vakantie vakantie) {
        LocalDate van = Datums.dag(vakantie.getVan());
        return join(van == null ? null : van.toString(), required(vakantie.getNaam(), "naam"));
    }

    /** Achterstandsscore: vestiging and peildatum, e.g. {@code 16AH00|2019-10-01}. */
    public static String achterstandsscore(String brin6, LocalDate peildatum) {
        if (peildatum == null) {
            throw missing("peildatum");
        }
        return join(required(brin6, "vestiging"), peildatum.toString());
    }

    public static String van(Achterstandsscore score) {
        return achterstandsscore(score.getVestiging() == null ? null : score.getVestiging().getBrin6(),
                Datums.dag(score.getPeildatum()));
    }

    private static String join(String... parts) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                key.append('|');
            }
            String part = parts[i] == null ? "" : parts[i].trim();
            for (int c = 0; c < part.length(); c++) {
                char ch = part.charAt(c);
                if (ch == '|' || ch == '\\') {
                    key.append('\\');
                }
                key.append(ch);
            }
        }
        return key.toString();
    }

    private static String required(String value, String part) {
        if (value == null || value.isBlank()) {
            throw missing(part);
        }
        return value.trim();
    }

    private static IllegalArgumentException missing(String part) {
        return new IllegalArgumentException("De sleutel vraagt een " + part + ".");
    }
}
