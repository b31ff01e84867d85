package nl.wij.core.importer;

import java.util.List;

/**
 * Every record of a file, read completely and without problems.
 *
 * @param summary what was read
 * @param records the records in file order
 */
public record ImportResult(ImportSummary summary, List<DuoRecord> records) {

    public ImportResult {
        records = List.copyOf(records);
    }

    /** The records of a vestigingen file (empty for a count file). */
    public List<VestigingRecord> vestigingen() {
        return records.stream().filter(VestigingRecord.class::isInstance).map(VestigingRecord.class::cast).toList();
    }

    /** The records of a count file (empty for a vestigingen file). */
    public List<LeerlingtellingRecord> tellingen() {
        return records.stream().filter(LeerlingtellingRecord.class::isInstance)
                .map(LeerlingtellingRecord.class::cast).toList();
    }
}
