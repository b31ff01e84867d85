package nl.wij.core.imports.impl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.wij.core.importer.FileKind;
import nl.wij.core.imports.ImportFailure;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.ImportService;
import nl.wij.platform.api.command.WijCommand;

/**
 * The launcher command {@code wij import FILE [--kind KIND] [--peildatum YYYY-MM-DD]}.
 * <p>
 * Registered as a {@code java.util.function.Function} service with {@code wij.command=import}; the
 * launcher passes the arguments after {@code import} (its own {@code --data}, {@code --profile}
 * are already taken out). Returns the report to print. Wrong use raises
 * {@link IllegalArgumentException} (exit code 2); a refused file or a failing store raises
 * {@link IllegalStateException} with the problems, one per line as {@code file:line:column ...}
 * (exit code 1). In both cases nothing was written. The audit user is {@code import:cli}.
 */
@Component(service = Function.class)
@WijCommand("import")
public final class ImportCommand implements Function<List<String>, String> {

    static final String USAGE = "Gebruik: wij import BESTAND [--kind vestigingen-po|vestigingen-vo|leerlingen-po|"
            + "leerlingen-vo] [--peildatum JJJJ-MM-DD]";
    static final String USER = "import:cli";

    private final ImportService imports;

    @Activate
    public ImportCommand(@Reference(name = "imports") ImportService imports) {
        this.imports = imports;
    }

    @Override
    public String apply(List<String> arguments) {
        List<String> args = arguments == null ? List.of() : arguments;
        Path file = null;
        FileKind kind = null;
        LocalDate peildatum = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i) == null ? "" : args.get(i);
            if (!arg.startsWith("--")) {
                if (file != null) {
                    throw new IllegalArgumentException("Eén bestand per keer ('" + arg + "' is er een tweede). " + USAGE);
                }
                file = Path.of(arg).toAbsolutePath().normalize();
                continue;
            }
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("Optie '" + arg + "' mist een waarde. " + USAGE);
            }
            switch (option) {
                case "--kind" -> kind = FileKind.parse(value);
                case "--peildatum" -> peildatum = date(value);
                default -> throw new IllegalArgumentException("Onbekende optie '" + arg + "'. " + USAGE);
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("Geef het bestand op. " + USAGE);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Bestand " + file + " bestaat niet of is geen bestand.");
        }
        ImportReport report;
        try {
            report = imports.importFile(file, new ImportRequest(USER, kind, peildatum));
        } catch (ImportFailure e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (!report.accepted()) {
            throw new IllegalStateException(ReportText.of(report));
        }
        return ReportText.of(report);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is geen datum; schrijf de peildatum als 2019-10-01.", e);
        }
    }
}
