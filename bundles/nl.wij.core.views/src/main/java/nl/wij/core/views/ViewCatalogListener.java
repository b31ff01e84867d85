package nl.wij.core.views;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when the analyst catalog changed: a view appeared, went, was recreated, or changed state.
 * Register it as an OSGi service; it is called on the platform's catalog thread, so return quickly.
 */
@ConsumerType
public interface ViewCatalogListener {

    /** The catalog after the change, as {@link ViewCatalog#views()} now answers. */
    void catalogChanged(List<PublishedView> views);
}
