package nl.wij.core.importer.impl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import nl.wij.core.importer.Aantal;
import nl.wij.core.importer.Codes;
import nl.wij.core.importer.DuoRecord;
import nl.wij.core.importer.LeerlingtellingRecord;
import nl.wij.core.importer.VestigingKenmerken;

/**
 * Rows of the po count file ({@code gemiddelde-afstand-...-2019-2020.csv}) to one
 * {@link LeerlingtellingRecord} each. The key is brin6 + peildatum + soort: DUO lists a vestiging with
 * both so and vso pupils twice (164 vestigingen in 2019).
 */
final class PoTellingMapper implements RowMapper {

    static final List<Column> REQUIRED = List.of(Column.VESTIGING, Column.SOORT_PO, Column.LEERLINGEN);

    private final PeildatumRule peildatum;
    private final DuplicateKeys keys = new DuplicateKeys();

    PoTellingMapper(PeildatumRule peildatum) {
        this.peildatum = peildatum;
    }

    @Override
    public void map(Row row, Consumer<DuoRecord> out) {
        String brin6 = row.brin6();
        LocalDate datum = peildatum.forRow(row);
        String soort = row.parse(Column.SOORT_PO, Codes::soortPo);
        Aantal aantal = row.parse(Column.LEERLINGEN, Codes::aantal);
        BigDecimal afstand = row.parseOptional(Column.AFSTAND, Codes::decimaal);
        String gemeente = row.parseOptional(Column.GEMEENTENUMMER, Codes::gemeenteCode);
        if (row.failed()) {
            return;
        }
        long earlier = keys.seen(keys.key(brin6, soort, datum), row.line());
        if (earlier > 0) {
            row.problem(row.header().indexOf(Column.VESTIGING), "telling voor " + brin6 + " (" + soort + ", "
                    + datum + ") staat ook op regel " + earlier, brin6);
            return;
        }
        VestigingKenmerken kenmerken = new VestigingKenmerken(row.text(Column.NAAM), row.text(Column.PLAATS),
                Codes.postcode(row.text(Column.POSTCODE)), gemeente, row.text(Column.GEMEENTENAAM),
                row.text(Column.PROVINCIE), row.text(Column.DENOMINATIE), row.text(Column.BEVOEGD_GEZAG));
        out.accept(new LeerlingtellingRecord(row.line(), brin6, datum, soort, null, null, aantal.waarde(),
                aantal.onderdrukt(), kenmerken, afstand));
    }
}
