package nl.wij.core.importer.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import nl.wij.core.importer.Codes;
import nl.wij.core.importer.DuoRecord;
import nl.wij.core.importer.FileKind;
import nl.wij.core.importer.RegioRecord;
import nl.wij.core.importer.RegioType;
import nl.wij.core.importer.VestigingRecord;

/** Rows of {@code alle-vestigingen-bo.csv} / {@code alle-vestigingen-vo.csv} to {@link VestigingRecord}s. */
final class VestigingMapper implements RowMapper {

    private static final Column[][] REGIONS = {
        {Column.NODAAL_CODE, Column.NODAAL_NAAM}, {Column.RPA_CODE, Column.RPA_NAAM},
        {Column.WGR_CODE, Column.WGR_NAAM}, {Column.COROP_CODE, Column.COROP_NAAM},
        {Column.ONDERWIJSGEBIED_CODE, Column.ONDERWIJSGEBIED_NAAM}, {Column.RMC_CODE, Column.RMC_NAAM},
    };
    private static final RegioType[] REGION_TYPES = {
        RegioType.NODAAL_GEBIED, RegioType.RPA, RegioType.WGR, RegioType.COROP, RegioType.ONDERWIJSGEBIED,
        RegioType.RMC,
    };

    private final boolean vo;
    private final DuplicateKeys keys = new DuplicateKeys();

    VestigingMapper(FileKind kind) {
        this.vo = kind == FileKind.VESTIGINGEN_VO;
    }

    static List<Column> required(FileKind kind) {
        return kind == FileKind.VESTIGINGEN_VO
                ? List.of(Column.VESTIGING, Column.NAAM, Column.GEMEENTENUMMER, Column.ONDERWIJSSTRUCTUUR)
                : List.of(Column.VESTIGING, Column.NAAM, Column.GEMEENTENUMMER);
    }

    @Override
    public void map(Row row, Consumer<DuoRecord> out) {
        String brin6 = row.brin6();
        String naam = row.required(Column.NAAM);
        String gemeente = row.parse(Column.GEMEENTENUMMER, Codes::gemeenteCode);
        String soort = vo ? "vo" : row.parseOptional(Column.SOORT_PO, Codes::soortPo);
        List<String> structuur = vo ? structuur(row.required(Column.ONDERWIJSSTRUCTUUR)) : List.of();
        if (row.failed()) {
            return;
        }
        long earlier = keys.seen(DuplicateKeys.brin6(brin6), row.line());
        if (earlier > 0) {
            row.problem(row.header().indexOf(Column.VESTIGING), "vestiging " + brin6 + " staat ook op regel "
                    + earlier, brin6);
            return;
        }
        out.accept(new VestigingRecord(row.line(), brin6, brin6.substring(0, 4), row.text(Column.BEVOEGD_GEZAG),
                naam, row.text(Column.STRAAT), row.text(Column.HUISNUMMER), Codes.postcode(row.text(Column.POSTCODE)),
                row.text(Column.PLAATS), gemeente, row.text(Column.GEMEENTENAAM), row.text(Column.DENOMINATIE),
                row.text(Column.PROVINCIE), soort, structuur, regions(row)));
    }

    private static List<String> structuur(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(4);
        for (String part : text.split("/")) {
            String p = part.strip().toUpperCase(Locale.ROOT);
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }

    private static List<RegioRecord> regions(Row row) {
        List<RegioRecord> regios = new ArrayList<>(REGIONS.length);
        for (int i = 0; i < REGIONS.length; i++) {
            String code = Codes.regioCode(row.text(REGIONS[i][0]));
            if (code != null) {
                regios.add(new RegioRecord(REGION_TYPES[i], code, row.text(REGIONS[i][1])));
            }
        }
        return regios;
    }
}
