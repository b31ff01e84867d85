package nl.wij.core.importer.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wij.core.importer.Aantal;
import nl.wij.core.importer.Codes;
import nl.wij.core.importer.DuoRecord;
import nl.wij.core.importer.LeerlingtellingRecord;
import nl.wij.core.importer.VestigingKenmerken;

/**
 * Rows of {@code leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv} to one
 * {@link LeerlingtellingRecord} per vestiging, onderwijstype and leerjaar.
 * <p>
 * The file has one row per vestiging, onderwijstype and opleiding (elementcode, e.g. {@code 0373 HAVO
 * Prf Cul/Maat}) with twelve counts: leerjaar 1 to 6, man and vrouw. The analyst contract has neither
 * opleiding nor sex, so the counts are summed over both; a sum with a suppressed part is suppressed
 * ({@link Aantal#plus(Aantal)}), and a sum that is a known zero is not emitted. DUO writes the rows of
 * one vestiging and onderwijstype together (true for all 6,431 groups in 2019), which lets this sum
 * stream; a group that reappears after another one is reported, not silently merged.
 */
final class VoTellingMapper implements RowMapper {

    static final List<Column> REQUIRED = List.of(Column.VESTIGING, Column.ONDERWIJSTYPE);

    private static final Pattern COUNT = Pattern.compile(
            "(?:LEEROFVERBLIJFSJAAR|LEERJAAR|VERBLIJFSJAAR)([1-9])(MAN|VROUW|JONGENS?|MEISJES?|M|V|TOTAAL)?");

    private final PeildatumRule peildatum;
    private final Map<Integer, int[]> countColumns;
    private final DuplicateKeys groups = new DuplicateKeys();

    private boolean hasGroup;
    private long key;
    private long groupLine;
    private String brin6;
    private LocalDate datum;
    private String onderwijstype;
    private VestigingKenmerken kenmerken;
    private final Map<Integer, Aantal> sums = new TreeMap<>();

    VoTellingMapper(PeildatumRule peildatum, Map<Integer, int[]> countColumns) {
        this.peildatum = peildatum;
        this.countColumns = countColumns;
    }

    /**
     * The count columns by leerjaar. Columns split by sex ({@code LEER- OF VERBLIJFSJAAR 1 - MAN}) win
     * over a total column for the same leerjaar, so nothing is counted twice.
     */
    static Map<Integer, int[]> countColumns(Header header) {
        Map<Integer, List<Integer>> split = new TreeMap<>();
        Map<Integer, List<Integer>> total = new TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
            Matcher m = COUNT.matcher(header.normalisedName(i));
            if (m.matches()) {
                int leerjaar = Integer.parseInt(m.group(1));
                boolean isTotal = m.group(2) == null || "TOTAAL".equals(m.group(2));
                (isTotal ? total : split).computeIfAbsent(leerjaar, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, int[]> columns = new TreeMap<>();
        total.forEach((leerjaar, list) -> columns.put(leerjaar, toArray(list)));
        split.forEach((leerjaar, list) -> columns.put(leerjaar, toArray(list)));
        return columns;
    }

    @Override
    public void map(Row row, Consumer<DuoRecord> out) {
        String vestiging = row.brin6();
        String type = row.required(Column.ONDERWIJSTYPE);
        LocalDate date = peildatum.forRow(row);
        String gemeente = row.parseOptional(Column.GEMEENTENUMMER, Codes::gemeenteCode);
        Map<Integer, Aantal> cells = new TreeMap<>();
        countColumns.forEach((leerjaar, columns) -> {
            Aantal sum = Aantal.zero();
            for (int column : columns) {
                Aantal cell = row.parse(column, Codes::aantal);
                sum = cell == null ? sum : sum.plus(cell);
            }
            cells.put(leerjaar, sum);
        });
        if (row.failed()) {
            return;
        }
        long rowKey = groups.key(vestiging, type, date);
        if (!hasGroup || rowKey != key) {
            finish(out);
            long earlier = groups.seen(rowKey, row.line());
            if (earlier > 0) {
                row.problem(row.header().indexOf(Column.ONDERWIJSTYPE), "de rijen van vestiging " + vestiging
                        + " met dit onderwijstype staan niet bij elkaar (ook op regel " + earlier + ", met andere"
                        + " rijen ertussen); sorteer het bestand op vestiging en onderwijstype", type);
                return;
            }
            key = rowKey;
            hasGroup = true;
            groupLine = row.line();
            brin6 = vestiging;
            datum = date;
            onderwijstype = type;
            kenmerken = new VestigingKenmerken(row.text(Column.NAAM), row.text(Column.PLAATS),
                    Codes.postcode(row.text(Column.POSTCODE)), gemeente, row.text(Column.GEMEENTENAAM),
                    row.text(Column.PROVINCIE), row.text(Column.DENOMINATIE), row.text(Column.BEVOEGD_GEZAG));
        }
        cells.forEach((leerjaar, aantal) -> sums.merge(leerjaar, aantal, Aantal::plus));
    }

    @Override
    public void finish(Consumer<DuoRecord> out) {
        if (!hasGroup) {
            return;
        }
        sums.forEach((leerjaar, sum) -> {
            if (!sum.isZero()) {
                out.accept(new LeerlingtellingRecord(groupLine, brin6, datum, "vo", onderwijstype, leerjaar,
                        sum.waarde(), sum.onderdrukt(), kenmerken, null));
            }
        });
        sums.clear();
        hasGroup = false;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
