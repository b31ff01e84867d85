package nl.wij.core.imports.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.core.imports.ImportFailure;
import nl.wij.core.imports.ImportKind;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.ImportService;
import nl.wij.platform.api.security.Account;
import nl.wij.platform.api.security.RequestAttributes;
import nl.wij.platform.api.security.Role;

/**
 * {@code /api/import}, for a beheerder or beleidsmedewerker:
 * <ul>
 *   <li>{@code POST /api/import}: the body is the file; header {@code X-File-Name} (percent-encoded
 *       UTF-8) names it, optional {@code X-Import-Kind} (a kind id of {@code GET /api/import/kinds};
 *       400 for another) and {@code X-Peildatum} ({@code 2019-10-01}). Answers 200 with the report,
 *       422 with the report and its problems when the file is refused (nothing written), 413 over the
 *       size limit.</li>
 *   <li>{@code GET /api/import}: the recent imports, the running one included.</li>
 *   <li>{@code GET /api/import/kinds}: the kinds of file the importers present now read (id, label,
 *       description, extensions); changes when a module with an importer starts or stops.</li>
 * </ul>
 * Errors are the platform's JSON {@code {"error", "reason"}}. The upload is kept in a temporary file
 * under its own name (the peildatum of a count file may be in the name) and removed afterwards.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/import", "/api/import/*" })
@Designate(ocd = ImportServlet.Config.class)
public final class ImportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ImportServlet.class);
    private static final long MB = 1024L * 1024;
    private static final String KINDS = "/kinds";
    private static final String FORBIDDEN = "Alleen een beheerder of beleidsmedewerker mag gegevens importeren.";

    @ObjectClassDefinition(name = "WIJ import over HTTP", description = "Het uploaden van bestanden om in te lezen (POST /api/import).")
    public @interface Config {
        @AttributeDefinition(name = "Maximale grootte (MB)", description = "Grotere bestanden worden geweigerd (413).")
        long maxUploadMegabytes() default 300;
    }

    private final transient ImportService imports;
    private final long maxBytes;
    private final transient Gson gson = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    @Activate
    public ImportServlet(Config config, @Reference(name = "imports") ImportService imports) {
        this.imports = imports;
        this.maxBytes = config.maxUploadMegabytes() * MB;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null || request.getPathInfo().equals("/") ? "" : request.getPathInfo();
        if (!path.isEmpty() && !path.equals(KINDS)) {
            error(response, 404, "not_found", "Het adres " + request.getRequestURI() + " bestaat niet.");
            return;
        }
        if (!(request.getAttribute(RequestAttributes.ACCOUNT) instanceof Account account)) {
            error(response, 401, "unauthorized", "Log eerst in.");
            return;
        }
        if (!account.hasRole(Role.BEHEERDER) && !account.hasRole(Role.BELEIDSMEDEWERKER)) {
            error(response, 403, "forbidden", FORBIDDEN);
            return;
        }
        switch (path + " " + request.getMethod()) {
            case " GET" -> list(response);
            case " POST" -> upload(request, response, account);
            case KINDS + " GET" -> send(response, 200, ReportJson.kinds(imports.kinds()));
            default -> error(response, 405, "method_not_allowed", "Deze bewerking is op dit adres niet toegestaan.");
        }
    }

    private void list(HttpServletResponse response) throws IOException {
        JsonArray list = new JsonArray();
        UnaryOperator<String> labels = ReportText.labels(imports.kinds());
        imports.recent().forEach(status -> list.add(ReportJson.status(status, labels)));
        JsonObject body = new JsonObject();
        body.add("imports", list);
        send(response, 200, body);
    }

    private void upload(HttpServletRequest request, HttpServletResponse response, Account account)
            throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response);
            return;
        }
        String kind = request.getHeader("X-Import-Kind");
        List<ImportKind> kinds = imports.kinds();
        if (kind != null && !kind.isBlank() && !ImportDispatcher.offered(kind, kinds)) {
            error(response, 400, "bad_request", "X-Import-Kind: " + ImportDispatcher.unknownKind(kind, kinds));
            return;
        }
        LocalDate peildatum;
        try {
            String dateHeader = request.getHeader("X-Peildatum");
            peildatum = dateHeader == null || dateHeader.isBlank() ? null : LocalDate.parse(dateHeader.strip());
        } catch (DateTimeParseException e) {
            error(response, 400, "bad_request", "X-Peildatum is geen datum; schrijf hem als 2019-10-01.");
            return;
        }
        Path dir = Files.createTempDirectory("wij-import-");
        try {
            Path file = dir.resolve(fileName(request.getHeader("X-File-Name")));
            if (!copy(request.getInputStream(), file)) {
                tooLarge(response);
                return;
            }
            ImportReport report = imports.importFile(file,
                    ImportRequest.by(account.name()).withKind(kind).withPeildatum(peildatum));
            UnaryOperator<String> labels = ReportText.labels(imports.kinds());
            if (report.accepted()) {
                send(response, 200, ReportJson.report(report, labels));
            } else {
                JsonObject body = new JsonObject();
                body.addProperty("error", "unprocessable_entity");
                body.addProperty("reason", report.file() + " is geweigerd; er is niets ingelezen. "
                        + ReportText.located(report.problems().get(0))
                        + (report.problems().size() > 1 ? " (en " + (report.problems().size() - 1) + " andere problemen)" : ""));
                body.add("report", ReportJson.report(report, labels));
                send(response, 422, body);
            }
        } catch (ImportFailure e) {
            error(response, 500, "internal_error", e.getMessage());
        } finally {
            delete(dir);
        }
    }

    /** Copies at most the limit; false (and a partial file) when the body is larger. */
    private boolean copy(InputStream in, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream body = in; OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = body.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        error(response, 413, "payload_too_large", "Een importbestand mag hoogstens " + maxBytes / MB + " MB groot zijn.");
    }

    /** The last part of the client's file name (percent-encoded UTF-8), without control characters. */
    static String fileName(String header) {
        String decoded;
        try {
            decoded = header == null ? "" : URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = header;
        }
        String name = decoded.replaceAll("[\\p{Cntrl}:*?\"<>|]", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        try {
            if (name.isEmpty() || name.equals(".") || name.equals("..") || Path.of(name).getFileName() == null) {
                return "upload.csv";
            }
        } catch (InvalidPathException e) {
            return "upload.csv";
        }
        return name;
    }

    private void error(HttpServletResponse response, int status, String code, String reason) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("error", code);
        body.addProperty("reason", reason);
        send(response, status, body);
    }

    private void send(HttpServletResponse response, int status, JsonObject body) throws IOException {
        byte[] bytes = gson.toJson(body).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Tijdelijke importmap {} niet verwijderd: {}", dir, e.getMessage());
        }
    }
}
