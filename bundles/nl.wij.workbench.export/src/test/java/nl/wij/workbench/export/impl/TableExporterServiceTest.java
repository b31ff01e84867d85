package nl.wij.workbench.export.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.workbench.export.ExportColumn;
import nl.wij.workbench.export.ExportFormat;
import nl.wij.workbench.export.ExportTable;

class TableExporterServiceTest {

    private static final ExportTable TABLE = new ExportTable("Scholen", "DUO",
            List.of(new ExportColumn("naam", "Naam", ExportColumn.Type.TEXT, null)), List.of(List.of("De Regenboog")));

    /** A response that records headers and body (the servlet API has no test double of its own). */
    private static final class Recorder {
        final Map<String, Object> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], args[1]);
                        case "setContentType" -> headers.put("Content-Type", args[0]);
                        case "setStatus" -> headers.put("status", args[0]);
                        case "getOutputStream" -> {
                            return new ServletOutputStream() {
                                @Override
                                public void write(int b) {
                                    body.write(b);
                                }

                                @Override
                                public boolean isReady() {
                                    return true;
                                }

                                @Override
                                public void setWriteListener(WriteListener listener) {
                                    throw new UnsupportedOperationException();
                                }
                            };
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }

    @Test
    void sendsADownloadWithTypeAndSafeName() throws Exception {
        Recorder xlsx = new Recorder();
        new TableExporterService().send(TABLE, ExportFormat.XLSX, "Scholen in Zaanstad (2024)", xlsx.response);
        assertEquals(200, xlsx.headers.get("status"));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.headers.get("Content-Type"));
        assertEquals("attachment; filename=\"Scholen-in-Zaanstad-2024.xlsx\"; filename*=UTF-8''Scholen-in-Zaanstad-2024.xlsx",
                xlsx.headers.get("Content-Disposition"));
        assertEquals("no-store", xlsx.headers.get("Cache-Control"));
        assertEquals("De Regenboog", new XlsxReader(xlsx.body.toByteArray()).cells.get("A4").value());

        Recorder csv = new Recorder();
        new TableExporterService().send(TABLE, ExportFormat.CSV, "scholen", csv.response);
        assertEquals("text/csv; charset=UTF-8", csv.headers.get("Content-Type"));
        assertTrue(csv.headers.get("Content-Disposition").toString().contains("filename=\"scholen.csv\""));
        assertEquals("\uFEFFNaam\r\nDe Regenboog\r\n", csv.body.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aTableTheFormatCannotHoldIsRefusedBeforeAnythingIsSent() {
        Recorder recorder = new Recorder();
        List<ExportColumn> many = java.util.Collections.nCopies(XlsxWriter.MAX_COLUMNS + 1,
                new ExportColumn("k", "K", ExportColumn.Type.TEXT, null));
        assertThrows(IllegalArgumentException.class, () -> new TableExporterService()
                .send(new ExportTable("T", null, many, List.of()), ExportFormat.XLSX, "t", recorder.response));
        assertEquals(Map.of(), recorder.headers);
        assertEquals(0, recorder.body.size());
    }

    @Test
    void rowsMustMatchTheColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExportTable("T", null,
                List.of(new ExportColumn("a", "A", ExportColumn.Type.TEXT, null)), List.of(List.of("x", "y"))));
        assertEquals("Row 1 has 2 values for 1 columns", e.getMessage());
    }
}
