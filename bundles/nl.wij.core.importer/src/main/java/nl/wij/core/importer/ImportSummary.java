package nl.wij.core.importer;

import java.time.LocalDate;

/**
 * What was read from a file that was read without problems.
 *
 * @param file the file's name
 * @param kind its kind (recognised or given)
 * @param encoding the encoding used: {@code UTF-8}, {@code UTF-8 (BOM)}, {@code windows-1252} (which
 *        covers ISO-8859-1), {@code UTF-16LE (BOM)} or {@code UTF-16BE (BOM)}
 * @param separator the field separator: {@code ;}, {@code ,} or tab
 * @param peildatum the one peildatum of all records of a count file; {@code null} for a vestigingen file
 *        or when the rows carry different dates
 * @param rows data rows read (blank lines not counted)
 * @param records records delivered
 */
public record ImportSummary(String file, FileKind kind, String encoding, char separator, LocalDate peildatum,
        long rows, long records) {
}
