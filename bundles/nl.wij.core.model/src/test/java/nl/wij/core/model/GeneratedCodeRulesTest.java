package nl.wij.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The rules for generated code, checked rather than written down. */
class GeneratedCodeRulesTest {

    /** The Javadoc tag that keeps EMF's merger from overwriting a member (a comment may mention it). */
    private static final Pattern EDITED = Pattern.compile("^\\s*\\*\\s*@generated\\s+NOT\\b");
    private static final Path GENERATED = Path.of("target/generated-sources/emf");
    private static final Path HAND_WRITTEN = Path.of("src/main/java");
    private static final List<String> GENERATED_PACKAGES =
            List.of("nl/wij/core/model", "nl/wij/core/model/impl", "nl/wij/core/model/util");

    @Test
    void generatedCodeIsNeverMarkedAsEdited() throws IOException {
        assertTrue(Files.isDirectory(GENERATED), "the build generated the model code");
        try (Stream<Path> files = Files.walk(GENERATED)) {
            List<Path> edited = files.filter(Files::isRegularFile).filter(GeneratedCodeRulesTest::markedNotGenerated).toList();
            assertEquals(List.of(), edited, "generated files marked as edited by hand");
        }
    }

    @Test
    void handWrittenCodeStaysOutOfTheGeneratedPackages() throws IOException {
        try (Stream<Path> files = Files.walk(HAND_WRITTEN)) {
            List<Path> misplaced = files.filter(Files::isRegularFile)
                    .filter(f -> GENERATED_PACKAGES.contains(HAND_WRITTEN.relativize(f.getParent()).toString()))
                    .toList();
            assertEquals(List.of(), misplaced, "hand-written files in generated packages");
        }
    }

    private static boolean markedNotGenerated(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> EDITED.matcher(line).find());
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
