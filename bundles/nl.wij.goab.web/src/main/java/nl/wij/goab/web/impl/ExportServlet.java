package nl.wij.goab.web.impl;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.core.model.CorePackage;
import nl.wij.core.store.ModelStore;
import nl.wij.goab.logic.Signaleringen;
import nl.wij.goab.logic.Sisa;
import nl.wij.goab.model.GoabPackage;
import nl.wij.platform.api.security.Account;
import nl.wij.workbench.export.ExportColumn;
import nl.wij.workbench.export.ExportColumn.Type;
import nl.wij.workbench.export.ExportFormat;
import nl.wij.workbench.export.ExportTable;
import nl.wij.workbench.export.TableExporter;

/**
 * {@code GET /api/goab/export/<tabel>?formaat=csv|xlsx}: the module's tables as CSV or XLSX through the
 * workbench's export service: {@code maatregelen} and {@code sisa} ({@code &gemeente=&jaar=}), and
 * {@code bereik} per wijk ({@code &peildatum=}, counts below 5 left empty as in the monitor). For
 * every logged-in user; no table has a row per peuter.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/goab/export/*")
public final class ExportServlet extends GoabServlet {

    private static final long serialVersionUID = 1L;

    private final transient ModelStore store;
    private final transient GoabPackage goab;
    private final transient CorePackage core;
    private final transient TableExporter exporter;

    @Activate
    public ExportServlet(@Reference ModelStore store, @Reference GoabPackage goab, @Reference CorePackage core,
            @Reference TableExporter exporter) {
        this.store = store;
        this.goab = goab;
        this.core = core;
        this.exporter = exporter;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Account account) throws IOException {
        List<String> delen = delen(request);
        ExportFormat formaat = switch (String.valueOf(request.getParameter("formaat")).toLowerCase(Locale.ROOT)) {
            case "csv" -> ExportFormat.CSV;
            case "xlsx" -> ExportFormat.XLSX;
            default -> throw ApiFout.ongeldig("Parameter 'formaat' moet csv of xlsx zijn.");
        };
        String tabel = delen.size() == 1 ? delen.get(0) : "";
        ExportTable export = switch (tabel) {
            case "maatregelen", "sisa" -> budget(request, tabel);
            case "bereik" -> bereik(request);
            default -> throw ApiFout.nietGevonden("Er is geen export '" + tabel + "'; kies maatregelen, sisa of bereik.");
        };
        try {
            exporter.send(export, formaat, "onderwijskansen-" + tabel, response);
        } catch (IllegalArgumentException e) {
            throw ApiFout.ongeldig(e.getMessage());
        }
    }

    private ExportTable budget(HttpServletRequest request, String tabel) {
        return store.read(session -> {
            Gegevens gegevens = new Gegevens(goab, session);
            Budget budget = new Budget(goab, gegevens);
            String gemeente = Gemeentekeuze.kies(core, goab, session, request.getParameter("gemeente"));
            int jaar = getal(request, "jaar", budget.jaren().stream().max(Integer::compare).orElse(LocalDate.now().getYear()));
            List<List<Object>> rijen = new ArrayList<>();
            if (tabel.equals("sisa")) {
                for (Sisa.Waarde w : budget.sisa(gemeente, jaar)) {
                    rijen.add(List.of(w.indicator().code(), w.indicator().omschrijving(), w.indicator().grootheid().name(), w.waarde(),
                            String.join(", ", w.maatregelen()), String.join(", ", w.onbekend())));
                }
                return new ExportTable("SiSa-verantwoording onderwijsachterstandenbeleid " + jaar + " (" + gemeente + ")", null,
                        List.of(tekst("code", "Indicator"), tekst("omschrijving", "Omschrijving"), tekst("grootheid", "Telt"),
                                new ExportColumn("waarde", "Waarde", Type.DECIMAL, null),
                                tekst("maatregelen", "Maatregelen"), tekst("onbekend", "Nog onbekend")),
                        rijen);
            }
            for (JsonElement e : budget.overzicht(gemeente, jaar).getAsJsonArray("maatregelen")) {
                JsonObject m = e.getAsJsonObject();
                JsonObject c = m.get("cijfers").isJsonNull() ? new JsonObject() : m.getAsJsonObject("cijfers");
                List<Object> rij = new ArrayList<>();
                rij.add(m.get("code").getAsString());
                rij.add(m.get("naam").getAsString());
                rij.add(m.get("soort").getAsString());
                rij.add(waarde(m, "aanbieder"));
                rij.add(geheel(c, "plaatsen"));
                rij.add(geheel(c, "deelnemers"));
                rij.add(bedrag(c, "begroot"));
                rij.add(bedrag(c, "besteed"));
                rij.add(bedrag(c, "verschil"));
                rij.add(waarde(c, "stand"));
                rij.add(m.get("voorbeeld").getAsBoolean());
                rijen.add(rij);
            }
            return new ExportTable("Maatregelen onderwijsachterstandenbeleid " + jaar + " (" + gemeente + ")", null,
                    List.of(tekst("code", "Code"), tekst("naam", "Maatregel"), tekst("soort", "Soort"), tekst("aanbieder", "Aanbieder"),
                            new ExportColumn("plaatsen", "Plaatsen", Type.INTEGER, null),
                            new ExportColumn("deelnemers", "Deelnemers", Type.INTEGER, null),
                            new ExportColumn("begroot", "Begroot", Type.DECIMAL, "euro"),
                            new ExportColumn("besteed", "Besteed", Type.DECIMAL, "euro"),
                            new ExportColumn("verschil", "Verschil", Type.DECIMAL, "euro"), tekst("stand", "Stand"),
                            new ExportColumn("voorbeeld", "Voorbeeld", Type.BOOLEAN, null)),
                    rijen);
        });
    }

    private ExportTable bereik(HttpServletRequest request) {
        LocalDate peildatum;
        try {
            String tekst = request.getParameter("peildatum");
            peildatum = tekst == null || tekst.isBlank() ? LocalDate.now() : LocalDate.parse(tekst.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiFout.ongeldig("Parameter 'peildatum' moet een datum zijn (jjjj-mm-dd).");
        }
        return store.read(session -> {
            Gegevens gegevens = new Gegevens(goab, session);
            List<List<Object>> rijen = new ArrayList<>();
            new nl.wij.goab.logic.Bereik(gegevens.regels()).opPeildatum(gegevens.peuters().stream().map(Gegevens::feiten).toList(),
                    peildatum).forEach(c -> {
                        boolean klein = Signaleringen.klein(c.doelgroep()) || Signaleringen.klein(c.geplaatst());
                        List<Object> rij = new ArrayList<>();
                        rij.add(c.wijk() == null ? "gemeente" : c.wijk());
                        rij.add(Signaleringen.klein(c.doelgroep()) ? null : c.doelgroep());
                        rij.add(Signaleringen.klein(c.geplaatst()) ? null : c.geplaatst());
                        rij.add(klein ? null : c.percentage());
                        rijen.add(rij);
                    });
            return new ExportTable("Bereik voorschoolse educatie per wijk op " + peildatum
                    + " (aantallen onder 5 zijn leeggelaten)", null,
                    List.of(tekst("wijk", "Wijk"), new ExportColumn("doelgroep", "Doelgroeppeuters", Type.INTEGER, "peuters"),
                            new ExportColumn("geplaatst", "Geplaatst", Type.INTEGER, "peuters"),
                            new ExportColumn("bereik", "Bereik", Type.DECIMAL, "%")),
                    rijen);
        });
    }

    private static ExportColumn tekst(String naam, String label) {
        return new ExportColumn(naam, label, Type.TEXT, null);
    }

    private static String waarde(JsonObject json, String veld) {
        JsonElement e = json.get(veld);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static Integer geheel(JsonObject json, String veld) {
        JsonElement e = json.get(veld);
        return e == null || e.isJsonNull() ? null : e.getAsInt();
    }

    private static BigDecimal bedrag(JsonObject json, String veld) {
        JsonElement e = json.get(veld);
        return e == null || e.isJsonNull() ? null : e.getAsBigDecimal();
    }
}
