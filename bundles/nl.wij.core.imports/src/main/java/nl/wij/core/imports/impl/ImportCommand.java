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

import nl.wij.core.imports.ImportFailure;
import nl.wij.core.imports.ImportKind;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.ImportService;
import nl.wij.platform.api.command.WijCommand;

/**
 * The launcher command {@code wij import FILE [--kind KIND] [--peildatum YYYY-MM-DD]}, and
 * {@code wij import --help}: the usage with the kinds of the importers present.
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

    static final String USER = "import:cli";

    private final ImportService imports;

    @Activate
    public ImportCommand(@Reference(name = "imports") ImportService imports) {
        this.imports = imports;
    }

    @Override
    public String apply(List<String> arguments) {
        List<String> args = arguments == null ? List.of() : arguments;
        if (args.contains("--help") || args.contains("-h")) {
            return usage();
        }
        Path file = null;
        String kind = null;
        LocalDate peildatum = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i) == null ? "" : args.get(i);
            if (!arg.startsWith("--")) {
                if (file != null) {
                    throw new IllegalArgumentException("Eén bestand per keer ('" + arg + "' is er een tweede). " + usage());
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
                throw new IllegalArgumentException("Optie '" + arg + "' mist een waarde. " + usage());
            }
            switch (option) {
                case "--kind" -> kind = kind(value);
                case "--peildatum" -> peildatum = date(value);
                default -> throw new IllegalArgumentException("Onbekende optie '" + arg + "'. " + usage());
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("Geef het bestand op. " + usage());
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
        String text = ReportText.of(report, ReportText.labels(imports.kinds()).apply(report.kind()));
        if (!report.accepted()) {
            throw new IllegalStateException(text);
        }
        return text;
    }

    /** The usage, with the kinds of the importers present, one per line. */
    String usage() {
        List<ImportKind> kinds = imports.kinds();
        StringBuilder text = new StringBuilder("Gebruik: wij import BESTAND [--kind SOORT] [--peildatum JJJJ-MM-DD]\n"
                + "Leest een bestand in het gegevensmodel: helemaal, of bij een probleem helemaal niet. Zonder --kind"
                + " wordt de soort aan de inhoud herkend.\n");
        if (kinds.isEmpty()) {
            text.append("Er is nu geen enkele importmodule actief.");
        } else {
            text.append("Soorten (--kind):");
            int width = kinds.stream().mapToInt(k -> k.id().length()).max().orElse(0);
            kinds.forEach(k -> text.append(String.format("%n  %-" + width + "s  %s (%s)", k.id(), k.label(),
                    String.join(", ", k.extensions()))));
        }
        return text.toString();
    }

    private String kind(String value) {
        List<ImportKind> kinds = imports.kinds();
        if (!ImportDispatcher.offered(value, kinds)) {
            throw new IllegalArgumentException(ImportDispatcher.unknownKind(value, kinds)
                    + " Zie 'wij import --help'.");
        }
        return value;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is geen datum; schrijf de peildatum als 2019-10-01.", e);
        }
    }
}
