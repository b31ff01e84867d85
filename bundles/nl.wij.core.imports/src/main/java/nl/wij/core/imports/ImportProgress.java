package nl.wij.core.imports;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a running import is, as the {@link ImportService} shows it in its status log
 * ({@code GET /api/import}: the records of the state {@code BEZIG}). Given to
 * {@link FileImporter#importFile}; implemented by the service.
 */
@ProviderType
public interface ImportProgress {

    /** The importer has read (and handed to the store) this many records of the file so far. */
    void records(long recordsSoFar);
}
