package nl.wij.workbench.export.impl;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;

import jakarta.servlet.http.HttpServletResponse;
import nl.wij.workbench.export.ExportFormat;
import nl.wij.workbench.export.ExportTable;
import nl.wij.workbench.export.TableExporter;

/** The {@link TableExporter} service: CSV and XLSX by the writers of this bundle. */
@Component(service = TableExporter.class)
public final class TableExporterService implements TableExporter {

    private final CsvWriter csv = new CsvWriter();
    private final XlsxWriter xlsx = new XlsxWriter();

    @Override
    public void write(ExportTable table, ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv.write(table, out);
            case XLSX -> xlsx.write(table, out);
        }
    }

    /**
     * Checks the format's limits before any header is sent (so the caller can still answer with an
     * error), then streams the file into the response.
     */
    @Override
    public void send(ExportTable table, ExportFormat format, String baseName, HttpServletResponse response) throws IOException {
        if (format == ExportFormat.XLSX) {
            XlsxWriter.checkLimits(table);
        }
        String name = FileNames.safe(baseName, format);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", FileNames.contentDisposition(name));
        response.setHeader("Cache-Control", "no-store");
        write(table, format, response.getOutputStream());
    }
}
