package nl.wij.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One harness' section of {@code docs/benchmarks.md}, between {@code <!-- name:begin -->} and
 * {@code <!-- name:end -->}; writing it keeps the rest of the file as it is.
 */
public record DocSection(String name) {

    private static final String INTRO = """
            # Benchmarks

            Performance of WIJ is checked by harnesses that write their results here, each with the
            command that reproduces them; not by timed unit tests. A harness rewrites only its own
            section, between its markers; the rest of this file is kept.
            """;

    public String begin() {
        return "<!-- " + name + ":begin -->";
    }

    public String end() {
        return "<!-- " + name + ":end -->";
    }

    /** Replaces the section in {@code doc} by {@code markdown}, or appends it when the file has none. */
    public void writeTo(Path doc, String markdown) throws IOException {
        String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : INTRO;
        String section = begin() + "\n" + markdown + end();
        int begin = text.indexOf(begin());
        int end = text.indexOf(end(), Math.max(begin, 0));
        if (begin >= 0 && end > begin) {
            text = text.substring(0, begin) + section + text.substring(end + end().length());
        } else {
            text = text.stripTrailing() + "\n\n" + section + "\n";
        }
        Files.createDirectories(doc.toAbsolutePath().getParent());
        Files.writeString(doc, text, StandardCharsets.UTF_8);
    }
}
