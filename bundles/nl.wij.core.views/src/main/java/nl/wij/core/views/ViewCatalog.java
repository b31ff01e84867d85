package nl.wij.core.views;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The analyst catalog: every view the registered {@link ViewProvider}s publish, with its state.
 * Registered by the platform as an OSGi service; it follows the providers and the model store live
 * and tells {@link ViewCatalogListener}s when anything changed.
 */
@ProviderType
public interface ViewCatalog {

    /** Every published view, available or not, ordered by qualified name. */
    List<PublishedView> views();

    /** The published view with this qualified name ({@code core.vestiging}, case-insensitive). */
    Optional<PublishedView> view(String qualifiedName);

    /**
     * The database user that may read the available views and nothing else (it holds
     * {@code SELECT} on exactly those, granted when a view is created), or empty when the database
     * does not enforce SQL authorization.
     */
    String reader();

    /**
     * Values of {@link ViewColumn.Kind#PERSON_COUNT} columns below this number are suppressed
     * (shown as NULL), and the others are rounded to a multiple of it; see the bundle README.
     */
    int suppressionThreshold();
}
