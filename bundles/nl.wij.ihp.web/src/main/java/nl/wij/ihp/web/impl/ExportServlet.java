package nl.wij.ihp.web.impl;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.ihp.logic.Betaler;
import nl.wij.ihp.logic.Plantotalen;
import nl.wij.ihp.web.impl.data.Huisvesting;
import nl.wij.ihp.web.impl.data.Raad;
import nl.wij.workbench.export.ExportColumn;
import nl.wij.workbench.export.ExportColumn.Type;
import nl.wij.workbench.export.ExportFormat;
import nl.wij.workbench.export.ExportTable;
import nl.wij.workbench.export.TableExporter;

/**
 * The answers for the raad as downloads through the workbench's {@link TableExporter}:
 * {@code GET /api/ihp/export/<tabel>?gemeente=GM0479&formaat=csv|xlsx} with {@code tabel}
 * {@code ventilatie} (buildings missing the ventilation norm), {@code ruimte} (shortages and surpluses
 * per year) or {@code kosten} (the current plan's cost per year and payer). Every role may download.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/ihp/export/*")
public final class ExportServlet extends IhpApi {

    private static final long serialVersionUID = 1L;
    private static final String BRON = "Bron: DUO (vestigingen, leerlingen), gemeente (gebouwen, verordening, huisvestingsplan)";

    private final transient Raad raad;
    private final transient Huisvesting huisvesting;
    private final transient TableExporter exporter;

    @Activate
    public ExportServlet(@Reference Raad raad, @Reference Huisvesting huisvesting, @Reference TableExporter exporter) {
        this.raad = raad;
        this.huisvesting = huisvesting;
        this.exporter = exporter;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, List<String> path) throws IOException {
        String gemeente = required(request, "gemeente");
        ExportFormat formaat = switch (request.getParameter("formaat") == null ? "csv" : request.getParameter("formaat").toLowerCase(Locale.ROOT)) {
            case "csv" -> ExportFormat.CSV;
            case "xlsx" -> ExportFormat.XLSX;
            default -> throw new Weigering(400, "bad_request", "Kies formaat csv of xlsx.");
        };
        String tabel = path.size() == 1 ? path.get(0) : "";
        ExportTable table = switch (tabel) {
            case "ventilatie" -> ventilatie(gemeente);
            case "ruimte" -> ruimte(gemeente);
            case "kosten" -> kosten(gemeente);
            default -> throw notFound("Kies de tabel ventilatie, ruimte of kosten.");
        };
        exporter.send(table, formaat, "huisvesting-" + tabel + "-" + gemeente, response);
    }

    private ExportTable ventilatie(String gemeente) {
        List<List<Object>> rows = new ArrayList<>();
        for (Raad.Ventilatie v : raad.ventilatie(gemeente)) {
            rows.add(row(v.code(), v.naam(), v.soort(), v.voorbeeld(), v.frisseScholenKlasse(), v.gemeten(), v.voldoet(),
                    String.join("; ", v.bevindingen())));
        }
        return new ExportTable("Gebouwen die niet aan de ventilatienorm voldoen, " + gemeente, BRON,
                List.of(text("code", "Gebouw"), text("naam", "Naam"), text("soort", "Soort"),
                        new ExportColumn("voorbeeld", "Voorbeeld (verzonnen)", Type.BOOLEAN, null), text("frisse_scholen", "Frisse Scholen-klasse"),
                        new ExportColumn("gemeten", "Ventilatie gemeten", Type.BOOLEAN, null),
                        new ExportColumn("voldoet", "Voldoet aan de norm", Type.BOOLEAN, null), text("bevindingen", "Bevindingen")),
                rows);
    }

    private ExportTable ruimte(String gemeente) {
        List<List<Object>> rows = new ArrayList<>();
        for (Huisvesting.Jaarregel r : huisvesting.ruimtebehoefte(gemeente)) {
            if (r.oordeel().equals("TEKORT") || r.oordeel().equals("OVERSCHOT")) {
                rows.add(row(r.jaar(), r.brin6(), r.naam(), r.bron(), r.leerlingen(), r.normatiefM2(), r.beschikbaarM2(), r.verschilM2(),
                        r.verschilProcent(), r.oordeelTekst()));
            }
        }
        return new ExportTable("Tekorten en overschotten aan onderwijsruimte per jaar, " + gemeente, BRON,
                List.of(new ExportColumn("jaar", "Jaar", Type.INTEGER, null), text("brin6", "Vestiging (BRIN6)"), text("naam", "Naam"),
                        text("bron", "Bron"), new ExportColumn("leerlingen", "Leerlingen", Type.INTEGER, "leerlingen"),
                        m2("normatief_bvo_m2", "Normatieve ruimtebehoefte"), m2("beschikbaar_bvo_m2", "Beschikbaar"),
                        m2("verschil_m2", "Verschil"), new ExportColumn("verschil_procent", "Verschil", Type.DECIMAL, "%"), text("oordeel", "Oordeel")),
                rows);
    }

    private ExportTable kosten(String gemeente) {
        List<List<Object>> rows = new ArrayList<>();
        String titel = "Kosten van het huisvestingsplan per jaar en betaler, " + gemeente;
        var dossier = raad.huidigPlan(gemeente).flatMap(p -> huisvesting.plan(p.getCode()));
        if (dossier.isPresent()) {
            titel = "Kosten van " + dossier.get().plan().getNaam() + " (" + dossier.get().plan().getStatus().getLiteral() + ") per jaar en betaler";
            Plantotalen.Totalen totalen = dossier.get().totalen();
            for (Integer jaar : totalen.perJaar().keySet()) {
                BigDecimal gemeenteKosten = totalen.van(jaar, Betaler.gemeente);
                BigDecimal bestuur = totalen.van(jaar, Betaler.schoolbestuur);
                rows.add(row(jaar, gemeenteKosten, bestuur, gemeenteKosten.add(bestuur)));
            }
        }
        return new ExportTable(titel, "Bron: gemeente (huisvestingsplan, normbedragen)",
                List.of(new ExportColumn("jaar", "Jaar", Type.INTEGER, null), euro("gemeente", "Gemeente"), euro("schoolbesturen", "Schoolbesturen"),
                        euro("totaal", "Totaal")),
                rows);
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static ExportColumn text(String name, String label) {
        return new ExportColumn(name, label, Type.TEXT, null);
    }

    private static ExportColumn m2(String name, String label) {
        return new ExportColumn(name, label, Type.DECIMAL, "m2 BVO");
    }

    private static ExportColumn euro(String name, String label) {
        return new ExportColumn(name, label, Type.DECIMAL, "euro");
    }
}
