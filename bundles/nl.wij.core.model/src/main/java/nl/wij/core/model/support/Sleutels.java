package nl.wij.core.model.support;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

import nl.wij.core.model.Leerlingtelling;
import nl.wij.core.model.Onderwijssoort;
import nl.wij.core.model.Regio;
import nl.wij.core.model.RegioLidmaatschap;
import nl.wij.core.model.RegioType;

/**
 * The {@code sleutel} (iD attribute) of model classes without a natural key of their own.
 * <p>
 * The relational store keys every object on its iD attribute, so a key must follow from the facts
 * alone: importing the same row twice gives the same key. A key is its parts joined by {@code |};
 * an empty part is an unknown value (no leerjaar, no begin date); text parts are trimmed, and a
 * {@code |} or {@code \} inside a part is escaped with {@code \}. Dates are ISO days
 * ({@code 2019-10-01}), enumerations their literal ({@code bo}, {@code RMC}). Examples:
 * <ul>
 *   <li>regio: {@code RMC|08}</li>
 *   <li>regio-lidmaatschap: {@code RMC|08|GM0114|2019-08-01}</li>
 *   <li>leerlingtelling: {@code 16AH00|2019-10-01|bo||} and {@code 00AH00|2019-10-01|vo|HAVO lj 4-5|4}</li>
 *   <li>organisatie: {@code LRK|123456789}, {@code KVK|12345678}</li>
 * </ul>
 * Set the key when an object is created and whenever one of its parts changes.
 */
public final class Sleutels {

    /** Separates the parts of a key. */
    public static final char SCHEIDER = '|';

    private Sleutels() {
    }

    /** The key of a regio: its type and the code the source uses, e.g. {@code RMC|08}. */
    public static String regio(RegioType type, String code) {
        return join(literal(type, "regio", "soort"), required(code, "regio", "code"));
    }

    /** The key of a regio from its type and code. */
    public static String van(Regio regio) {
        return regio(regio.getType(), regio.getCode());
    }

    /**
     * The key of a membership: the regio's key, the gemeente code and the first day (empty when
     * unknown), e.g. {@code RMC|08|GM0114|2019-08-01}.
     */
    public static String regioLidmaatschap(String regioSleutel, String gemeentecode, LocalDate geldigVanaf) {
        String regio = required(regioSleutel, "regio-lidmaatschap", "regio");
        return regio + SCHEIDER + join(required(gemeentecode, "regio-lidmaatschap", "gemeente"), day(geldigVanaf));
    }

    /** The key of a membership from its regio, gemeente and first day. */
    public static String van(RegioLidmaatschap lidmaatschap) {
        if (lidmaatschap.getRegio() == null || lidmaatschap.getGemeente() == null) {
            throw missing("regio-lidmaatschap", lidmaatschap.getRegio() == null ? "regio" : "gemeente");
        }
        return regioLidmaatschap(van(lidmaatschap.getRegio()), lidmaatschap.getGemeente().getCode(),
                Datums.dag(lidmaatschap.getGeldigVanaf()));
    }

    /**
     * The key of a pupil count: vestiging, peildatum, soort, onderwijstype (empty when the count
     * covers all types) and leerjaar (empty when it covers all years), e.g.
     * {@code 16AH00|2019-10-01|bo||}.
     */
    public static String leerlingtelling(String brin6, LocalDate peildatum, Onderwijssoort soort,
            String onderwijstype, Integer leerjaar) {
        if (peildatum == null) {
            throw missing("leerlingtelling", "peildatum");
        }
        return join(required(brin6, "leerlingtelling", "vestiging (BRIN6)"), day(peildatum),
                literal(soort, "leerlingtelling", "soort"), onderwijstype, leerjaar == null ? null : leerjaar.toString());
    }

    /** The key of a pupil count from its vestiging, peildatum, soort, onderwijstype and leerjaar. */
    public static String van(Leerlingtelling telling) {
        if (telling.getVestiging() == null) {
            throw missing("leerlingtelling", "vestiging (BRIN6)");
        }
        return leerlingtelling(telling.getVestiging().getBrin6(), Datums.dag(telling.getPeildatum()), telling.getSoort(),
                telling.getOnderwijstype(), telling.getLeerjaar());
    }

    /**
     * The key of an organisatie: the register (upper case) and the number in it, e.g.
     * {@code LRK|123456789} for a kinderopvanglocatie or {@code KVK|12345678}.
     */
    public static String organisatie(String register, String nummer) {
        return join(required(register, "organisatie", "register").toUpperCase(Locale.ROOT),
                required(nummer, "organisatie", "nummer"));
    }

    private static String join(String... parts) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                key.append(SCHEIDER);
            }
            String part = parts[i] == null ? "" : parts[i].trim();
            for (int c = 0; c < part.length(); c++) {
                char ch = part.charAt(c);
                if (ch == SCHEIDER || ch == '\\') {
                    key.append('\\');
                }
                key.append(ch);
            }
        }
        return key.toString();
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String literal(Enumerator value, String what, String part) {
        if (value == null) {
            throw missing(what, part);
        }
        return value.getLiteral();
    }

    private static String required(String value, String what, String part) {
        if (value == null || value.isBlank()) {
            throw missing(what, part);
        }
        return value.trim();
    }

    private static IllegalArgumentException missing(String what, String part) {
        return new IllegalArgumentException("De sleutel van een " + what + " vraagt een " + part + ".");
    }
}
