package nl.wij.core.importer;

import java.util.List;
import java.util.Objects;

/**
 * One vestiging from a DUO vestigingen file ({@link FileKind#VESTIGINGEN_PO} or
 * {@link FileKind#VESTIGINGEN_VO}). Text fields are trimmed (DUO pads blank fields with spaces); a blank
 * field is {@code null}.
 *
 * @param line physical line of the row (header = 1)
 * @param brin6 BRIN6, e.g. {@code 16AH00}
 * @param brin4 the instelling's BRIN, e.g. {@code 16AH}
 * @param bevoegdGezagNummer DUO bevoegd-gezagnummer (digits, as in the file)
 * @param naam vestigingsnaam
 * @param straat street of the visiting address
 * @param huisnummer house number with addition, e.g. {@code 36-B}
 * @param postcode postcode normalised to {@code 1234 AB} ({@link Codes#postcode(String)})
 * @param plaats plaatsnaam as DUO writes it (upper case)
 * @param gemeenteCode CBS gemeentecode, {@code GM0114}
 * @param gemeenteNaam gemeentenaam as in the file (DUO writes {@code S GRAVENHAGE}, upper case)
 * @param denominatie denominatie as in the file; DUO cuts it at 30 characters
 *        ({@code Samenwerking PC, RK, Alg. Bijz}), and it can be blank
 * @param provincie provincie
 * @param soort {@code vo} for a vo file; for a po file the value of a soort column when the file has one
 *        ({@code bo}, {@code sbo}, {@code so}, {@code vso}), otherwise {@code null}. The 2019 file
 *        {@code alle-vestigingen-bo.csv} has no such column: all 6,243 of its vestigingen that the po
 *        count file also lists are {@code Bo} there and none of the count file's sbo/so/vso vestigingen
 *        appear in it, so it is in practice a basisonderwijs-only file, but the file itself does not say
 *        so and DUO publishes sbo and (v)so address files in the same layout. The importer therefore
 *        does not guess: the soort comes from the pupil counts ({@link LeerlingtellingRecord#soort()}).
 * @param onderwijsstructuur for vo: the {@code /}-separated {@code ONDERWIJSSTRUCTUUR} split into
 *        upper-case parts, e.g. {@code [VBO, MAVO, PRO]} ({@code PRO} = praktijkonderwijs); empty for po
 * @param regios the regions of the vestiging's gemeente (nodaal gebied, RPA, WGR, COROP,
 *        onderwijsgebied, RMC), in that order, for each whose code is filled in
 */
public record VestigingRecord(long line, String brin6, String brin4, String bevoegdGezagNummer, String naam,
        String straat, String huisnummer, String postcode, String plaats, String gemeenteCode,
        String gemeenteNaam, String denominatie, String provincie, String soort, List<String> onderwijsstructuur,
        List<RegioRecord> regios) implements DuoRecord {

    public VestigingRecord {
        Objects.requireNonNull(brin6, "brin6");
        Objects.requireNonNull(brin4, "brin4");
        Objects.requireNonNull(gemeenteCode, "gemeenteCode");
        onderwijsstructuur = List.copyOf(onderwijsstructuur);
        regios = List.copyOf(regios);
    }

    /** Whether the vestiging offers praktijkonderwijs ({@code PRO} in its onderwijsstructuur). */
    public boolean praktijkonderwijs() {
        return onderwijsstructuur.contains("PRO");
    }

    /** The region of the given type, or {@code null} when the file names none. */
    public RegioRecord regio(RegioType type) {
        for (RegioRecord regio : regios) {
            if (regio.type() == type) {
                return regio;
            }
        }
        return null;
    }
}
