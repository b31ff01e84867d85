/**
 * Reading DUO open-data files into plain records, before anything touches the model or the store.
 * <p>
 * A {@link nl.wij.core.importer.DuoReader} recognises the four supported file kinds
 * ({@link nl.wij.core.importer.FileKind}) from their header, detects encoding and separator, maps the
 * header spellings DUO has used over the years onto logical columns, normalises codes
 * ({@link nl.wij.core.importer.Codes}) and turns every row into a
 * {@link nl.wij.core.importer.VestigingRecord} or {@link nl.wij.core.importer.LeerlingtellingRecord}. A
 * file is all or nothing: either every record is delivered, or an
 * {@link nl.wij.core.importer.ImportException} lists the problems (file, line, column, Dutch message)
 * and the caller writes nothing.
 */
@Export
@Version("1.1.0")
package nl.wij.core.importer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
