/**
 * Importing files into the shared model: the import platform and its SPI.
 * <p>
 * An {@link nl.wij.core.imports.ImportService} reads one file and writes what it says as model
 * objects through the model store, in one transaction: a file with any problem writes nothing, and
 * the {@link nl.wij.core.imports.ImportReport} lists the problems with file, line and column. A file
 * that is read without problems is written completely; the report counts per model class what was
 * created, updated and left unchanged ({@link nl.wij.core.imports.ClassCount}).
 * <p>
 * The reading is done by {@link nl.wij.core.imports.FileImporter} services: the built-in one reads
 * DUO's four open-data files (kinds {@code vestigingen-po}, {@code vestigingen-vo},
 * {@code leerlingen-po}, {@code leerlingen-vo}), and a module adds its own kinds of file by
 * registering another. The service dispatches on the kind the user names or the importers
 * recognise, and the kinds of the importers present appear in the upload view, in
 * {@code GET /api/import/kinds} and in {@code wij import --kind}, live, with their bundles.
 * <p>
 * 2.0.0: the kind of a request and a report is the id of an {@link nl.wij.core.imports.ImportKind}
 * ({@code String}), no longer the DUO reader's {@code FileKind}.
 */
@Export
@Version("2.0.0")
package nl.wij.core.imports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
