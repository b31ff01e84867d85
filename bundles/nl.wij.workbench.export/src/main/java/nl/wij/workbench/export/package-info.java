/**
 * Table export: any module hands a {@link nl.wij.workbench.export.ExportTable} (title, source,
 * typed columns, rows) to the {@link nl.wij.workbench.export.TableExporter} service and gets a
 * CSV or XLSX file, written to a stream or sent as a download with a safe file name.
 * <p>
 * CSV is written for Dutch spreadsheet users: UTF-8 with a byte order mark, {@code ;} as
 * separator, decimal comma, ISO dates, and text cells that a spreadsheet would read as a formula
 * prefixed with {@code '}. XLSX has typed cells (numbers, dates, booleans), a title row, a
 * source line ({@code Bron: DUO}), a frozen header row and column widths.
 */
@Export
@Version("1.0.0")
package nl.wij.workbench.export;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
