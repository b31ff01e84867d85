package nl.wij.platform.features;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/** The features, profiles and bundle jars of a WIJ home directory. Immutable once read. */
public final class Distribution {

    private final Path home;
    private final Map<String, Feature> features;
    private final Map<String, Profile> profiles;
    private final Map<String, BundleFile> bundles;

    private Distribution(Path home, Map<String, Feature> features, Map<String, Profile> profiles,
            Map<String, BundleFile> bundles) {
        this.home = home;
        this.features = features;
        this.profiles = profiles;
        this.bundles = bundles;
    }

    /** Reads {@code features/}, {@code profiles/} and {@code bundles/} of a home directory. */
    public static Distribution read(Path home) throws DistributionException {
        Gson gson = new Gson();
        Map<String, Feature> features = new TreeMap<>();
        for (Path dir : list(home.resolve("features"), "*")) {
            Path file = dir.resolve("feature.json");
            if (Files.isRegularFile(file)) {
                Feature feature = readJson(gson, file, FeatureJson.class).toFeature(file);
                if (!feature.id().equals(dir.getFileName().toString())) {
                    throw new DistributionException(file + ": veld 'id' is '" + feature.id()
                            + "' maar de map heet '" + dir.getFileName() + "'");
                }
                features.put(feature.id(), feature);
            }
        }
        Map<String, Profile> profiles = new TreeMap<>();
        for (Path file : list(home.resolve("profiles"), "*.json")) {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            profiles.put(name, readJson(gson, file, ProfileJson.class).toProfile(name, file));
        }
        Map<String, BundleFile> bundles = new TreeMap<>();
        for (Path jar : list(home.resolve("bundles"), "*.jar")) {
            BundleFile bundle = readBundle(jar);
            BundleFile other = bundles.put(bundle.symbolicName(), bundle);
            if (other != null) {
                throw new DistributionException("Bundle " + bundle.symbolicName() + " staat twee keer in "
                        + jar.getParent() + ": " + other.path().getFileName() + " en " + jar.getFileName());
            }
        }
        return new Distribution(home, features, profiles, bundles);
    }

    public Path home() {
        return home;
    }

    public Collection<Feature> features() {
        return features.values();
    }

    public Collection<Profile> profiles() {
        return profiles.values();
    }

    public Optional<Feature> feature(String id) {
        return Optional.ofNullable(features.get(id));
    }

    /** The feature that lists this bundle, if any. */
    public Optional<Feature> featureOf(String symbolicName) {
        return features.values().stream().filter(f -> f.bundles().contains(symbolicName)).findFirst();
    }

    /**
     * Expands a profile into the features and bundles to install.
     *
     * @throws DistributionException naming the unknown profile, feature or bundle, or a cycle
     */
    public Plan plan(String profileName) throws DistributionException {
        Profile profile = profiles.get(profileName);
        if (profile == null) {
            throw new DistributionException("Onbekend profiel '" + profileName + "'; beschikbaar: "
                    + String.join(", ", profiles.keySet()) + " (in " + home.resolve("profiles") + ")");
        }
        LinkedHashMap<String, Feature> ordered = new LinkedHashMap<>();
        for (String id : profile.features()) {
            addWithRequirements(id, "profiel '" + profileName + "'", ordered, new LinkedHashSet<>());
        }
        LinkedHashMap<String, BundleFile> planned = new LinkedHashMap<>();
        for (Feature feature : ordered.values()) {
            for (String symbolicName : feature.bundles()) {
                BundleFile bundle = bundles.get(symbolicName);
                if (bundle == null) {
                    throw new DistributionException("Feature '" + feature.id() + "' noemt bundle '" + symbolicName
                            + "', die niet in " + home.resolve("bundles") + " staat");
                }
                planned.putIfAbsent(symbolicName, bundle);
            }
        }
        return new Plan(profile, new ArrayList<>(ordered.values()), new ArrayList<>(planned.values()));
    }

    private void addWithRequirements(String id, String requiredBy, Map<String, Feature> ordered, Set<String> path)
            throws DistributionException {
        if (ordered.containsKey(id)) {
            return;
        }
        Feature feature = features.get(id);
        if (feature == null) {
            throw new DistributionException("Onbekende feature '" + id + "' in " + requiredBy + "; beschikbaar: "
                    + String.join(", ", features.keySet()));
        }
        if (!path.add(id)) {
            throw new DistributionException("Features vereisen elkaar in een kring: " + String.join(" -> ", path)
                    + " -> " + id);
        }
        for (String required : feature.requires()) {
            addWithRequirements(required, "feature '" + id + "'", ordered, path);
        }
        path.remove(id);
        ordered.put(id, feature);
    }

    private static List<Path> list(Path dir, String glob) throws DistributionException {
        if (!Files.isDirectory(dir)) {
            throw new DistributionException("Map " + dir + " ontbreekt; is dit een WIJ-installatie?");
        }
        List<Path> result = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
            stream.forEach(result::add);
        } catch (IOException e) {
            throw new DistributionException("Kan map " + dir + " niet lezen: " + e.getMessage(), e);
        }
        result.sort(null);
        return result;
    }

    private static <T> T readJson(Gson gson, Path file, Class<T> type) throws DistributionException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            T value = gson.fromJson(reader, type);
            if (value == null) {
                throw new DistributionException(file + ": het bestand is leeg");
            }
            return value;
        } catch (JsonParseException e) {
            throw new DistributionException(file + ": geen geldige JSON: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DistributionException("Kan " + file + " niet lezen: " + e.getMessage(), e);
        }
    }

    /** Reads the identity of a bundle jar from its manifest. */
    public static BundleFile readBundle(Path jar) throws DistributionException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            if (name == null) {
                throw new DistributionException(jar + " is geen OSGi-bundle (Bundle-SymbolicName ontbreekt)");
            }
            String version = manifest.getMainAttributes().getValue("Bundle-Version");
            return new BundleFile(name.split(";")[0].trim(), version == null ? "0.0.0" : version.trim(), jar);
        } catch (IOException e) {
            throw new DistributionException(jar + " is geen leesbaar jar-bestand: " + e.getMessage(), e);
        }
    }

    private static String required(Path file, String field, String value) throws DistributionException {
        if (value == null || value.isBlank()) {
            throw new DistributionException(file + ": veld '" + field + "' ontbreekt of is leeg");
        }
        return value;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** The JSON shape of feature.json; Gson fills the fields. */
    private static final class FeatureJson {
        String id;
        String version;
        String title;
        String description;
        List<String> requires;
        List<String> bundles;
        boolean locked;

        Feature toFeature(Path file) throws DistributionException {
            return new Feature(required(file, "id", id), required(file, "version", version),
                    required(file, "title", title), required(file, "description", description), orEmpty(requires),
                    orEmpty(bundles), locked);
        }
    }

    /** The JSON shape of a profile file. */
    private static final class ProfileJson {
        String title;
        String description;
        List<String> features;

        Profile toProfile(String name, Path file) throws DistributionException {
            if (features == null || features.isEmpty()) {
                throw new DistributionException(file + ": veld 'features' ontbreekt of is leeg");
            }
            return new Profile(name, required(file, "title", title), description == null ? "" : description,
                    features);
        }
    }
}
