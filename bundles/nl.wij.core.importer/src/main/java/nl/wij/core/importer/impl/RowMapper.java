package nl.wij.core.importer.impl;

import java.util.function.Consumer;

import nl.wij.core.importer.DuoRecord;

/** Turns the rows of one file kind into records. One instance per file. */
interface RowMapper {

    /** Maps one row; reports problems through the row and emits nothing for a failed row. */
    void map(Row row, Consumer<DuoRecord> out);

    /** Called after the last row, for mappers that aggregate. */
    default void finish(Consumer<DuoRecord> out) {
    }
}
