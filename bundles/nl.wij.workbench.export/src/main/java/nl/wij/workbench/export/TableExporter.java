package nl.wij.workbench.export;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes tables as files. Provided by the workbench (bundle {@code nl.wij.workbench.export});
 * modules get it as a DS reference.
 */
@ProviderType
public interface TableExporter {

    /**
     * Writes the table in the given format; {@code out} is flushed but not closed.
     *
     * @throws IllegalArgumentException (with a Dutch message for the user) when the format cannot
     *         hold the table: XLSX takes at most 1,048,573 rows and 16,384 columns
     */
    void write(ExportTable table, ExportFormat format, OutputStream out) throws IOException;

    /**
     * Sends the table as a download (Content-Type, Content-Disposition with a safe file name made
     * from {@code baseName} plus the format's extension, {@code Cache-Control: no-store}). The
     * format's limits are checked before anything is sent, so on an
     * {@code IllegalArgumentException} the caller can still answer with an error.
     */
    void send(ExportTable table, ExportFormat format, String baseName, HttpServletResponse response) throws IOException;
}
