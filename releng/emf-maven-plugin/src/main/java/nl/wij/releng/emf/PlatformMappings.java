package nl.wij.releng.emf;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;

/**
 * Where the {@code platform:/} URIs of a generation run point, outside Eclipse.
 * <p>
 * Inside Eclipse, {@code platform:/resource/<project>/} is a workspace project and
 * {@code platform:/plugin/<bundle>/} an installed bundle. Here they become plain directories and
 * jars: the generator's output folder, and every artifact that carries models under {@code model/}
 * (the convention of WIJ model bundles, which ship their {@code .ecore} and {@code .genmodel} in the
 * jar). EMF picks the longest matching prefix, so a mapping for a project's model directory wins
 * over one for the project itself.
 */
final class PlatformMappings {

    /** The folder in a model bundle (jar or class directory) that holds its .ecore and .genmodel. */
    static final String MODEL_FOLDER = "model/";

    private final Map<URI, URI> map = new LinkedHashMap<>();

    /**
     * Makes {@code platform:/plugin/<name>/} and {@code platform:/resource/<name>/} point at the root
     * of a model artifact, a jar or a directory, so that {@code usedGenPackages} and cross-model
     * references such as {@code platform:/plugin/nl.wij.core.model/model/core.genmodel#//core}
     * resolve.
     */
    void addModelArtifact(String symbolicName, File artifact) {
        URI root = rootOf(artifact);
        map.put(URI.createURI("platform:/plugin/" + symbolicName + "/"), root);
        map.put(URI.createURI("platform:/resource/" + symbolicName + "/"), root);
    }

    /**
     * Makes the workspace path a genmodel names as its model directory (e.g.
     * {@code /nl.wij.core.model/src-gen}) point at the output directory.
     */
    void addOutput(String workspacePath, File directory) {
        String path = workspacePath.startsWith("/") ? workspacePath : "/" + workspacePath;
        map.put(URI.createPlatformResourceURI(path.endsWith("/") ? path : path + "/", true), directoryUri(directory));
    }

    /**
     * Makes {@code platform:/resource/<project>/} point at a scratch directory, so that anything the
     * generator would put beside the model code (plugin.xml and the like) never lands in the sources.
     */
    void addProjectScratch(String project, File directory) {
        map.put(URI.createURI("platform:/resource/" + project + "/"), directoryUri(directory));
    }

    Map<URI, URI> asMap() {
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        map.forEach((from, to) -> text.append("\n  ").append(from).append(" -> ").append(to));
        return text.toString();
    }

    /**
     * The bundle symbolic name of an artifact that carries models under {@code model/}, or empty when
     * it carries none. The name comes from the manifest; without one, {@code fallback} (the artifactId,
     * which WIJ uses as the symbolic name) is used.
     */
    static Optional<String> modelBundleName(File artifact, String fallback) {
        try {
            if (artifact.isDirectory()) {
                Path models = artifact.toPath().resolve(MODEL_FOLDER);
                if (!Files.isDirectory(models) || !containsModel(models)) {
                    return Optional.empty();
                }
                Path manifest = artifact.toPath().resolve(JarFile.MANIFEST_NAME);
                if (Files.isRegularFile(manifest)) {
                    try (InputStream in = Files.newInputStream(manifest)) {
                        return Optional.of(symbolicName(new Manifest(in), fallback));
                    }
                }
                return Optional.of(fallback);
            }
            if (artifact.isFile() && artifact.getName().endsWith(".jar")) {
                try (JarFile jar = new JarFile(artifact)) {
                    boolean hasModel = jar.stream().anyMatch(e -> e.getName().startsWith(MODEL_FOLDER) && isModel(e.getName()));
                    return hasModel ? Optional.of(symbolicName(jar.getManifest(), fallback)) : Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + artifact + ": " + e.getMessage(), e);
        }
    }

    private static boolean containsModel(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> isModel(p.getFileName().toString()));
        }
    }

    private static boolean isModel(String name) {
        return name.endsWith(".genmodel") || name.endsWith(".ecore");
    }

    private static String symbolicName(Manifest manifest, String fallback) {
        String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
        if (name == null || name.isBlank()) {
            return fallback;
        }
        int semicolon = name.indexOf(';');
        return (semicolon < 0 ? name : name.substring(0, semicolon)).trim();
    }

    private static URI rootOf(File artifact) {
        if (artifact.isDirectory()) {
            return directoryUri(artifact);
        }
        return URI.createURI("archive:" + URI.createFileURI(artifact.getAbsolutePath()) + "!/");
    }

    private static URI directoryUri(File directory) {
        String path = directory.getAbsolutePath();
        return URI.createFileURI(path.endsWith(File.separator) ? path : path + File.separator);
    }
}
