package nl.wij.platform.api.modules;

import java.io.InputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Run-time administration of modules. Methods that change state throw
 * {@link ModuleException} with a Dutch message a beheerder can act on.
 */
@ProviderType
public interface ModuleAdmin {

    /** The profile this installation was started with. */
    String profile();

    List<FeatureInfo> features();

    List<BundleInfo> bundles();

    BundleInfo start(long bundleId) throws ModuleException;

    BundleInfo stop(long bundleId) throws ModuleException;

    /**
     * Installs and starts a bundle uploaded by a beheerder; it is kept in the data directory and
     * installed again on the next start.
     */
    BundleInfo install(String fileName, InputStream content) throws ModuleException;

    /** Stops and removes a bundle that was installed at run time. */
    void uninstall(long bundleId) throws ModuleException;
}
