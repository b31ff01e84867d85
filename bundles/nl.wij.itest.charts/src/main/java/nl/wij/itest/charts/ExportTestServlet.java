package nl.wij.itest.charts;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.workbench.export.ExportColumn;
import nl.wij.workbench.export.ExportFormat;
import nl.wij.workbench.export.ExportTable;
import nl.wij.workbench.export.TableExporter;

/**
 * {@code GET /api/itest/charts/export?formaat=csv|xlsx}: a module's download through the shared
 * {@link TableExporter}, as a domain module offers one; proves the export API resolves and is
 * injected in the product for a bundle installed at run time.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/itest/charts/export")
public final class ExportTestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The table the browser test expects. */
    static final ExportTable TABLE = new ExportTable("Scholen in Zaanstad: \"test\" <export>", "DUO", List.of(
            new ExportColumn("naam", "Vestiging", ExportColumn.Type.TEXT, null),
            new ExportColumn("leerlingen", "Leerlingen", ExportColumn.Type.INTEGER, "aantal"),
            new ExportColumn("afstand", "Gemiddelde afstand", ExportColumn.Type.DECIMAL, "km"),
            new ExportColumn("peildatum", "Peildatum", ExportColumn.Type.DATE, null),
            new ExportColumn("pro", "Praktijkonderwijs", ExportColumn.Type.BOOLEAN, null)), List.of(
            Arrays.asList("Basisschool De Regenboog", 412, new BigDecimal("1.25"), LocalDate.of(2019, 10, 1), Boolean.FALSE),
            Arrays.asList("=1+1", "<5", null, null, null)));

    private final transient TableExporter exporter;

    @Activate
    public ExportTestServlet(@Reference TableExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat format = "csv".equals(request.getParameter("formaat")) ? ExportFormat.CSV : ExportFormat.XLSX;
        exporter.send(TABLE, format, "Scholen in Zaanstad (test)/../", response);
    }
}
