package nl.wij.releng.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlessGeneratorTest {

    @TempDir
    Path temp;

    private final HeadlessGenerator generator = new HeadlessGenerator(new SystemStreamLog());

    @Test
    void generatesModelCodeOnlyInUtf8() throws Exception {
        Path out = temp.resolve("out");
        generator.generate(model("base/model/base.genmodel"), out.toFile(), temp.resolve("scratch").toFile(),
                new PlatformMappings());

        Path thing = out.resolve("org/example/base/model/Thing.java");
        assertTrue(Files.isRegularFile(thing));
        assertTrue(Files.readString(thing, StandardCharsets.UTF_8).contains("Eén ding, met coördinaten."));
        assertTrue(Files.isRegularFile(out.resolve("org/example/base/model/BasePackage.java")));
        assertTrue(Files.isRegularFile(out.resolve("org/example/base/model/impl/ThingImpl.java")));
        assertTrue(Files.isRegularFile(out.resolve("org/example/base/model/util/BaseSwitch.java")));
        assertFalse(Files.exists(temp.resolve("scratch")), "nothing but model code is generated");
    }

    @Test
    void domainModelUsesTheGenModelOfAModelDirectory() throws Exception {
        PlatformMappings mappings = new PlatformMappings();
        mappings.addModelArtifact("test.base", resource("base"));
        assertDomainGenerated(mappings);
    }

    @Test
    void domainModelUsesTheGenModelOfAModelJar() throws Exception {
        File jar = jar("test.base;singleton:=true", "model/base.ecore", "model/base.genmodel");
        assertEquals(Optional.of("test.base"), PlatformMappings.modelBundleName(jar, "fallback"));
        PlatformMappings mappings = new PlatformMappings();
        mappings.addModelArtifact("test.base", jar);
        assertDomainGenerated(mappings);
    }

    @Test
    void artifactsWithoutModelsAreNotMapped() throws Exception {
        File jar = jar("no.models", "readme/base.ecore");
        assertEquals(Optional.empty(), PlatformMappings.modelBundleName(jar, "no.models"));
        assertEquals(Optional.of("base-artifact"), PlatformMappings.modelBundleName(resource("base"), "base-artifact"));
        assertEquals(Optional.empty(), PlatformMappings.modelBundleName(resource("base/model"), "x"));
    }

    @Test
    void aMissingUsedModelIsReportedWithTheMappings() {
        GenerationException error = assertThrows(GenerationException.class, () -> generator.generate(
                model("domain/model/domain.genmodel"), temp.resolve("out").toFile(), temp.resolve("s").toFile(),
                new PlatformMappings()));
        assertTrue(error.getMessage().contains("platform:/plugin/test.base/model/base"), error.getMessage());
        assertTrue(error.getMessage().contains("dependency on that bundle"), error.getMessage());
    }

    @Test
    void anInvalidEcoreModelNamesTheElement() {
        GenerationException error = assertThrows(GenerationException.class, () -> generator.generate(
                model("broken/model/broken.genmodel"), temp.resolve("out").toFile(), temp.resolve("s").toFile(),
                new PlatformMappings()));
        assertTrue(error.getMessage().contains("is not valid"), error.getMessage());
        assertTrue(error.getMessage().contains("[broken.Thing.name]"), error.getMessage());
    }

    @Test
    void aMissingGenModelIsReported() {
        GenerationException error = assertThrows(GenerationException.class, () -> generator.generate(
                temp.resolve("none.genmodel").toFile(), temp.resolve("out").toFile(), temp.resolve("s").toFile(),
                new PlatformMappings()));
        assertTrue(error.getMessage().startsWith("No genmodel at "), error.getMessage());
    }

    private void assertDomainGenerated(PlatformMappings mappings) throws Exception {
        Path out = temp.resolve("domain-out");
        generator.generate(model("domain/model/domain.genmodel"), out.toFile(), temp.resolve("scratch").toFile(), mappings);
        String plan = Files.readString(out.resolve("org/example/domain/model/Plan.java"));
        assertTrue(plan.contains("import org.example.base.model.Thing;"), plan);
        String special = Files.readString(out.resolve("org/example/domain/model/impl/SpecialThingImpl.java"));
        assertTrue(special.contains("extends ThingImpl"), special);
        assertFalse(Files.exists(out.resolve("org/example/base")), "the used model is not generated again");
    }

    private static File model(String path) throws URISyntaxException {
        return resource(path);
    }

    private static File resource(String path) throws URISyntaxException {
        return new File(HeadlessGeneratorTest.class.getClassLoader().getResource(path).toURI());
    }

    private File jar(String symbolicName, String... entries) throws IOException, URISyntaxException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        File jar = temp.resolve(symbolicName.replaceAll("[^a-z.]", "") + ".jar").toFile();
        try (OutputStream file = Files.newOutputStream(jar.toPath()); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                Path source = resource("base/model").toPath().resolve(Path.of(entry).getFileName());
                out.write(Files.readAllBytes(source));
                out.closeEntry();
            }
        }
        return jar;
    }
}
