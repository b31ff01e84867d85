package nl.wij.core.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One pupil count: the analyst view {@code core.leerlingtelling(brin6, peildatum, soort, onderwijstype,
 * leerjaar, aantal, onderdrukt)} has one row per record.
 * <p>
 * For {@link FileKind#LEERLINGEN_PO} one row of the file is one record (key brin6 + peildatum + soort: a
 * vestiging with both so and vso pupils has two rows). For {@link FileKind#LEERLINGEN_VO} the file has
 * one row per vestiging, onderwijstype and opleiding (elementcode) with counts per leerjaar and sex; the
 * record is the sum over opleidingen and both sexes for one vestiging, onderwijstype and leerjaar (see
 * {@link Aantal#plus(Aantal)} for suppressed parts). Leerjaren whose sum is a known zero are left out:
 * DUO prints all six leerjaren for every onderwijstype, so {@code HAVO lj 4-5} would otherwise produce
 * four meaningless zero rows per vestiging.
 *
 * @param line physical line of the (first) source row
 * @param brin6 the vestiging
 * @param peildatum the count date (1 October of the school year)
 * @param soort lower case: {@code bo}, {@code sbo}, {@code so}, {@code vso} or {@code vo}
 * @param onderwijstype DUO's onderwijstype text for vo (e.g. {@code Praktijkonderwijs alle vj},
 *        {@code HAVO lj 4-5}); {@code null} for po
 * @param leerjaar leerjaar (or verblijfsjaar) 1 to 6 for vo; {@code null} for po
 * @param aantal number of pupils; {@code null} exactly when {@code onderdrukt}
 * @param onderdrukt DUO suppressed the count ({@code <5}), or a part of the sum
 * @param vestiging what the count file says about the vestiging
 * @param gemiddeldeAfstandMeter for po: mean distance in metres between pupils' home and the vestiging
 *        ({@code AFSTAND}); {@code null} when the file has none
 */
public record LeerlingtellingRecord(long line, String brin6, LocalDate peildatum, String soort, String onderwijstype,
        Integer leerjaar, Integer aantal, boolean onderdrukt, VestigingKenmerken vestiging,
        BigDecimal gemiddeldeAfstandMeter) implements DuoRecord {

    public LeerlingtellingRecord {
        Objects.requireNonNull(brin6, "brin6");
        Objects.requireNonNull(peildatum, "peildatum");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(vestiging, "vestiging");
        new Aantal(aantal, onderdrukt); // validates: suppressed <=> no value, never negative
    }
}
