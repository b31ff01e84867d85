package nl.wij.core.imports.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import nl.wij.core.importer.ImportProblem;
import nl.wij.core.imports.ClassCount;
import nl.wij.core.imports.ImportKind;
import nl.wij.core.imports.ImportReport;

/** An import report as Dutch text, for the command line and the log. */
final class ReportText {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private ReportText() {
    }

    /**
     * @param kindLabel the label of the report's kind ({@code Vestigingen po (DUO)})
     */
    static String of(ImportReport report, String kindLabel) {
        return report.accepted() ? accepted(report, kindLabel) : refused(report);
    }

    /** Kind id to label for the kinds present; an id no importer offers (any more) stays as it is. */
    static UnaryOperator<String> labels(List<ImportKind> kinds) {
        Map<String, String> labels = new HashMap<>();
        kinds.forEach(k -> labels.put(k.id(), k.label()));
        return id -> id == null ? null : labels.getOrDefault(id, id);
    }

    private static String accepted(ImportReport r, String kindLabel) {
        StringBuilder text = new StringBuilder();
        List<String> facts = new ArrayList<>();
        facts.add(kindLabel);
        if (r.peildatum() != null) {
            facts.add("peildatum " + r.peildatum());
        }
        if (r.encoding() != null) {
            facts.add(r.encoding());
        }
        facts.add(number(r.rows()) + " rijen");
        facts.add(number(r.records()) + " records");
        text.append(r.file()).append(" is ingelezen: ").append(String.join(", ", facts)).append(", in ")
                .append(String.format(DUTCH, "%.1f s", r.duration().toMillis() / 1000.0)).append(".\n");
        int width = Math.max(20, r.classes().stream().mapToInt(c -> c.label().length()).max().orElse(0));
        text.append(String.format(DUTCH, "  %-" + width + "s %9s %10s %12s%n", "", "nieuw", "gewijzigd", "ongewijzigd"));
        for (ClassCount c : r.classes()) {
            text.append(String.format(DUTCH, "  %-" + width + "s %,9d %,10d %,12d%n", c.label(), c.created(),
                    c.updated(), c.unchanged()));
        }
        if (!r.warnings().isEmpty()) {
            text.append("Opmerkingen (").append(r.warnings().size()).append("):\n");
            r.warnings().forEach(w -> text.append("  ").append(located(w)).append('\n'));
        }
        return text.toString().stripTrailing();
    }

    private static String refused(ImportReport r) {
        StringBuilder text = new StringBuilder();
        int n = r.problems().size();
        text.append(r.file()).append(" is geweigerd; er is niets ingelezen. ")
                .append(n == 1 ? "1 probleem" : n + (r.truncated() ? " of meer" : "") + " problemen").append(":\n");
        r.problems().forEach(p -> text.append("  ").append(located(p)).append('\n'));
        if (r.truncated()) {
            text.append("  (gestopt na ").append(n).append(" problemen)\n");
        }
        return text.toString().stripTrailing();
    }

    /** {@code bestand.csv:12:10 kolom GEMEENTENUMMER: melding (waarde: "x")}: file, line and column first. */
    static String located(ImportProblem p) {
        StringBuilder text = new StringBuilder(p.file());
        if (p.line() > 0) {
            text.append(':').append(p.line());
            if (p.columnNumber() > 0) {
                text.append(':').append(p.columnNumber());
            }
        }
        if (p.column() != null) {
            text.append(" kolom ").append(p.column());
        }
        text.append(": ").append(p.message());
        if (p.value() != null) {
            text.append(" (waarde: \"").append(p.value()).append("\")");
        }
        return text.toString();
    }

    private static String number(long n) {
        return String.format(DUTCH, "%,d", n);
    }
}
