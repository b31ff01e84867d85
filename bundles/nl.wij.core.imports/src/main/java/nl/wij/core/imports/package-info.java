/**
 * Importing DUO open data into the shared model.
 * <p>
 * An {@link nl.wij.core.imports.ImportService} reads one file (a vestigingen file of po or vo, or a
 * pupil count file of po or vo; see {@link nl.wij.core.importer.FileKind}) and writes what it says
 * as model objects through the model store, in one transaction: a file with any problem writes
 * nothing, and the {@link nl.wij.core.imports.ImportReport} lists the problems with file, line and
 * column. A file that is read without problems is written completely; the report counts per model
 * class what was created, updated and left unchanged. Importing the same file again changes
 * nothing; a count file with a newer peildatum adds counts. An import never deletes.
 */
@Export
@Version("1.0.0")
package nl.wij.core.imports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
