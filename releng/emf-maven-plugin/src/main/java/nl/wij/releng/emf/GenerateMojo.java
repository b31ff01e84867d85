package nl.wij.releng.emf;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates the EMF model code of a model bundle at build time.
 * <p>
 * Conventions (all overridable):
 * <ul>
 *   <li>the bundle keeps its {@code .ecore} and {@code .genmodel} in {@code src/main/resources/model/};
 *       every {@code *.genmodel} there is generated, so the models also end up in the jar under
 *       {@code model/}, where other model bundles find them;</li>
 *   <li>a genmodel holds only the settings that differ from EMF's defaults (GenModel and GenPackage
 *       attributes); the build completes it from the Ecore model as EMF's Reload does, so a new class
 *       or feature needs no genmodel entry;</li>
 *   <li>the code goes to {@code target/generated-sources/emf} (whatever {@code modelDirectory} the
 *       genmodel names, e.g. {@code /nl.wij.core.model/src-gen}), which is emptied first and added
 *       as a compile source root; only model code is generated, never edit, editor or test code;</li>
 *   <li>a genmodel that uses the genmodel of another model bundle names it as
 *       {@code platform:/plugin/<bundle>/model/<name>.genmodel#//<package>} and the project depends
 *       on that bundle: every dependency whose jar (or class directory) holds {@code model/*.genmodel}
 *       or {@code model/*.ecore} is mapped to {@code platform:/plugin/<Bundle-SymbolicName>/} and
 *       {@code platform:/resource/<Bundle-SymbolicName>/}.</li>
 * </ul>
 * Generated code is never edited; a generator error fails the build with the file and the problem.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES,
        requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** EMF's generator shares a few static registries; parallel module builds generate one at a time. */
    private static final Object GENERATOR_LOCK = new Object();

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The folder with the model files; every {@code *.genmodel} in it is generated. */
    @Parameter(property = "wij.emf.modelDirectory", defaultValue = "${project.basedir}/src/main/resources/model")
    private File modelDirectory;

    /** Explicit genmodel files, generated in this order, instead of every {@code *.genmodel} in {@code modelDirectory}. */
    @Parameter
    private List<File> genModels;

    /** Where the model code goes; added as a compile source root. */
    @Parameter(property = "wij.emf.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/emf")
    private File outputDirectory;

    /** Where anything but model code would go (never into the sources). */
    @Parameter(defaultValue = "${project.build.directory}/emf-scratch", readonly = true)
    private File scratchDirectory;

    /** Skips the generation (the existing output, if any, is still compiled). */
    @Parameter(property = "wij.emf.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("EMF generation skipped");
            addSourceRoot();
            return;
        }
        List<File> files = genModelFiles();
        if (files.isEmpty()) {
            throw new MojoFailureException("No *.genmodel in " + modelDirectory
                    + "; put the model there or remove the wij-emf-maven-plugin from " + project.getArtifactId());
        }
        PlatformMappings mappings = dependencyMappings();
        try {
            deleteRecursively(outputDirectory.toPath());
            deleteRecursively(scratchDirectory.toPath());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Cannot empty " + outputDirectory + ": " + e.getCause().getMessage(), e);
        }
        HeadlessGenerator generator = new HeadlessGenerator(getLog());
        synchronized (GENERATOR_LOCK) {
            for (File genModel : files) {
                getLog().info("Generating EMF model code from " + project.getBasedir().toPath().relativize(genModel.toPath())
                        + " into " + project.getBasedir().toPath().relativize(outputDirectory.toPath()));
                try {
                    generator.generate(genModel, outputDirectory, scratchDirectory, mappings);
                } catch (GenerationException e) {
                    throw new MojoFailureException(e.getMessage(), e);
                }
            }
        }
        addSourceRoot();
    }

    private void addSourceRoot() {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }

    private List<File> genModelFiles() {
        if (genModels != null && !genModels.isEmpty()) {
            return genModels;
        }
        File[] found = modelDirectory.listFiles((dir, name) -> name.endsWith(".genmodel"));
        if (found == null) {
            return List.of();
        }
        List<File> sorted = new ArrayList<>(Arrays.asList(found));
        sorted.sort(Comparator.comparing(File::getName));
        return sorted;
    }

    private PlatformMappings dependencyMappings() {
        PlatformMappings mappings = new PlatformMappings();
        for (Artifact artifact : project.getArtifacts()) {
            File file = artifact.getFile();
            if (file == null) {
                continue;
            }
            PlatformMappings.modelBundleName(file, artifact.getArtifactId()).ifPresent(name -> {
                getLog().debug("Models of " + name + " from " + file);
                mappings.addModelArtifact(name, file);
            });
        }
        return mappings;
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
