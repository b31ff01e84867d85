package nl.wij.platform.provisioning.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.platform.api.modules.BundleInfo;
import nl.wij.platform.api.modules.FeatureInfo;
import nl.wij.platform.api.modules.ModuleAdmin;
import nl.wij.platform.api.modules.ModuleException;
import nl.wij.platform.features.BundleFile;
import nl.wij.platform.features.Distribution;
import nl.wij.platform.features.DistributionException;
import nl.wij.platform.features.Feature;
import nl.wij.platform.features.UnresolvedRequirements;

/**
 * Module administration on the running framework. Features and the profile come from the WIJ
 * home directory the launcher names in {@code wij.home}; bundles a beheerder uploads are kept in
 * {@code <wij.data>/modules}, which the launcher installs again on every start.
 */
@Component
public final class BundleModuleAdmin implements ModuleAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(BundleModuleAdmin.class);

    private final BundleContext context;
    private final Distribution distribution;
    private final String profile;
    private final Path modulesDirectory;

    @Activate
    public BundleModuleAdmin(BundleContext context) throws DistributionException {
        this.context = context;
        this.distribution = Distribution.read(Path.of(property(context, "wij.home")));
        this.profile = property(context, "wij.profile");
        this.modulesDirectory = Path.of(property(context, "wij.data"), "modules");
    }

    private static String property(BundleContext context, String name) {
        String value = context.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Framework property " + name + " is not set; start WIJ with its launcher");
        }
        return value;
    }

    @Override
    public String profile() {
        return profile;
    }

    @Override
    public List<FeatureInfo> features() {
        List<String> inProfile;
        try {
            inProfile = distribution.plan(profile).features().stream().map(Feature::id).toList();
        } catch (DistributionException e) {
            inProfile = List.of();
        }
        List<FeatureInfo> result = new ArrayList<>();
        for (Feature feature : distribution.features()) {
            long active = feature.bundles().stream().filter(this::isRunning).count();
            String state = active == feature.bundles().size() ? "ACTIEF" : active > 0 ? "GEDEELTELIJK" : "INACTIEF";
            result.add(new FeatureInfo(feature.id(), feature.version(), feature.title(), feature.description(),
                    feature.requires(), feature.bundles(), inProfile.contains(feature.id()), state));
        }
        return result;
    }

    private boolean isRunning(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .map(BundleModuleAdmin::state).anyMatch(s -> s.equals("ACTIVE") || s.equals("FRAGMENT"));
    }

    @Override
    public List<BundleInfo> bundles() {
        return Arrays.stream(context.getBundles()).filter(b -> b.getBundleId() != 0).map(this::info).toList();
    }

    @Override
    public BundleInfo start(long bundleId) throws ModuleException {
        Bundle bundle = bundle(bundleId);
        try {
            bundle.start();
        } catch (BundleException e) {
            throw new ModuleException("Bundle " + bundle.getSymbolicName() + " kan niet starten: " + reason(bundle, e), e);
        }
        LOG.info("Bundle {} started by request", bundle.getSymbolicName());
        return info(bundle);
    }

    @Override
    public BundleInfo stop(long bundleId) throws ModuleException {
        Bundle bundle = bundle(bundleId);
        Optional<Feature> feature = distribution.featureOf(bundle.getSymbolicName());
        if (feature.isPresent() && feature.get().locked()) {
            throw new ModuleException("Bundle " + bundle.getSymbolicName() + " hoort bij de feature '"
                    + feature.get().title() + "' en kan niet worden gestopt.");
        }
        try {
            bundle.stop();
        } catch (BundleException e) {
            throw new ModuleException("Bundle " + bundle.getSymbolicName() + " kan niet stoppen: " + e.getMessage(), e);
        }
        LOG.info("Bundle {} stopped by request", bundle.getSymbolicName());
        return info(bundle);
    }

    @Override
    public BundleInfo install(String fileName, InputStream content) throws ModuleException {
        Path upload = null;
        try {
            Files.createDirectories(modulesDirectory);
            upload = Files.createTempFile(modulesDirectory, "upload-", ".part");
            Files.copy(content, upload, StandardCopyOption.REPLACE_EXISTING);
            BundleFile file = Distribution.readBundle(upload);
            if (distribution.featureOf(file.symbolicName()).isPresent()) {
                throw new ModuleException("'" + fileName + "' is bundle " + file.symbolicName()
                        + ", die al bij een feature van deze installatie hoort.");
            }
            Path target = modulesDirectory.resolve(file.symbolicName() + ".jar");
            Optional<Bundle> existing = bySymbolicName(file.symbolicName());
            Files.move(upload, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            upload = null;
            Bundle bundle;
            if (existing.isPresent()) {
                bundle = existing.get();
                try (InputStream in = Files.newInputStream(target)) {
                    bundle.update(in);
                }
            } else {
                bundle = context.installBundle(target.toUri().toString());
            }
            startInstalled(bundle, target);
            LOG.info("Bundle {} {} installed from upload '{}'", bundle.getSymbolicName(), bundle.getVersion(), fileName);
            return info(bundle);
        } catch (DistributionException e) {
            throw new ModuleException("'" + fileName + "' is geen OSGi-bundle: " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new ModuleException("'" + fileName + "' kon niet worden opgeslagen: " + e.getMessage(), e);
        } catch (BundleException e) {
            throw new ModuleException("'" + fileName + "' kon niet worden geïnstalleerd: " + e.getMessage(), e);
        } finally {
            deleteQuietly(upload);
        }
    }

    private void startInstalled(Bundle bundle, Path file) throws ModuleException, BundleException {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return;
        }
        try {
            bundle.start();
        } catch (BundleException e) {
            String why = reason(bundle, e);
            bundle.uninstall();
            deleteQuietly(file);
            throw new ModuleException("Bundle " + bundle.getSymbolicName() + " is niet geïnstalleerd: " + why, e);
        }
    }

    @Override
    public void uninstall(long bundleId) throws ModuleException {
        Bundle bundle = bundle(bundleId);
        if (distribution.featureOf(bundle.getSymbolicName()).isPresent()) {
            throw new ModuleException("Bundle " + bundle.getSymbolicName()
                    + " hoort bij een feature van deze installatie en kan niet worden verwijderd; kies een ander profiel.");
        }
        try {
            bundle.uninstall();
            context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class).refreshBundles(null);
        } catch (BundleException e) {
            throw new ModuleException("Bundle " + bundle.getSymbolicName() + " kan niet worden verwijderd: "
                    + e.getMessage(), e);
        }
        deleteQuietly(modulesDirectory.resolve(bundle.getSymbolicName() + ".jar"));
        LOG.info("Bundle {} uninstalled by request", bundle.getSymbolicName());
    }

    private String reason(Bundle bundle, BundleException e) {
        if (bundle.getState() == Bundle.INSTALLED) {
            List<String> lines = UnresolvedRequirements.explain(
                    context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class), List.of(bundle));
            if (!lines.isEmpty()) {
                return String.join("; ", lines);
            }
        }
        return e.getMessage();
    }

    private Bundle bundle(long bundleId) throws ModuleException {
        Bundle bundle = context.getBundle(bundleId);
        if (bundle == null || bundleId == 0) {
            throw new ModuleException("Er is geen bundle met nummer " + bundleId + ".");
        }
        return bundle;
    }

    private Optional<Bundle> bySymbolicName(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }

    private BundleInfo info(Bundle bundle) {
        Optional<Feature> feature = distribution.featureOf(bundle.getSymbolicName());
        String name = bundle.getHeaders().get(Constants.BUNDLE_NAME);
        return new BundleInfo(bundle.getBundleId(), bundle.getSymbolicName(), name == null ? bundle.getSymbolicName() : name,
                bundle.getVersion().toString(), state(bundle), feature.map(Feature::id).orElse(null),
                feature.map(Feature::locked).orElse(false));
    }

    private static String state(Bundle bundle) {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null && bundle.getState() == Bundle.RESOLVED) {
            return "FRAGMENT";
        }
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "INSTALLED";
        };
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete {}: {}", file, e.getMessage());
            }
        }
    }
}
