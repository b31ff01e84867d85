package nl.wij.core.importer.impl;

import java.time.LocalDate;
import java.util.Optional;

import nl.wij.core.importer.Codes;

/**
 * Where a count file's peildatum comes from, in order: the {@code --peildatum} override, the file's
 * {@code PEILDATUM} column (per row), the year or school year in the file name. Never today's date.
 */
final class PeildatumRule {

    private final LocalDate fixed;
    private String lastRaw;
    private LocalDate lastDate;

    private PeildatumRule(LocalDate fixed) {
        this.fixed = fixed;
    }

    /**
     * @return the rule, or empty when there is no override, no column and no usable year in the name
     */
    static Optional<PeildatumRule> of(LocalDate override, Header header, String fileName) {
        if (override != null) {
            return Optional.of(new PeildatumRule(override));
        }
        if (header.has(Column.PEILDATUM)) {
            return Optional.of(new PeildatumRule(null));
        }
        return Codes.peildatumUitNaam(fileName).map(PeildatumRule::new);
    }

    /** The peildatum of the row, or {@code null} after reporting a problem. */
    LocalDate forRow(Row row) {
        if (fixed != null) {
            return fixed;
        }
        String raw = row.text(Column.PEILDATUM);
        if (raw == null || !raw.equals(lastRaw)) {
            LocalDate date = row.parse(Column.PEILDATUM, Codes::datum);
            if (date == null) {
                return null;
            }
            lastRaw = raw;
            lastDate = date;
        }
        return lastDate;
    }
}
